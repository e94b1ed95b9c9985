package nl.keukentafel.redaction;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Addresses: a street with its house number (and addition and floor) as one finding, and a Dutch
 * postcode as another. A street is a word ending in a street word (-straat, -laan, -weg, …), with up
 * to three capitalised words or tussenvoegsels before it, or any capitalised words where the context
 * says street: before a postcode, after "woont op", "verhuist van", "adres:". A street without a
 * number stays (it is a place, not an address), and so does the town.
 */
final class AddressFinder {

    private static final String STREET_WORDS = "straat|laan|weg|plein|singel|kade|dijk|hof|park|gracht|pad|dreef"
            + "|steeg|markt|dam|baan|boulevard|wal|haven|veld|erf|ring|allee|plantsoen|zijde|vest|hoven|kwartier"
            + "|polder|kamp|hoek|oord|straatje|vaart|plaats|poort|tuin|weide|zoom|gaarde|akker|linie|hout|rade"
            + "|sloot|kanaal|wetering|heuvel|schans|werf|kant|einde|promenade|passage|galerij|esplanade|burcht"
            + "|hage|donk|horst|lei|berg|rode|veste|molen|wijk|bocht|brink|strjitte|dyk|wei|paad|leane|loane"
            + "|buorren|reed|stege|wâl|singel|wende|gang|ven|stad|ring|diep|vliet|sluis|beemd|laar|hoeve|stede|erve"
            + "|zijl|gouw|oever|terras|land|bos";
    private static final String PREFIX =
            "(?:(?:[\\p{Lu}][\\p{L}'’.-]*|van|de|der|den|het|'t|aan|op|in|ter|ten|la|le)[ \\t]+){0,3}";
    /**
     * A house number with its addition (14b, 120-C, 50 D, 12-II, 3 bis, 118 hs, 301-02) and a floor
     * (2-hoog, 3hg, 1e etage); not a count or an amount ("3 jaar", "12 euro").
     */
    private static final String NUMBER = "\\d{1,5}(?:[ -]?[a-zA-Z](?![\\p{L}])|-\\d{1,3}(?![\\p{N}])"
            + "|[\\s-]?bis|[\\s-](?:hs|huis|I{1,3}|IV|V|zwart|zw|rood|rd|bg|boven|bov)(?![\\p{L}]))?"
            + "(?:\\s+(?:\\d{1,2}(?:e|ste|de)?[ -]?(?:hoog|hg)|\\d{1,2}(?:e|ste|de)\\s+(?:etage|verdieping))(?![\\p{L}]))?"
            + "(?!\\s*(?:jaar|jaren|keer|maanden|maand|weken|week|dagen|dag|uur|minuten|euro|eur|procent|%|kinderen"
            + "|personen|mensen|km|kilo|kg|cm|m2|x)(?![\\p{L}]))";
    /** A compound street name, capitalised or not: Kerkstraat 14b, burgemeester knappertlaan 120-C. */
    private static final Pattern STREET = Pattern.compile("(?<![\\p{L}])(" + PREFIX + "[\\p{L}'’-]{3,}(?:"
            + STREET_WORDS + "))\\s+(" + NUMBER + ")(?![\\p{N}]|[,.]\\d|-\\d)");
    /**
     * A street word alone, capitalised, after a capitalised word or on its own in the middle of a
     * sentence, or followed by "van …": Lange Haven 12, Singel 102-B, Laan van Bol'es 23.
     */
    private static final Pattern SHORT_STREET = Pattern.compile("(?<![\\p{L}])("
            + "(?:[\\p{Lu}][\\p{L}'’.-]+[ \\t]+)?(?=\\p{Lu})(?i:" + STREET_WORDS + ")"
            + "(?:\\s+(?:van|der|de|den|het)(?:\\s+(?:de|der|den|het))?(?:\\s+[\\p{Lu}][\\p{L}'’.-]*){1,2})?"
            + ")\\s+(" + NUMBER + ")(?![\\p{N}]|[,.]\\d)");

    private static final String POSTCODE_FORM =
            "(?<![\\p{L}\\p{N}])[1-9]\\d{3}(?:\\s?(?!SA|SD|SS)[A-Z]{2}|[a-z]{2})(?![\\p{L}\\p{N}])";
    /** A file size, not a postcode: "1500 KB" without a town after it. */
    private static final Pattern FILE_SIZE = Pattern.compile("\\d{4}\\s?[KMGT]B(?!\\s+\\p{Lu})");

    private static final Pattern POSTCODE = Pattern.compile(POSTCODE_FORM);
    /**
     * A postcode in lower case with a space ("1386 pb") is also a number and two words ("1500 km",
     * "2000 en"): only before a town, after an address on the line before it, or after "postcode".
     */
    private static final Pattern LOWER_POSTCODE = Pattern.compile(
            "(?<![\\p{L}\\p{N}])[1-9]\\d{3} (?!en|of|is|in|op|de|na|om|te|al|ca|km|kg|mb|gb|kb)[a-z]{2}(?![\\p{L}\\p{N}])");

    private static final Pattern TOWN_NEXT = Pattern.compile("[ \\t]*\\n?[ \\t]*\\p{Lu}\\p{Ll}");
    private static final Pattern POSTCODE_CUE = Pattern.compile("(?i)postcode[^\\n\\d]{0,20}$|\\d[\\p{L}-]*,\\s*$");
    /** A street name without a street word: one to three capitalised words ("Slinge", "Groene Hilledijk"). */
    private static final String NAME = "((?:\\p{Lu}[\\p{L}'’.-]*[ \\t]+){0,2}\\p{Lu}[\\p{L}'’-]+)";
    /** Any street with a house number right before a postcode: "Boergoensevliet 50 D, 3082 TS". */
    private static final Pattern BEFORE_POSTCODE =
            Pattern.compile("(?<![\\p{L}])" + NAME + "\\s+(" + NUMBER + "),?\\s+(?=" + POSTCODE_FORM + ")");
    /**
     * Any street with a house number after a word for living, moving or sending there, or for an
     * address: "woont sinds kort op Zwaanshals 411", "verhuist van Slinge 1145", "Woonadres:
     * Smeetsland 52", "brief gestuurd naar Hillevliet 98 B".
     */
    private static final Pattern AFTER_CUE = Pattern.compile("(?<![\\p{L}])(?:"
            + "(?i:woon|woont|wonen|woonde|woonden|gewoond|verhuis|verhuist|verhuisd|verhuizen|verhuisde|trekt|trok"
            + "|ingetrokken)(?:\\s+\\p{Ll}+){0,3}?\\s+(?i:op|aan|naar|van)"
            + "|(?i:\\p{L}*adres)(?:\\s+\\p{Ll}+){0,2}?\\s*:?"
            + "|(?i:gestuurd|stuur|stuurt|sturen|verstuurd|opgestuurd)(?:\\s+\\p{Ll}+){0,3}?\\s+naar"
            + ")\\s+" + NAME + "\\s+(" + NUMBER + ")(?![\\p{N}]|[,.]\\d)");
    /** "Op" and a word no dictionary knows with a house number: "heeft op Ruigeplaatbos 8 gewoond". */
    private static final Pattern AFTER_OP = Pattern.compile(
            "(?<![\\p{L}])(?i:op|aan de|aan het)\\s+(\\p{Lu}[\\p{L}'’-]+)\\s+(" + NUMBER
                    + ")(?=\\s*(?:[,.;:?!)]|$)|\\s+(?:en|met|gewoond|woont|woonde|wonen|in|te|bij|\\p{Lu})(?![\\p{L}]))");
    /** Not a street: a month, a day, a post-office box, a page or a room. */
    private static final Pattern NOT_A_STREET = Pattern.compile("(?i)(?:januari|februari|maart|april|mei|juni|juli"
            + "|augustus|september|oktober|november|december|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag"
            + "|zondag|postbus|antwoordnummer|pagina|kamer|lijn|bus|groep|artikel|lid|versie|nummer|nr|week|bijlage"
            + "|hoofdstuk|route|tram|metro|gate|perron|spoor|bed|postcode|adres)");
    /** Street words that also end countries and places: Nederland, Engeland, Hilversum's Bos. */
    private static final Pattern RISKY_ENDING = Pattern.compile("(?i)(?:land|bos)$");

    private static final Pattern LIVES_ON = Pattern.compile("^.*?\\p{L}\\s+(?:op|bij|naar|via|langs)\\s+(?=\\p{Lu})");
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");
    /** Words a prefix must not start with: a sentence's first word that is not part of the street. */
    private static final Pattern NOT_A_PREFIX = Pattern.compile(
            "^(?:op|in|aan|de|het|naar|bij|via|langs|over"
                    + "|Op|In|Aan|Naar|Bij|Via|Langs|Over|Ik|Wij|We|Hij|Zij|Ze|Mijn|Onze|Hun|Zijn|Haar|Het|Woont|Woon|Wonen)\\s+");

    /** A lower-case word before a capitalised street is a preposition of the sentence: "van Heemraadssingel 8". */
    private static final Pattern LOWER_BEFORE_CAPITAL =
            Pattern.compile("^(?:van|de|der|den|het|'t|aan|op|in|ter|ten)[ \\t]+(?=\\p{Lu})");
    /** Words that do start a street name although they are ordinary words: titles, compass points, sizes. */
    private static final Pattern STREET_TITLE = Pattern.compile("(?i)(?:oost|west|noord|zuid|hoog|laag|klein|groot"
            + "|nieuw|oud|lang|kort|sint|st\\.?|prins|prinses|koning|koningin|keizer|keizerin|burgemeester|burg\\.?"
            + "|dokter|dr\\.?|pastoor|generaal|admiraal|professor|prof\\.?|graaf|gravin|hertog|kapitein|meester|mr\\.?"
            + "|dominee|ds\\.?|pater|broeder|zuster|president|kardinaal|bisschop|baron|jonkheer|ridder|opper|neder"
            + "|binnen|buiten|achter|voor|boven|beneden|over|heilig|vrouwe)");

    private static final Pattern NAMED_BEFORE = Pattern.compile("(?i)(?:\\bis|:)\\s*$");
    private static final Pattern SENTENCE_PREPOSITION = Pattern.compile("van|naar|op|aan|bij|via|langs");
    private static final Pattern ENDS_IN_STREET_WORD = Pattern.compile("(?i).*(?:" + STREET_WORDS + ")");

    private final NameLists names;

    AddressFinder(NameLists names) {
        this.names = names;
    }

    void find(String text, List<PiiSpan> found) {
        streets(STREET, text, found);
        streets(SHORT_STREET, text, found);
        namedStreets(BEFORE_POSTCODE, text, found, false);
        namedStreets(AFTER_CUE, text, found, false);
        namedStreets(AFTER_OP, text, found, true);
        Matcher postcode = POSTCODE.matcher(text);
        while (postcode.find()) {
            boolean afterAddress = POSTCODE_CUE
                    .matcher(text.substring(Math.max(0, postcode.start() - 30), postcode.start()))
                    .find();
            if (!afterAddress
                    && FILE_SIZE
                            .matcher(text)
                            .region(postcode.start(), text.length())
                            .lookingAt()) {
                continue;
            }
            found.add(new PiiSpan(postcode.start(), postcode.end(), PiiType.ADDRESS));
        }
        Matcher lower = LOWER_POSTCODE.matcher(text);
        while (lower.find()) {
            String before = text.substring(Math.max(0, lower.start() - 30), lower.start());
            if (TOWN_NEXT.matcher(text).region(lower.end(), text.length()).lookingAt()
                    || POSTCODE_CUE.matcher(before).find()) {
                found.add(new PiiSpan(lower.start(), lower.end(), PiiType.ADDRESS));
            }
        }
    }

    /**
     * Streets without a street word, found by their context: not a month, a day, a place or a
     * country, a post-office box, nor a year ("verhuisd naar Schiedam 2019"); after "op" only a
     * word no dictionary knows.
     */
    private void namedStreets(Pattern pattern, String text, List<PiiSpan> found, boolean unknownOnly) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            String street = m.group(1);
            String[] words = street.split("\\s+");
            String last = words[words.length - 1];
            boolean notAStreet = false;
            for (String word : words) {
                notAStreet |= NOT_A_STREET.matcher(word).matches() || names.isPlace(word);
            }
            if (notAStreet || YEAR.matcher(m.group(2)).matches() || unknownOnly && !names.isUnknownWord(last)) {
                continue;
            }
            add(text, m.start(1), street, m.end(2), found);
        }
    }

    private void streets(Pattern pattern, String text, List<PiiSpan> found) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            String street = m.group(1);
            String[] words = street.split("\\s+");
            String last = words[words.length - 1];
            boolean placeOrCountry =
                    RISKY_ENDING.matcher(last).find() && (names.isPlace(last) || names.isProperNoun(last));
            // A year after a lower-case word is a law or a scheme: "Wet inburgering 2021".
            boolean lawOfAYear = YEAR.matcher(m.group(2)).matches() && Character.isLowerCase(last.charAt(0));
            if (placeOrCountry || lawOfAYear) {
                continue;
            }
            add(text, m.start(1), street, m.end(2), found);
        }
    }

    /** An ordinary word, not a name, title, compass point, adjective (-e) or street of its own. */
    private boolean isSentenceWord(String word) {
        return names.isListedDutchWord(word)
                && !names.isFirstName(word)
                && !names.isAnySurname(word)
                && !names.isTussenvoegsel(word)
                && !word.endsWith("e")
                && !STREET_TITLE.matcher(word).matches()
                && !ENDS_IN_STREET_WORD.matcher(word).matches();
    }

    /** Adds the street from {@code start} to {@code end}, without a sentence's first words before it. */
    private void add(String text, int start, String street, int end, List<PiiSpan> found) {
        int from = start;
        String rest = street;
        // "Stephanie op Jan Kruijffstraat 46-C": who lives there is no part of the street.
        Matcher person = LIVES_ON.matcher(rest);
        if (person.find()) {
            from += person.end();
            rest = rest.substring(person.end());
        }
        Matcher leading = NOT_A_PREFIX.matcher(rest);
        while (leading.find()) {
            from += leading.end();
            rest = rest.substring(leading.end());
            leading = NOT_A_PREFIX.matcher(rest);
        }
        Matcher lower = LOWER_BEFORE_CAPITAL.matcher(rest);
        // After "is" or a colon the lower-case word is the street's own: "mijn adres is van Heemskerckstraat 3a".
        boolean named = NAMED_BEFORE
                .matcher(text.substring(Math.max(0, from - 12), from))
                .find();
        if (!named && lower.find()) {
            from += lower.end();
            rest = rest.substring(lower.end());
        }
        // "Woning Dordtsestraatweg 603-A", "Verhuisd van Hillevliet 90": an ordinary word (and a
        // preposition) before a one-word street belong to the sentence.
        String[] words = rest.split("[ \\t]+");
        boolean preposition =
                words.length == 3 && SENTENCE_PREPOSITION.matcher(words[1]).matches();
        if ((words.length == 2 || preposition)
                && Character.isUpperCase(words[0].charAt(0))
                && Character.isUpperCase(words[words.length - 1].charAt(0))
                && isSentenceWord(words[0])) {
            from += rest.lastIndexOf(words[words.length - 1]);
        }
        found.add(new PiiSpan(from, end, PiiType.ADDRESS));
    }
}
