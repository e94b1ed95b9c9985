package nl.keukentafel.redaction;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Addresses: a street with its house number (and addition) as one finding, and a Dutch postcode as
 * another. A street is a word ending in a street word (-straat, -laan, -weg, …), with up to three
 * capitalised words or tussenvoegsels before it; a street without a number stays (it is a place,
 * not an address), and so does the town.
 */
final class AddressFinder {

    private static final String STREET_WORDS = "straat|laan|weg|plein|singel|kade|dijk|hof|park|gracht|pad|dreef"
            + "|steeg|markt|dam|baan|boulevard|wal|haven|veld|erf|ring|allee|plantsoen|zijde|vest|hoven|kwartier"
            + "|polder|kamp|hoek|oord|straatje|vaart|plaats|poort|tuin|weide|zoom|gaarde|akker|linie|hout|rade"
            + "|sloot|kanaal|wetering|heuvel|schans|werf|kant|einde|promenade|passage|galerij|esplanade|burcht"
            + "|hage|donk|horst|lei|berg|rode|veste|molen|wijk|bocht|brink|strjitte|dyk|wei|paad|leane|loane"
            + "|buorren|reed|stege|wâl|singel|wende|gang|ven|stad|ring|diep";
    private static final String PREFIX =
            "(?:(?:[\\p{Lu}][\\p{L}'’.-]*|van|de|der|den|het|'t|aan|op|in|ter|ten|la|le)\\s+){0,3}";
    private static final String NUMBER =
            "\\d{1,5}(?:[ -]?[a-zA-Z](?![\\p{L}])|-\\d{1,3}(?![\\p{N}])|[\\s-](?:bis|hs|huis|I{1,3}|IV|zwart|zw|rood|rd|bg|boven|bov)(?![\\p{L}]))?";
    /** A compound street name, capitalised or not: Kerkstraat 14b, burgemeester knappertlaan 120-C. */
    private static final Pattern STREET = Pattern.compile("(?<![\\p{L}])(" + PREFIX + "[\\p{L}'’-]{3,}(?:"
            + STREET_WORDS + "))\\s+(" + NUMBER + ")(?![\\p{N}]|,\\d)");
    /**
     * A street word alone, capitalised, after a capitalised word or on its own in the middle of a
     * sentence, or followed by "van …": Lange Haven 12, Singel 102-B, Laan van Bol'es 23.
     */
    private static final Pattern SHORT_STREET = Pattern.compile("(?<![\\p{L}])("
            + "(?:[\\p{Lu}][\\p{L}'’.-]+\\s+)?(?=\\p{Lu})(?i:" + STREET_WORDS + ")"
            + "(?:\\s+(?:van|der|de|den|het)(?:\\s+(?:de|der|den|het))?\\s+[\\p{Lu}][\\p{L}'’.-]*)?"
            + ")\\s+(" + NUMBER + ")(?![\\p{N}]|,\\d)");

    private static final Pattern POSTCODE =
            Pattern.compile("(?<![\\p{L}\\p{N}])[1-9]\\d{3}(?:\\s?(?!SA|SD|SS)[A-Z]{2}|[a-z]{2})(?![\\p{L}\\p{N}])");
    /** Words a prefix must not start with: a sentence's first word that is not part of the street. */
    private static final Pattern NOT_A_PREFIX = Pattern.compile(
            "^(?:op|in|aan|de|het|naar|bij|via|langs|over"
                    + "|Op|In|Aan|Naar|Bij|Via|Langs|Over|Ik|Wij|We|Hij|Zij|Ze|Mijn|Onze|Hun|Zijn|Haar|Het|Woont|Woon|Wonen)\\s+");

    void find(String text, List<PiiSpan> found) {
        streets(STREET, text, found);
        streets(SHORT_STREET, text, found);
        Matcher postcode = POSTCODE.matcher(text);
        while (postcode.find()) {
            found.add(new PiiSpan(postcode.start(), postcode.end(), PiiType.ADDRESS));
        }
    }

    private static void streets(Pattern pattern, String text, List<PiiSpan> found) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            int start = m.start(1);
            String street = m.group(1);
            Matcher leading = NOT_A_PREFIX.matcher(street);
            while (leading.find()) {
                start += leading.end();
                street = street.substring(leading.end());
                leading = NOT_A_PREFIX.matcher(street);
            }
            found.add(new PiiSpan(start, m.end(2), PiiType.ADDRESS));
        }
    }
}
