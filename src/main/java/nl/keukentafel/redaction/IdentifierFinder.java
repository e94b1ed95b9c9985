package nl.keukentafel.redaction;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.validator.routines.EmailValidator;
import org.apache.commons.validator.routines.IBANValidator;

/**
 * Personal details with a recognisable form: e-mail addresses (commons-validator), IBANs (mod-97 by
 * commons-validator), BSNs (11-proof), phone numbers (libphonenumber), dates of birth (a date with a
 * birth cue), case numbers (an identifier after a cue) and Dutch licence plates (sidecodes).
 */
final class IdentifierFinder {

    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}.-]+\\.\\p{L}{2,}");
    private static final Pattern IBAN_START = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])[a-z]{2}\\d{2}");
    private static final Pattern BSN = Pattern.compile(
            "(?<![\\p{N}.,€-])(\\d{4}\\.\\d{2}\\.\\d{3}|\\d{3}([ .-])\\d{3}\\2\\d{3}|\\d{9}|\\d{8})(?![\\p{N}]|[.,]\\d)");
    private static final Pattern BSN_CUE = Pattern.compile("(?i)(bsn|burgerservice|sofi)");
    private static final Pattern MONEY_AFTER = Pattern.compile("(?i)^\\s*(euro|eur|cent|,-)");

    private static final String MONTHS = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober"
            + "|november|december|jan|feb|febr|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec";
    private static final Pattern DATE = Pattern.compile("(?i)(?<![\\p{N}])(\\d{1,2}[-/.]\\d{1,2}[-/.](\\d{4}|\\d{2})"
            + "|\\d{1,2}\\s+(" + MONTHS + ")\\.?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})(?![\\p{N}])");
    /** A birth cue, then at most three words (whose: "geboortedatum van Aziz:"), then the date. */
    private static final Pattern BIRTH_BEFORE =
            Pattern.compile("(?i)(geboren|geb\\.?|geboortedatum|geboortedag|geb\\.datum|°|\\*|born|date of birth|dob)"
                    + "(\\s*[\\p{L}.]+){0,3}?[\\s:]*$");
    /** A date in brackets right after a name is that person's birth date: "Jayden (12-05-2014)". */
    private static final Pattern BIRTH_IN_BRACKETS = Pattern.compile("\\p{Lu}\\p{L}+\\s*\\($");

    private static final Pattern BIRTH_AFTER = Pattern.compile("(?i)^\\s*(geboren|ter wereld gekomen)");

    private static final String CASE_CUE =
            "(?:dossier|zaak|cli[eë]nt|klant|registratie|referentie|relatie|kenmerk|inschrijf|aanvraag|rol)";
    /** An identifier: letters, digits and separators, with at least one digit. */
    private static final String IDENTIFIER = "((?:\\p{Lu}{1,4} )?\\p{N}{1,4}(?: \\p{N}{1,4}){1,4}"
            + "|(?=[\\p{L}\\p{N}/._-]*\\p{N})[\\p{L}\\p{N}][\\p{L}\\p{N}/._-]*[\\p{L}\\p{N}]|\\p{N})(?![\\p{L}\\p{N}])";
    /**
     * A case number after its cue: directly ("dossiernummer 2023-00451", "kenmerk: WS/2024/0876"),
     * after the organisation's name ("klantnummer Zilveren Kruis 120448813"), or after a few words
     * and "is", a colon or "nr" ("de kenmerk van de brief is 2024…", "dossier bij de Kredietbank
     * heeft nr KBS-23-1887").
     */
    private static final Pattern CASE_NUMBER = Pattern.compile("(?i)\\b" + CASE_CUE + "(?:nummer|nr|no)?\\.?"
            + "(?:(?:\\s+(?-i:\\p{Lu}\\p{Ll})\\p{L}*(?=[\\s:])){1,3}|(?:\\s+[\\p{L}]+){0,5}?\\s*(?::|\\bis\\b|\\bnr\\.?|\\bnummer\\b))?"
            + "\\s*[:#]?\\s*" + IDENTIFIER);

    private static final Pattern LICENCE_PLATE = Pattern.compile("(?i)(?<![\\p{L}\\p{N}-])("
            + "[a-z]{2}-\\d{2}-\\d{2}|\\d{2}-\\d{2}-[a-z]{2}|\\d{2}-[a-z]{2}-\\d{2}|[a-z]{2}-\\d{2}-[a-z]{2}"
            + "|[a-z]{2}-[a-z]{2}-\\d{2}|\\d{2}-[a-z]{2}-[a-z]{2}|\\d{2}-[a-z]{3}-\\d|\\d-[a-z]{3}-\\d{2}"
            + "|[a-z]{2}-\\d{3}-[a-z]|[a-z]-\\d{3}-[a-z]{2}|[a-z]{3}-\\d{2}-[a-z]|[a-z]-\\d{2}-[a-z]{3}"
            + "|\\d-[a-z]{2}-\\d{3}|\\d{3}-[a-z]{2}-\\d)(?![\\p{L}\\p{N}]|-[\\p{L}\\p{N}])");

    private final PhoneNumberUtil phones = PhoneNumberUtil.getInstance();
    private final EmailValidator emails = EmailValidator.getInstance();
    private final IBANValidator ibans = IBANValidator.getInstance();

    void find(String text, List<PiiSpan> found) {
        emails(text, found);
        ibans(text, found);
        bsns(text, found);
        datesOfBirth(text, found);
        caseNumbers(text, found);
        licencePlates(text, found);
        phones(text, found);
    }

    private void emails(String text, List<PiiSpan> found) {
        Matcher m = EMAIL.matcher(text);
        while (m.find()) {
            if (emails.isValid(m.group())) {
                found.add(new PiiSpan(m.start(), m.end(), PiiType.EMAIL));
            }
        }
    }

    /** An IBAN is 15 to 34 letters and digits, written with or without single spaces: the longest valid one. */
    private void ibans(String text, List<PiiSpan> found) {
        Matcher m = IBAN_START.matcher(text);
        int after = 0;
        while (m.find()) {
            if (m.start() < after) {
                continue;
            }
            StringBuilder compact = new StringBuilder();
            int[] endAt = new int[35];
            int i = m.start();
            while (i < text.length() && compact.length() < 34) {
                char c = text.charAt(i);
                if (Character.isLetterOrDigit(c)) {
                    compact.append(Character.toUpperCase(c));
                    endAt[compact.length()] = i + 1;
                    i++;
                } else if (c == ' ' && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1))) {
                    i++;
                } else {
                    break;
                }
            }
            for (int length = compact.length(); length >= 15; length--) {
                int end = endAt[length];
                boolean wordEnds = end >= text.length() || !Character.isLetterOrDigit(text.charAt(end));
                if (wordEnds && ibans.isValid(compact.substring(0, length))) {
                    found.add(new PiiSpan(m.start(), end, PiiType.IBAN));
                    after = end;
                    break;
                }
            }
        }
    }

    private void bsns(String text, List<PiiSpan> found) {
        Matcher m = BSN.matcher(text);
        while (m.find()) {
            String digits = m.group(1).replaceAll("\\D", "");
            if (digits.length() == 8) {
                String before = text.substring(Math.max(0, m.start() - 40), m.start());
                if (!BSN_CUE.matcher(before).find()) {
                    continue;
                }
                digits = "0" + digits;
            }
            if (passesElevenProof(digits)
                    && !MONEY_AFTER.matcher(text.substring(m.end())).find()) {
                found.add(new PiiSpan(m.start(), m.end(), PiiType.BSN));
            }
        }
    }

    /** The BSN 11-proof: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11 (and not all zeros). */
    static boolean passesElevenProof(String nineDigits) {
        if (nineDigits.length() != 9 || nineDigits.chars().allMatch(c -> c == '0')) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (nineDigits.charAt(i) - '0') * (9 - i);
        }
        sum -= nineDigits.charAt(8) - '0';
        return sum % 11 == 0;
    }

    private void datesOfBirth(String text, List<PiiSpan> found) {
        Matcher m = DATE.matcher(text);
        while (m.find()) {
            String before = text.substring(Math.max(0, m.start() - 40), m.start());
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + 25));
            boolean bracketed =
                    after.startsWith(")") && BIRTH_IN_BRACKETS.matcher(before).find();
            if (BIRTH_BEFORE.matcher(before).find()
                    || BIRTH_AFTER.matcher(after).find()
                    || bracketed) {
                found.add(new PiiSpan(m.start(), m.end(), PiiType.DATE_OF_BIRTH));
            }
        }
    }

    private void caseNumbers(String text, List<PiiSpan> found) {
        Matcher m = CASE_NUMBER.matcher(text);
        while (m.find()) {
            int start = m.start(1);
            int end = m.end(1);
            String id = m.group(1);
            if (id.chars().anyMatch(Character::isDigit) && id.length() >= 3) {
                found.add(new PiiSpan(start, end, PiiType.CASE_NUMBER));
            }
        }
    }

    private void licencePlates(String text, List<PiiSpan> found) {
        Matcher m = LICENCE_PLATE.matcher(text);
        while (m.find()) {
            String plate = m.group(1);
            // Lower-case letters only when the whole plate is lower case (as typed in a hurry).
            boolean consistent =
                    plate.equals(plate.toUpperCase(Locale.ROOT)) || plate.equals(plate.toLowerCase(Locale.ROOT));
            if (consistent) {
                found.add(new PiiSpan(m.start(1), m.end(1), PiiType.LICENCE_PLATE));
            }
        }
    }

    /** Phone numbers as libphonenumber finds them (Dutch by default), written with 0, 00, + or a bracket. */
    private void phones(String text, List<PiiSpan> found) {
        for (PhoneNumberMatch match : phones.findNumbers(text, "NL", PhoneNumberUtil.Leniency.VALID, Long.MAX_VALUE)) {
            String raw = match.rawString();
            char first = raw.charAt(0);
            if (first == '+' || first == '0' || first == '(') {
                found.add(new PiiSpan(match.start(), match.end(), PiiType.PHONE));
            }
        }
    }
}
