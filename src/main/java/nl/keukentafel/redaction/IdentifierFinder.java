package nl.keukentafel.redaction;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.time.Year;
import java.util.ArrayList;
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
    /**
     * A BSN in every spelling people use: 123456782, 123.456.782 and 1234.56.782 (dots, spaces or dashes),
     * 12.34.56.782 (dots, spaces or dashes), 123-45-6782, and eight digits after a cue. Not followed
     * by a separator and more letters or digits: that is part of a longer reference.
     */
    private static final Pattern BSN = Pattern.compile("(?<![\\p{N}.,€/+-])(\\d{4}(?<a>[ .-])\\d{2}\\k<a>\\d{3}"
            + "|\\d{3}(?<b>[ .-])\\d{3}\\k<b>\\d{3}|\\d{2}(?<c>[ .-])\\d{2}\\k<c>\\d{2}\\k<c>\\d{3}|\\d{3}-\\d{2}-\\d{4}"
            + "|\\d{9}|\\d{8})"
            + "(?![\\p{N}]|[.,/-][\\p{L}\\p{N}])");
    /** A country code or trunk prefix right before the digits: they are a phone number ("+40 772 565 223"). */
    private static final Pattern PHONE_PREFIX = Pattern.compile("(?:\\+\\d{1,3}|\\b00\\d{1,3}|\\(0\\))[\\s.-]*$");

    private static final Pattern BSN_CUE = Pattern.compile("(?i)(bsn|burgerservice|sofi)");
    private static final Pattern MONEY_AFTER = Pattern.compile("(?i)^\\s*(euro|eur|cent|,-)");

    private static final String MONTHS = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober"
            + "|november|december|jan|feb|febr|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec"
            + "|january|february|march|may|june|july|august|october|mar|oct";
    /** A full date: 12-03-1988, 12/3/88, 12.03.1988, 12 maart 1988, 12-mrt-1988, 12 maart '88, 1988-03-12. */
    private static final Pattern DATE = Pattern.compile("(?i)(?<![\\p{N}])(\\d{1,2}[-/.]\\d{1,2}[-/.](?:\\d{4}|\\d{2})"
            + "|\\d{1,2}(?:\\s+|-)(?:" + MONTHS + ")\\.?(?:\\s+|-)(?:\\d{4}|['’]\\d{2})"
            + "|\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2})(?![\\p{N}])");
    /** A birth cue, then at most three words (whose: "geboortedatum van Aziz:"), then the date. */
    private static final Pattern BIRTH_BEFORE = Pattern.compile(
            "(?i)(?<![\\p{L}])(?:geboren|geb\\.?|gb\\.|gb:"
                    + "|geboortedatum|geboortedag|geb\\.\\s?datum|geb\\.dat\\.?|°|\\*|born|date of birth|d\\.o\\.b\\.?|dob"
                    + "|geburtsdatum|data de nascimento|jarig(?:\\s+op)?|verjaardag)(?![\\p{L}])(\\s+[\\p{L}.]+){0,3}?[\\s:]*$");
    /**
     * A cue that names a date of birth as a noun announces the next date, however far in the same
     * passage: "geboortedatum voor het formulier? Was het nou 12-12-1991".
     */
    private static final Pattern BIRTH_NOUN = Pattern.compile("(?i)(?<![\\p{L}])(?:geboortedatum|geboortedata"
            + "|geboortedag|geb\\.\\s?datum|geb\\.dat|date of birth|d\\.o\\.b|dob|geburtsdatum)(?![\\p{L}])");
    /** A date in brackets right after a name is that person's birth date: "Jayden (12-05-2014)". */
    private static final Pattern BIRTH_IN_BRACKETS = Pattern.compile("\\p{Lu}\\p{L}+\\s*\\($");
    /** The last item in brackets after a name, for a date at least twelve years ago: "Anna (BSN …, 12-12-1984)". */
    private static final Pattern BIRTH_LAST_IN_BRACKETS = Pattern.compile("\\p{Lu}\\p{L}+\\s*\\([^()]{1,40}[,;]\\s*$");
    /** "Ik ben van 12-5-1979", "hij is van 14 feb 1986": the year someone is from is their birth. */
    private static final Pattern FROM_DATE_PERSONAL =
            Pattern.compile("(?i)(?<![\\p{L}])(?:ik ben|ben ik|hij is|zij is|ze is|die is|jij bent)\\s+van\\s*$");
    /** "Jongere is van 12-3-2006": only for a date at least twelve years ago (a letter "is van" last week). */
    private static final Pattern FROM_DATE = Pattern.compile("(?i)(?<![\\p{L}])(?:is|zijn|was|waren)\\s+van\\s*$");
    /** Between two dates of birth in a list: "11/02/2007, dochter: 29/08/2010", "1992-07-05, partner …". */
    private static final Pattern BIRTH_LIST = Pattern.compile("(?i)^\\s*(?:[,;/&]|en|of)\\s*"
            + "(?:(?!(?:op|per|tot|vanaf|sinds|na|voor|in|om|tussen|t/m|overleden|gestorven|getrouwd|verhuisd)(?![\\p{L}])"
            + "|\\p{L}*(?:datum|dag)(?![\\p{L}]))"
            + "[\\p{L}]+\\s*){0,2}[\\s:]*$");
    /**
     * A date as the last item of a list line about a person: "- Stefan Ionescu, 21-06-1986",
     * "Gegevens werknemer: Radu Munteanu, 1-2-2002". The name is one to four words, the first
     * capitalised; the date ends the line.
     */
    private static final Pattern BIRTH_LIST_LINE = Pattern.compile(
            "(?:^|\\n)(?:\\s*[-•*]\\s*|[^\\n:]{0,40}:\\s*)\\p{Lu}[\\p{L}.]*(?:[ -][\\p{L}.]+){0,3},\\s*$");
    /**
     * A date right after a name of two to four capitalised words and a separator, at least twelve
     * years ago: "mevrouw Ananya Reddy, 1 jul. 1989, …", "Adwoa Owusu – 03.05.2004 – …",
     * "Baran Ronahî;22-02-1944;…".
     */
    private static final Pattern BIRTH_AFTER_NAME = Pattern.compile(
            "(?<![\\p{L}])\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:\\p{Ll}{1,3}\\s+){0,2}\\p{Lu}[\\p{L}'’-]+){1,3}\\s*[,;|–]\\s*$");

    private static final Pattern LINE_END = Pattern.compile("^\\s*(?:\\n|$)");

    private static final int CURRENT_YEAR = Year.now().getValue();
    private static final Pattern NON_DIGITS = Pattern.compile("\\D+");

    private static final Pattern BIRTH_AFTER = Pattern.compile("(?i)^\\s*(geboren|ter wereld gekomen)");

    private static final String CASE_CUE = "(?:dossier|zaak|cli[eë]nt|klant|registratie|referentie|relatie"
            + "|(?:betalings|betaal|uw |ons )?kenmerk|inschrijf|inschrijvings?|aanvraag|rol|huurder|debiteur|debiteuren"
            + "|aanmeld|aanmeldings?|beschikkings?|polis|(?:huur)?contract|vorderings?|parket|casus|vonnis|aanslag)";
    /** Cues that are a number only with "nummer" after them: "lidnummer", "V-nummer", "patiëntnummer". */
    private static final String NUMBER_CUE = "(?:lid|lidmaatschaps|leerling|student|patiënt|patient|personeels"
            + "|verzekerden?|vreemdelingen|v|meldings?|cjib|bezwaar|bezwaarschrift)";
    /** An identifier: letters, digits and separators, with at least one digit. */
    private static final String IDENTIFIER = "((?:(?-i:\\p{Lu}{1,4}) )?\\p{N}{1,4}(?: \\p{N}{1,4}){1,4}"
            + "|(?=[\\p{L}\\p{N}/._-]*\\p{N})[\\p{L}\\p{N}][\\p{L}\\p{N}/._-]*[\\p{L}\\p{N}]|\\p{N})(?![\\p{L}\\p{N}])";

    private static final String CUE_WORD =
            "\\b(?:" + CASE_CUE + "(?:[s-]?(?:nummers?|nrs?|no))?|" + NUMBER_CUE + "[s-]?(?:nummers?|nrs?))\\.?";
    /**
     * A case number after its cue: directly ("dossiernummer 2023-00451", "kenmerk: WS/2024/0876"),
     * after the organisation's name ("klantnummer Zilveren Kruis 120448813", "Dossier Ozturk /
     * …"), or after a few words and "is", "blijft", a colon or "nr" ("de kenmerk van de brief is
     * 2024…", "dossier bij de Kredietbank heeft nr KBS-23-1887", "klantnummer bij ons blijft …").
     */
    private static final Pattern CASE_NUMBER = Pattern.compile("(?i)" + CUE_WORD
            + "(?:(?:\\s+(?-i:\\p{Lu}\\p{Ll})\\p{L}*(?=[\\s:])){1,3}|(?:\\s+[\\p{L}]+){0,5}?\\s*"
            + "(?::|\\bis\\b|\\bnr\\.?|\\bnummer\\b|\\bblijft\\b|\\bwordt\\b|\\bluidt\\b|\\bbekend onder\\b))?"
            + "\\s*[:#/]?\\s*" + IDENTIFIER);
    /**
     * A number word with one or two lower-case words after it and then an identifier that can only
     * be a code: "dossiernummer deurwaarder 2024-77812-RB".
     */
    private static final Pattern CASE_NUMBER_AFTER_WORDS = Pattern.compile("(?i)\\b(?:" + CASE_CUE + "|" + NUMBER_CUE
            + ")[s-]?(?:nummer|nr)\\.?(?:\\s+(?!(?:sinds|op|in|van|per|tot|vanaf|voor|na|tussen|uit|met|om|en|of|de"
            + "|het|een|is|was)\\b)(?-i:\\p{Ll}+)){1,2}\\s*:?\\s+" + IDENTIFIER);
    /** "Nummer" or "nr." on its own, or a payment reference, before an identifier that can only be a code. */
    private static final Pattern GENERIC_NUMBER = Pattern.compile("(?i)(?<![\\p{L}-])(?:(?:nummer|nr\\.?)(?:\\s+is)?"
            + "|onder vermelding van|o\\.v\\.v\\.?|ovv)\\s*[:#]?\\s*" + IDENTIFIER);
    /**
     * Codes whose shape alone makes them a file's number, with or without a cue: capitals, a
     * separator, a year (or two digits), the same separator and a serial number (WMO-2026-08841,
     * HC/2019/02281, BZW/26/0094); a court's zaaknummer with its rolnummer (C/10/654321 / KG ZA
     * 25-1187); a Belastingdienst aanslagnummer with its letter and year (8123.45.678.H.66.0012); a
     * court's number with its chamber or court code (CV EXPL 25-24376, KG ZA 25-245, AWB 25/18957,
     * SGR 26/6641).
     */
    private static final Pattern CODE_SHAPE = Pattern.compile("(?<![\\p{L}\\p{N}/.-])("
            + "\\p{Lu}/\\d{2}/\\d{4,7}(?:/\\d{2,4})?(?:\\s*/\\s*\\p{Lu}{2}(?:\\s\\p{Lu}{2})?\\s\\d{2}[-/]\\d{1,5})?"
            + "|\\p{Lu}{1,5}([-/])(?:(?:19|20)\\d{2}|\\d{2})\\2\\d{3,6}"
            + "|\\d{4}\\.\\d{2}\\.\\d{3}\\.\\p{Lu}(?:\\.\\d{2,4}){1,2}"
            + "|(?:CV EXPL|KG ZA|KG RK|HA ZA|HA RK|FT RK|FT EA|EA|AWB|SGR|ROT|AMS|UTR|HAA|BRE|ZWO|LEE|ARN|GRO|ALK|MST|SHE)"
            + " \\d{2}[-/]\\d{3,6})"
            + "(?![\\p{L}\\p{N}]|[-/.][\\p{L}\\p{N}])");
    /** The next identifier in a list of them: "D24-3301 en D24-3302", "…, 2024/0457". */
    private static final Pattern NEXT_IN_LIST = Pattern.compile("^\\s*(?:,|en|of|&|/)\\s*" + IDENTIFIER);
    /** A court's rolnummer may end in a letter: "C/10/24/1187 R". */
    private static final Pattern COURT_SUFFIX = Pattern.compile("^ \\p{Lu}(?![\\p{L}\\p{N}])");

    private static final Pattern YEAR_RANGE = Pattern.compile("(?:19|20)\\d\\d[-/](?:19|20)?\\d\\d");

    /** Dutch sidecodes 1 to 14: L is a letter, D a digit. */
    private static final List<String> SIDECODES = List.of(
            "LL-DD-DD",
            "DD-DD-LL",
            "DD-LL-DD",
            "LL-DD-LL",
            "LL-LL-DD",
            "DD-LL-LL",
            "DD-LLL-D",
            "D-LLL-DD",
            "LL-DDD-L",
            "L-DDD-LL",
            "LLL-DD-L",
            "L-DD-LLL",
            "D-LL-DDD",
            "DDD-LL-D");
    /** A plate with its dashes: unambiguous anywhere. */
    private static final Pattern LICENCE_PLATE = plates(SIDECODES, "-");
    /**
     * A plate without dashes or with spaces: only near a vehicle. Sidecode 2 (1234 AB) is left out:
     * that is a postcode.
     */
    private static final Pattern LOOSE_PLATE =
            plates(SIDECODES.stream().filter(code -> !code.equals("DD-DD-LL")).toList(), " ?");

    private static final Pattern VEHICLE = Pattern.compile("(?i)kenteken|nummerbord|auto|bus|scooter|brommer"
            + "|bromfiets|snorfiets|motor|taxi|wagen|voertuig|rdw|apk|camper|caravan|aanhanger|oldtimer|kennzeichen"
            + "|licen[cs]e plate|geflitst|flitser|flitspaal|parkeer|bekeuring|verkeersboete|wegsleep|weggesleept"
            + "|tenaamstelling|(?<![\\p{L}])(?:opel|volkswagen|vw|toyota|renault|peugeot|citro[eë]n|fiat|skoda|hyundai|nissan"
            + "|mercedes|bmw|audi|volvo|mazda|suzuki|dacia|kia|ford|seat|tesla|honda|mitsubishi)(?![\\p{L}])");
    /**
     * Sidecode 2 written without a space (1234AB, 0620df): a postcode too, so only near a vehicle
     * word that stands as a word of its own ("bus", not "Postbus"), or when it starts with a 0 (no
     * postcode does).
     */
    private static final Pattern COMPACT_PLATE =
            Pattern.compile("(?<![\\p{L}\\p{N}-])(\\d{4}(?:[A-Z]{2}|[a-z]{2}))(?![\\p{L}\\p{N}]|-[\\p{L}\\p{N}])");

    /** A postcode after a preposition of place or before a town: "staat bij 3025AH", "3025AH Rotterdam". */
    private static final Pattern PLACE_BEFORE =
            Pattern.compile("(?i)(?<![\\p{L}])(?:bij|op|in|naar|aan|te|tot|uit|van)\\s+$");

    private static final Pattern TOWN_AFTER = Pattern.compile("\\s+\\p{Lu}\\p{Ll}");
    private static final Pattern VEHICLE_WORD = Pattern.compile("(?i)(?<![\\p{L}])(?:kenteken\\p{L}*|nummerbord"
            + "|auto|auto's|bus|busje|bestelbus|scooter|brommer|motor|taxi|wagen|bestelwagen|voertuig|rdw|apk|camper"
            + "|caravan|aanhanger|geflitst|parkeerboete|bekeuring)(?![\\p{L}])");

    private static Pattern plates(List<String> codes, String separator) {
        List<String> alternatives = new ArrayList<>();
        for (String code : codes) {
            List<String> groups = new ArrayList<>();
            for (String group : code.split("-")) {
                groups.add((group.charAt(0) == 'L' ? "[a-z]" : "\\d") + "{" + group.length() + "}");
            }
            alternatives.add(String.join(separator, groups));
        }
        return Pattern.compile(
                "(?i)(?<![\\p{L}\\p{N}-])(" + String.join("|", alternatives) + ")(?![\\p{L}\\p{N}]|-[\\p{L}\\p{N}])");
    }

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
            // Grouped with spaces and followed by more digits: part of a longer number ("0031 70 640 7952").
            boolean longer = m.group(1).contains(" ")
                    && text.startsWith(" ", m.end())
                    && m.end() + 1 < text.length()
                    && Character.isDigit(text.charAt(m.end() + 1));
            if (passesElevenProof(digits)
                    && !longer
                    && !MONEY_AFTER.matcher(text.substring(m.end())).find()
                    && !PHONE_PREFIX
                            .matcher(text.substring(Math.max(0, m.start() - 8), m.start()))
                            .find()) {
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
        int lastBirthEnd = -1;
        int lastDateEnd = 0;
        while (m.find()) {
            if (!plausibleDate(m.group(1))) {
                continue;
            }
            String before = text.substring(Math.max(0, m.start() - 40), m.start());
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + 25));
            boolean longAgo = yearOf(m.group(1)) <= CURRENT_YEAR - 12;
            boolean bracketed = after.startsWith(")")
                    && (BIRTH_IN_BRACKETS.matcher(before).find()
                            || longAgo && BIRTH_LAST_IN_BRACKETS.matcher(before).find());
            boolean listed = lastBirthEnd >= 0
                    && m.start() - lastBirthEnd <= 30
                    && BIRTH_LIST
                            .matcher(text.substring(lastBirthEnd, m.start()))
                            .find();
            // A person record: "511.119.331;21/7/70;…", "BSN 123456782, 12-03-1988".
            boolean afterBsn = longAgo
                    && found.stream()
                            .anyMatch(span -> span.type() == PiiType.BSN
                                    && span.end() <= m.start()
                                    && text.substring(span.end(), m.start()).matches("\\s*[,;|/–-]?\\s*"));
            if (BIRTH_BEFORE.matcher(before).find()
                    || afterBsn
                    || BIRTH_AFTER.matcher(after).find()
                    || bracketed
                    || listed
                    || FROM_DATE_PERSONAL.matcher(before).find()
                    || yearOf(m.group(1)) <= CURRENT_YEAR
                            && BIRTH_LIST_LINE.matcher(before).find()
                            && LINE_END.matcher(after).find()
                    || longAgo && FROM_DATE.matcher(before).find()
                    || longAgo && BIRTH_AFTER_NAME.matcher(before).find()
                    || announced(text, lastDateEnd, m.start())) {
                found.add(new PiiSpan(m.start(), m.end(), PiiType.DATE_OF_BIRTH));
                lastBirthEnd = m.end();
            }
            lastDateEnd = m.end();
        }
    }

    /** A birth-date noun within 80 characters before the date, with no other date between them. */
    private static boolean announced(String text, int lastDateEnd, int start) {
        Matcher cue = BIRTH_NOUN.matcher(text);
        cue.region(Math.max(lastDateEnd, start - 80), start);
        return cue.find();
    }

    /** A day of at most 31 and a month of at most 12: "06-38.44" is part of a phone number. */
    static boolean plausibleDate(String date) {
        String[] groups = NON_DIGITS.split(date.replaceAll("^\\D+|\\D+$", ""));
        if (groups.length != 3) {
            return true; // a month written as a word: "12 maart 1988"
        }
        int day = Integer.parseInt(groups[0].length() == 4 ? groups[2] : groups[0]);
        int month = Integer.parseInt(groups[1]);
        return day >= 1 && day <= 31 && month >= 1 && month <= 12;
    }

    /** The year of a date as {@link #DATE} finds it; a two-digit year is in the last hundred years. */
    static int yearOf(String date) {
        String[] groups = NON_DIGITS.split(date.replaceAll("^\\D+|\\D+$", ""));
        String year = groups[0].length() == 4 ? groups[0] : groups[groups.length - 1];
        int value = Integer.parseInt(year);
        if (year.length() == 2) {
            int century = CURRENT_YEAR / 100 * 100;
            value = century + value > CURRENT_YEAR ? century - 100 + value : century + value;
        }
        return value;
    }

    private void caseNumbers(String text, List<PiiSpan> found) {
        caseNumbers(CASE_NUMBER, text, found, false);
        caseNumbers(CASE_NUMBER_AFTER_WORDS, text, found, true);
        caseNumbers(GENERIC_NUMBER, text, found, true);
        Matcher shape = CODE_SHAPE.matcher(text);
        while (shape.find()) {
            found.add(new PiiSpan(shape.start(1), shape.end(1), PiiType.CASE_NUMBER));
        }
    }

    private static void caseNumbers(Pattern pattern, String text, List<PiiSpan> found, boolean codesOnly) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            String id = m.group(1);
            if (!isCaseNumber(id)
                    || startsAPlate(text, m.start(1), m.end(1))
                    || codesOnly && !isCode(id) && !(pattern == CASE_NUMBER_AFTER_WORDS && isSerial(id))
                    || isAmount(text, m.start(1), m.end(1))) {
                continue;
            }
            int end = m.end(1);
            Matcher suffix = COURT_SUFFIX.matcher(text).region(end, text.length());
            if (id.contains("/") && suffix.lookingAt()) {
                end = suffix.end();
            }
            found.add(new PiiSpan(m.start(1), end, PiiType.CASE_NUMBER));
            Matcher next = NEXT_IN_LIST.matcher(text).region(end, text.length());
            while (next.lookingAt() && sameShape(id, next.group(1)) && isCaseNumber(next.group(1))) {
                found.add(new PiiSpan(next.start(1), next.end(1), PiiType.CASE_NUMBER));
                next.region(next.end(1), text.length());
            }
        }
    }

    /** "114" in "RDW: 114 PK 5": the number is the start of a licence plate that goes on after it. */
    private static boolean startsAPlate(String text, int start, int end) {
        Matcher plate = LOOSE_PLATE.matcher(text).region(start, text.length());
        return plate.lookingAt() && plate.end() > end;
    }

    /**
     * At least three characters with a digit, and not a licence plate (a plate's owner is a client
     * too) or a date ("beschikking: 01-09-2024").
     */
    private static boolean isCaseNumber(String id) {
        return id.length() >= 3
                && id.chars().anyMatch(Character::isDigit)
                && !LICENCE_PLATE.matcher(id).matches()
                && !DATE.matcher(id).matches();
    }

    /** An amount: "€ 43.000", "43.000 euro". */
    private static boolean isAmount(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - 3), start);
        return before.contains("€") || MONEY_AFTER.matcher(text.substring(end)).find();
    }

    /**
     * An identifier that can only be a code, not a count, year, date, amount or phone number:
     * letters, digits and a separator, digits in groups with at least seven of them, or a payment
     * reference of 14 to 18 digits.
     */
    private static boolean isCode(String id) {
        if (DATE.matcher(id).matches() || YEAR_RANGE.matcher(id).matches() || id.length() < 5) {
            return false;
        }
        boolean letters = id.chars().anyMatch(Character::isLetter);
        boolean separator = id.chars().anyMatch(c -> c == '-' || c == '/' || c == '.' || c == '_');
        long digits = id.chars().filter(Character::isDigit).count();
        if (letters) {
            return separator || digits >= 3;
        }
        // A payment reference (betalingskenmerk) has 16 digits, grouped or not: no count, amount or phone.
        return separator && digits >= 7 && id.charAt(0) != '0' || digits >= 14 && digits <= 18;
    }

    /** Six to twelve digits without separators: after a number word and its words, a serial number. */
    private static boolean isSerial(String id) {
        return id.length() >= 6 && id.length() <= 12 && id.chars().allMatch(Character::isDigit);
    }

    /** Two identifiers of one series: the same length within one, starting with the same kind of character. */
    private static boolean sameShape(String first, String next) {
        return Math.abs(first.length() - next.length()) <= 1
                && Character.isDigit(first.charAt(0)) == Character.isDigit(next.charAt(0));
    }

    private void licencePlates(String text, List<PiiSpan> found) {
        Matcher m = LICENCE_PLATE.matcher(text);
        while (m.find()) {
            if (sameCase(m.group(1))) {
                found.add(new PiiSpan(m.start(1), m.end(1), PiiType.LICENCE_PLATE));
            }
        }
        List<PiiSpan> strict = found.stream()
                .filter(span -> span.type() == PiiType.LICENCE_PLATE)
                .toList();
        Matcher loose = LOOSE_PLATE.matcher(text);
        // A match that is not a plate ("is JL 25" in "scooter is JL 25 27") is tried again one
        // character on, so it cannot hide the plate that starts inside it.
        int from = 0;
        while (from < text.length() && loose.find(from)) {
            from = loose.start(1) + 1;
            String plate = loose.group(1);
            // Spaces only in capitals ("KS 73 KS"): in lower case they would be words ("de 12 km").
            boolean spacedLower = plate.contains(" ") && !plate.equals(plate.toUpperCase(Locale.ROOT));
            // In a list with a plate written with its dashes: "boetes op 30-JP-XP en 51DXF4".
            boolean nearPlate = strict.stream()
                    .anyMatch(other -> Math.abs(other.start() - loose.end(1)) <= 40
                            || Math.abs(loose.start(1) - other.end()) <= 40);
            if (sameCase(plate) && !spacedLower && (nearVehicle(text, loose.start(1), loose.end(1)) || nearPlate)) {
                found.add(new PiiSpan(loose.start(1), loose.end(1), PiiType.LICENCE_PLATE));
                from = loose.end(1);
            }
        }
        compactPlates(text, found);
    }

    private static void compactPlates(String text, List<PiiSpan> found) {
        Matcher m = COMPACT_PLATE.matcher(text);
        while (m.find()) {
            boolean nearVehicle = VEHICLE_WORD
                            .matcher(text)
                            .region(Math.max(0, m.start(1) - 60), m.start(1))
                            .find()
                    || VEHICLE_WORD
                            .matcher(text)
                            .region(m.end(1), Math.min(text.length(), m.end(1) + 30))
                            .find();
            boolean place = PLACE_BEFORE
                            .matcher(text.substring(Math.max(0, m.start(1) - 6), m.start(1)))
                            .find()
                    || TOWN_AFTER.matcher(text).region(m.end(1), text.length()).lookingAt();
            if (m.group(1).charAt(0) == '0' && nearVehicle(text, m.start(1), m.end(1)) || nearVehicle && !place) {
                found.add(new PiiSpan(m.start(1), m.end(1), PiiType.LICENCE_PLATE));
            }
        }
    }

    /** Lower-case letters only when the whole plate is lower case (as typed in a hurry). */
    private static boolean sameCase(String plate) {
        return plate.equals(plate.toUpperCase(Locale.ROOT)) || plate.equals(plate.toLowerCase(Locale.ROOT));
    }

    /** A vehicle word within 60 characters before or 30 after: kenteken, auto, bus, scooter, RDW, APK, … */
    private static boolean nearVehicle(String text, int start, int end) {
        Matcher vehicle = VEHICLE.matcher(text);
        return vehicle.region(Math.max(0, start - 60), start).find()
                || vehicle.region(end, Math.min(text.length(), end + 30)).find();
    }

    /** A Dutch 0800 or 090x service number: an organisation's line, never a person's. */
    private static boolean isServiceNumber(PhoneNumberMatch match) {
        String national = String.valueOf(match.number().getNationalNumber());
        return match.number().getCountryCode() == 31 && national.matches("(?:800|90[069])\\d*");
    }

    /** Phone numbers as libphonenumber finds them (Dutch by default), written with 0, 00, + or a bracket. */
    private void phones(String text, List<PiiSpan> found) {
        for (PhoneNumberMatch match :
                phones.findNumbers(text, "NL", PhoneNumberUtil.Leniency.POSSIBLE, Long.MAX_VALUE)) {
            String raw = match.rawString();
            char first = raw.charAt(0);
            // Numbers from abroad may be in a range libphonenumber does not know yet; Dutch ones must be valid.
            boolean international = raw.startsWith("+") || raw.startsWith("(+") || raw.startsWith("00");
            boolean national = raw.startsWith("0") || raw.startsWith("(0");
            if ((international || national && phones.isValidNumber(match.number())) && !isServiceNumber(match)) {
                found.add(new PiiSpan(match.start(), match.end(), PiiType.PHONE));
            }
        }
    }
}
