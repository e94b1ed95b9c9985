package nl.keukentafel.redaction;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Names of people. Always: the names of everyone at the table and the facilitator, whole and in
 * parts. Further, from context: a name after a cue ({@code mevrouw Jansen}, {@code opa kees},
 * {@code fam. El Idrissi}), initials with a surname ({@code J. de Vries}), a first name from the
 * list with the surname that follows it, and a surname from the list. Names that are also ordinary
 * words ({@code roos, storm, hoop}) count only with support: a cue, a surname after them, or a
 * capital in the middle of a sentence. A word that no list and no Dutch dictionary knows counts where
 * only a person fits ({@code Mulugeta vraagt}, {@code met Nirmala Jagessar}); labels, greetings, sign-offs
 * and lists of names are cues too, and lower-case names count after them. Places, organisations,
 * schemes and idioms never count (docs/redaction.md).
 */
final class PersonFinder {

    /** A word; "'t" of "van 't Veer" and "'t Hart" is one word with its apostrophe (a tussenvoegsel). */
    private static final Pattern WORD =
            Pattern.compile("['’]t(?![\\p{L}\\p{M}])|\\p{L}[\\p{L}\\p{M}]*(?:['’-][\\p{L}\\p{M}]+)*");

    /** Words after which a name follows: titles, family, roles. */
    private static final Set<String> CUES = Set.of(
            "mevrouw",
            "meneer",
            "heer",
            "opa",
            "oma",
            "juf",
            "juffrouw",
            "meester",
            "familie",
            "buurman",
            "buurvrouw",
            "zoon",
            "zoontje",
            "dochter",
            "dochtertje",
            "broer",
            "broertje",
            "zus",
            "zusje",
            "zuster",
            "zwager",
            "schoonzus",
            "schoonmoeder",
            "schoonvader",
            "schoonzoon",
            "schoondochter",
            "tante",
            "oom",
            "neef",
            "neefje",
            "nicht",
            "nichtje",
            "collega",
            "vriend",
            "vriendin",
            "kleinzoon",
            "kleindochter",
            "ex",
            "partner",
            "man",
            "vrouw",
            "moeder",
            "vader",
            "mama",
            "papa",
            "cliënt",
            "client",
            "klant",
            "bewoner",
            "bewoonster",
            "huisarts",
            "consulent",
            "begeleider",
            "begeleidster",
            "wijkcoach",
            "hulpverlener",
            "schuldhulpverlener",
            "casemanager",
            "kind",
            "baby",
            "stiefvader",
            "stiefmoeder",
            "vriendje",
            "vriendinnetje",
            "echtgenoot",
            "echtgenote",
            "verloofde",
            "huisbaas",
            "verhuurder",
            "mentor",
            "coach",
            "gezin",
            "huurder",
            "huurster",
            "bewindvoerder",
            "gezinsvoogd",
            "cliënte",
            "aanvrager",
            "aanvraagster",
            "deelnemer",
            "deelneemster",
            "leerling",
            "docent",
            "wijkagent",
            "schuldenaar",
            "jongen",
            "meisje",
            "heet",
            "genaamd",
            "namens",
            "volgens",
            "zegt",
            "zei",
            "vertelt",
            "vertelde",
            "aldus",
            "belde",
            "vroeg",
            "vrijwilliger",
            "wijkverpleegkundige",
            "jeugdconsulent",
            "consulente",
            "betrokkene",
            "contactpersoon",
            "naam",
            "voornaam",
            "voornamen",
            "achternaam",
            "roepnaam",
            "familienaam",
            "geboortenaam",
            "meisjesnaam",
            "aanwezig",
            "eigenaar",
            "eigenares",
            "tenaamstelling",
            "contactgegevens",
            "ouder",
            "ouders",
            "kinderen",
            "groet",
            "groetjes",
            "gr",
            "mvg");

    /** Greetings that open a message and are followed by the addressee: "Hoi Sanne,", "hey ricky". */
    private static final Set<String> GREETINGS = Set.of("hoi", "hallo", "hey", "hee", "hi", "beste", "lieve", "dag");

    /** A word of plain letters without a vowel; letters with accents (Kılıç, Hồ) are left to the lists. */
    private static final Pattern NO_VOWEL = Pattern.compile("(?i)[b-df-hj-np-tv-xz]+");

    private static final Pattern LEADING_PARTICLE = Pattern.compile("^(?:van|de|den|der)\\s+(?=\\p{Lu})");
    private static final Pattern TITLE_BEFORE = Pattern.compile("(?i)(?<![\\p{L}])(?:mevrouw|meneer|heer|mw|mevr|mnr"
            + "|dhr|hr|fam|familie|mr|dr|drs|ir|ing|prof|juf|meester|dokter|dominee|zuster|broeder|buurman|buurvrouw"
            + "|wijlen|echtpaar|gezin)\\.?\\s*$");
    private static final Pattern NEUTER_BEFORE = Pattern.compile("(?i)(?<![\\p{L}])het\\s+(?:\\p{Lu}\\p{L}*\\.\\s+)?$");
    private static final String INSTITUTION = "ziekenhuis|gasthuis|huis|stichting|school|kliniek|centrum|college"
            + "|fonds|kerk|moskee|poli|polikliniek|apotheek|praktijk|instituut|academie|universiteit|museum|theater"
            + "|stadion|zaal|kinderziekenhuis";
    private static final Pattern INSTITUTION_AFTER = Pattern.compile("^[\\s-]+(?i:" + INSTITUTION + ")(?![\\p{L}])");
    private static final Pattern INSTITUTION_END =
            Pattern.compile("(?:\\p{Ll}(?:ziekenhuis|gasthuis|school|kliniek|poli)|-\\p{Ll}{3,})$");
    private static final Pattern ORGANISATION_BEFORE = Pattern.compile("(?i)(?<![\\p{L}])(?:\\p{L}*corporatie"
            + "|\\p{L}*verzekeraar|energieleverancier|leverancier|incassobureau|\\p{L}*bureau|bedrijf|firma|winkel"
            + "|organisatie|instantie|schuldeisers?|zorgaanbieder|aanbieder|webshop)\\s+$");
    private static final Pattern LANGUAGE_BEFORE =
            Pattern.compile("(?i)(?<![\\p{L}])(?:tolk|spreekt|spreken|taal|alleen)\\s+$");

    /** Abbreviated cues, written with a dot: the dot does not end the sentence. */
    private static final Set<String> ABBREVIATED_CUES =
            Set.of("mw", "mevr", "mnr", "dhr", "hr", "fam", "mr", "dr", "drs", "ir", "ing", "prof");

    /** Abbreviated cues that are cues without their dot too ({@code dhr Verschuren}). */
    private static final Set<String> UNDOTTED_CUES = Set.of("mw", "mevr", "mnr", "dhr", "fam");

    /** Phrases after which a name follows: "t.n.v. A. Boukhari", "op naam van Dilan", "mijn naam is …". */
    private static final Pattern NAME_FOLLOWS = Pattern.compile(
            "(?i)(t\\.\\s?n\\.\\s?v\\.?|op naam van|mijn naam is|naam is|(?<![\\p{L}])ben|ik heet)\\s+$");

    /** Words before an ordinary word that make it a word, not a name: "een roos", "de storm". */
    private static final Set<String> ARTICLES = Set.of(
            "de", "het", "een", "die", "dat", "deze", "dit", "geen", "mijn", "je", "zijn", "haar", "onze", "ons", "hun",
            "uw", "veel", "weinig", "wat", "elke", "ieder", "iedere", "welke");

    /** Tussenvoegsels that are also prepositions: after a cue they start a place, not a surname. */
    private static final Set<String> PREPOSITIONS = Set.of("in", "op", "onder", "te", "het", "'t");

    /** Capitalised words that start a sentence or an organisation's name, never a person's. */
    private static final Set<String> NOT_A_FIRST_WORD = Set.of(
            "de",
            "het",
            "een",
            "in",
            "op",
            "bij",
            "met",
            "van",
            "voor",
            "na",
            "als",
            "dan",
            "maar",
            "en",
            "of",
            "ook",
            "toen",
            "wij",
            "ik",
            "zij",
            "hij",
            "ze",
            "we",
            "je",
            "u",
            "mijn",
            "onze",
            "deze",
            "die",
            "dit",
            "dat",
            "er",
            "hier",
            "daar",
            "wat",
            "wie",
            "waar",
            "hoe",
            "wel",
            "niet",
            "geen",
            "elke",
            "alle",
            "veel",
            "sinds",
            "tot",
            "om",
            "door",
            "over",
            "onder",
            "tijdens",
            "vanaf",
            "gisteren",
            "vandaag",
            "morgen",
            "vorige",
            "volgende",
            "nieuwe",
            "oude",
            "grote",
            "kleine",
            "beste",
            "lieve",
            "dag",
            "bericht",
            "gesprek",
            "stichting",
            "gemeente",
            "wijkteam",
            "sociaal",
            "team",
            "bureau",
            "centrum",
            "huis",
            "bank",
            "kredietbank",
            "stadsbank",
            "wonen",
            "kruis",
            "zorg",
            "thuiszorg",
            "welzijn",
            "werk",
            "leger",
            "buurthuis",
            "raad",
            "rechtbank",
            "vereniging",
            "fonds",
            "dienst",
            "school",
            "college",
            "hogeschool",
            "universiteit",
            "ziekenhuis",
            "kliniek",
            "apotheek",
            "energie",
            "groep",
            "advies",
            "juridisch",
            "loket",
            "punt",
            "kerk",
            "moskee",
            "project",
            "programma",
            "platform",
            "netwerk",
            "rekening",
            "betalingsregeling",
            "intake",
            "iban",
            "bsn",
            "kind",
            "kinderen",
            "cliënt",
            "client",
            "huurder",
            "naam",
            "adres",
            "telefoon",
            "mail",
            "volgens",
            "omdat",
            "want",
            "nadat",
            "voordat",
            "terwijl",
            "zodat",
            "daarna",
            "eerst",
            "later",
            "nu",
            "soms",
            "vaak",
            "altijd",
            "nooit",
            "misschien",
            "helaas",
            "gelukkig",
            "samen",
            "bovendien",
            "verder",
            "tenslotte",
            "vroeger",
            "laatst",
            "gisteravond",
            "vanmorgen",
            "vanochtend",
            "vanavond",
            "afgelopen",
            "zonder",
            "tegen",
            "namens",
            "dankzij",
            "ondanks",
            "behalve",
            "zelfs",
            "alleen",
            "iedereen",
            "niemand");

    /** Words after which two capitalised words are a person: "met Oksana Kovalenko", "van Martinus Loohuis". */
    private static final Set<String> INTRODUCES = Set.of("met", "van", "voor", "door", "attentie", "namens", "aan");

    /** Verbs that follow a person who opens a sentence: "Vasyl Melnyk woont …", "Thanh Nguyen heeft …". */
    private static final Set<String> PERSON_VERBS = Set.of(
            "woont",
            "heeft",
            "is",
            "was",
            "had",
            "stuurt",
            "stuurde",
            "betaalt",
            "betaalde",
            "zegt",
            "zei",
            "wil",
            "wilde",
            "kan",
            "kon",
            "krijgt",
            "kreeg",
            "vraagt",
            "vroeg",
            "komt",
            "kwam",
            "gaat",
            "ging",
            "werkt",
            "werkte",
            "belt",
            "belde",
            "moet",
            "moest",
            "zoekt",
            "zocht",
            "meldt",
            "meldde",
            "vertelt",
            "vertelde",
            "mailt",
            "mailde",
            "appt",
            "appte",
            "heet",
            "verloor",
            "verliest",
            "ontving",
            "ontvangt",
            "staat",
            "stond",
            "zit",
            "zat",
            "loopt",
            "liep",
            "leeft",
            "blijft",
            "bleef",
            "wacht",
            "wachtte",
            "volgt",
            "spreekt",
            "tolkt",
            "doet",
            "helpt",
            "regelt",
            "verhuist",
            "here",
            "says",
            "lives");

    /** Verbs that only a person does, which make a first name that is also a word a name: "Noor wil". */
    private static final Set<String> HUMAN_VERBS = Set.of(
            "woont",
            "heeft",
            "had",
            "wil",
            "wilde",
            "zegt",
            "zei",
            "vraagt",
            "vroeg",
            "belt",
            "belde",
            "mailt",
            "mailde",
            "appt",
            "appte",
            "vertelt",
            "vertelde",
            "werkt",
            "werkte",
            "zoekt",
            "meldt",
            "meldde",
            "krijgt",
            "kreeg",
            "volgt",
            "spreekt",
            "tolkt");

    /** "Rik en ik", "Roos en haar vriend": a partner or the writer after "en". */
    private static final Set<String> PARTNER_AFTER_EN = Set.of("ik", "haar", "zijn", "hij", "zij", "mijn");

    /** Cues that are verbs or prepositions: after them a lower-case word is a word, not a name. */
    private static final Set<String> VERB_CUES = Set.of(
            "heet", "genaamd", "namens", "volgens", "zegt", "zei", "vertelt", "vertelde", "aldus", "belde", "vroeg");

    /** Words before a lower-case name that is also a word: "met bas van het wijkteam". */
    private static final Set<String> LOWER_CASE_SUPPORT = Set.of("met", "tegen", "aan", "naast", "voor", "bij");

    /** "Rosa van hiernaast", "Jan van boven": where a neighbour lives. */
    private static final Set<String> NEIGHBOURS =
            Set.of("hiernaast", "boven", "beneden", "hierboven", "hieronder", "tegenover", "hiertegenover");

    /** Words that follow a person who opens a sentence: "Tadesse uit Ethiopië", "Rudsel zijn moeder". */
    private static final Set<String> AFTER_A_PERSON = Set.of("uit", "zijn", "haar", "en", "van", "wordt", "werd");

    /** Words after which a capitalised word is a place or a thing: "in Kharkiv", "naar Tigray". */
    private static final Set<String> PLACE_WORDS = Set.of(
            "in",
            "uit",
            "naar",
            "te",
            "bij",
            "via",
            "richting",
            "nabij",
            "rond",
            "regio",
            "provincie",
            "gemeente",
            "wijk",
            "buurt",
            "stad",
            "dorp",
            "land",
            "vanuit",
            "tot",
            "op",
            "the",
            "of",
            "des",
            "der",
            "den");

    /** Words after which a name is an organisation's, not a person's: "Stichting Anton Constandse". */
    private static final Set<String> FOUNDATIONS = Set.of("stichting", "fonds", "vereniging", "prijs", "school");

    /** Endings of street names: a capitalised word with one is a street, not a surname. */
    private static final Pattern STREET_LIKE =
            Pattern.compile("(?i).*(straat|laan|weg|plein|kade|singel|gracht|markt)$");

    private record Token(String word, int start, int end, boolean capital, boolean sentenceStart) {}

    private final NameLists names;

    /** The names last asked for and their pattern; replaced whole, so threads never see half of it. */
    private record KnownNames(List<String> names, Pattern pattern) {}

    private volatile @Nullable KnownNames lastKnownNames;

    PersonFinder(NameLists names) {
        this.names = names;
    }

    void find(String text, Collection<String> knownNames, List<PiiSpan> found) {
        known(text, knownNames, found);
        int first = found.size();
        List<Token> tokens = tokenize(text);
        int i = 0;
        while (i < tokens.size()) {
            int next = nameAt(text, tokens, i, found);
            while (next > i && next < tokens.size()) {
                // A list of people: "Ruslan en Halyna Shevchenko", "Jayden en Shanaiah", "Ans, Piet".
                int more = nextInList(text, tokens, next, found);
                if (more <= next) {
                    break;
                }
                next = more;
            }
            i = Math.max(next, i + 1);
        }
        for (int k = found.size() - 1; k >= first; k--) {
            PiiSpan span = refine(text, found.get(k));
            if (span == null) {
                found.remove(k);
            } else {
                found.set(k, span);
            }
        }
    }

    /**
     * Second thoughts on a name found: a lower-case "van" or "de" before it is the sentence's
     * ("moeder van Abdi", "groetjes van Wim") unless a title precedes it ("mw. van Dijk"); a name
     * with "het" before it, an institution word after it or a lower-case compound part is a
     * building, organisation or product ("het Jeroen Bosch Ziekenhuis", "Max Havelaar-koffie"); a
     * name right after an organisation's kind or a language cue is that organisation or language
     * ("zorgverzekeraar Menzis", "tolk Tigrinya").
     */
    private @Nullable PiiSpan refine(String text, PiiSpan span) {
        int start = span.start();
        String name = text.substring(start, span.end());
        String before = text.substring(Math.max(0, start - 30), start);
        Matcher lead = LEADING_PARTICLE.matcher(name);
        if (lead.find() && !TITLE_BEFORE.matcher(before).find()) {
            start += lead.end();
            name = name.substring(lead.end());
            String bare = NameLists.lower(name.replaceAll("\\.$", ""));
            if (ABBREVIATED_CUES.contains(bare) || CUES.contains(bare)) {
                return null;
            }
        }
        String after = text.substring(span.end(), Math.min(text.length(), span.end() + 20));
        boolean institution = INSTITUTION_AFTER.matcher(after).find()
                || INSTITUTION_END.matcher(name).find();
        int of = name.indexOf(" van de");
        if (institution && of > 0) {
            // "Mihaela van de Roemeense kerk": the person is the one before "van de".
            return new PiiSpan(start, start + of, PiiType.PERSON);
        }
        if (NEUTER_BEFORE.matcher(before).find()
                || institution
                || ORGANISATION_BEFORE.matcher(before).find()
                || LANGUAGE_BEFORE.matcher(before).find() && !names.isFirstName(name) && !name.contains(" ")) {
            return null;
        }
        return start == span.start() ? span : new PiiSpan(start, span.end(), PiiType.PERSON);
    }

    /**
     * After a name ending before token j: "en" or a comma and a capitalised word that looks like a
     * name (a listed first name or surname that is not also a word, or a word no list knows).
     */
    private int nextInList(String text, List<Token> tokens, int j, List<PiiSpan> found) {
        int candidate;
        String gap = text.substring(tokens.get(j - 1).end(), tokens.get(j).start());
        if (NameLists.lower(tokens.get(j).word()).equals("en") && adjacent(text, tokens, j - 1, j, false)) {
            candidate = j + 1;
            if (candidate >= tokens.size() || !adjacent(text, tokens, j, candidate, false)) {
                return j;
            }
        } else if (gap.equals(", ")) {
            candidate = j;
        } else {
            return j;
        }
        Token token = tokens.get(candidate);
        if (!token.capital() || isAcronym(token.word()) || !names.isNameLike(token.word())) {
            return j;
        }
        int end = extend(text, tokens, candidate);
        add(found, token.start(), tokens.get(end - 1).end());
        return end;
    }

    /** Looks for a name starting at token i; adds it and returns the index after it, or i when none. */
    private int nameAt(String text, List<Token> tokens, int i, List<PiiSpan> found) {
        Token token = tokens.get(i);
        String lower = NameLists.lower(token.word());
        if (isInitial(text, token)) {
            return initials(text, tokens, i, found);
        }
        if ((token.capital() || names.isFirstName(token.word()) || names.isNameLike(token.word()))
                && !isAbbreviation(text, token)
                && !names.isNotAName(token.word())
                && !names.isTussenvoegsel(token.word())
                && !afterFoundation(tokens, i)
                && NAME_FOLLOWS
                        .matcher(text.substring(Math.max(0, token.start() - 20), token.start()))
                        .find()) {
            int end = token.capital() ? extend(text, tokens, i) : extendLowerCase(text, tokens, i);
            add(found, token.start(), tokens.get(end - 1).end());
            return end;
        }
        boolean cue = CUES.contains(lower)
                || (ABBREVIATED_CUES.contains(lower) && followedByDot(text, token))
                || UNDOTTED_CUES.contains(lower);
        if (lower.equals("heer")
                && (i == 0 || !NameLists.lower(tokens.get(i - 1).word()).equals("de"))) {
            cue = false;
        }
        cue = cue || GREETINGS.contains(lower) && token.sentenceStart();
        boolean colon = cue && i + 1 < tokens.size() && afterColon(text, tokens, i, i + 1);
        if (cue
                && i + 1 < tokens.size()
                && (colon || adjacent(text, tokens, i, i + 1, ABBREVIATED_CUES.contains(lower)))) {
            int start = i + 1;
            Token candidate = tokens.get(start);
            String candidateLower = NameLists.lower(candidate.word());
            // A title after a cue is a cue itself: "bewindvoerder Mr. Koster", "buurman dhr Haddad".
            boolean nameLike = !names.isNotAName(candidate.word())
                    && !ABBREVIATED_CUES.contains(candidateLower)
                    && !isAcronym(candidate.word())
                    && !isAbbreviation(text, candidate)
                    && !PREPOSITIONS.contains(candidateLower)
                    && (names.isTussenvoegsel(candidate.word()) || !NOT_A_FIRST_WORD.contains(candidateLower))
                    && (!colon || !names.isDutchWord(candidate.word()) || names.isFirstName(candidate.word()))
                    && (candidate.capital() && !names.isTussenvoegsel(candidate.word())
                            || names.countsInLowerCase(candidate.word())
                            || !candidate.capital() && names.isNameLike(candidate.word())
                            || !candidate.capital()
                                    && !VERB_CUES.contains(lower)
                                    && names.isCommonWordName(candidate.word())
                            || surname(text, tokens, start, true) > start);
            if (isInitial(text, candidate)) {
                return initials(text, tokens, start, found);
            }
            if (nameLike) {
                int end = names.isTussenvoegsel(candidate.word())
                        ? surname(text, tokens, start, true)
                        : candidate.capital() ? extend(text, tokens, start) : extendLowerCase(text, tokens, start);
                add(found, candidate.start(), tokens.get(end - 1).end());
                return end;
            }
        }
        if (isAcronym(token.word())) {
            return i;
        }
        if (afterFoundation(tokens, i)) {
            return i;
        }
        if (names.isFirstName(token.word())
                && !names.isNotAName(token.word())
                && !isIdiom(text, tokens, i)
                && !startsAStreetName(text, tokens, i)) {
            int end = extend(text, tokens, i);
            boolean withSurname = end > i + 1;
            // A name that is also a word needs support; any other first name counts with a capital,
            // and a common one also without.
            boolean accepted = names.isAmbiguous(token.word())
                    ? token.capital()
                            && (withSurname
                                    || !token.sentenceStart() && !afterArticle(tokens, i)
                                    || introducesAPerson(text, tokens, i))
                    : token.capital() || names.countsInLowerCase(token.word());
            // "met bas van het wijkteam": a lower-case name that is also a word, with support.
            accepted = accepted
                    || !token.capital()
                            && names.isCommonWordName(token.word())
                            && i > 0
                            && LOWER_CASE_SUPPORT.contains(
                                    NameLists.lower(tokens.get(i - 1).word()))
                            && introducesAPerson(text, tokens, i);
            if (!token.capital() && accepted) {
                end = extendLowerCase(text, tokens, i);
            }
            if (accepted) {
                add(found, token.start(), tokens.get(end - 1).end());
                return end;
            }
            int signed = signedHere(text, tokens, i);
            if (signed > i) {
                add(found, token.start(), tokens.get(signed - 1).end());
                return signed;
            }
            return i;
        }
        if (token.capital() && names.isTussenvoegsel(token.word())) {
            int end = surname(text, tokens, i, false);
            if (end > i + 1 && names.isSurname(tokens.get(end - 1).word())) {
                add(found, token.start(), tokens.get(end - 1).end());
                return end;
            }
        }
        if (token.capital()
                && names.isSurname(token.word())
                && !names.isAmbiguous(token.word())
                && !names.isNotAName(token.word())) {
            int end = extend(text, tokens, i);
            add(found, token.start(), tokens.get(end - 1).end());
            return end;
        }
        int possessive = possessive(tokens, i, found);
        if (possessive > i) {
            return possessive;
        }
        int pair = twoCapitalisedWords(text, tokens, i, found);
        if (pair > i) {
            return pair;
        }
        int signed = signedHere(text, tokens, i);
        if (signed > i) {
            add(found, token.start(), tokens.get(signed - 1).end());
            return signed;
        }
        return unknownWordAsPerson(text, tokens, i, found);
    }

    /**
     * A capitalised word that no list and no dictionary knows, where only a person fits: opening a
     * sentence before a verb, "uit", "zijn", "en" or a bracket ("Osagie heeft", "Tadesse uit
     * Ethiopië", "Abdirahman (17) woont"), or in the middle of a sentence, not after a place word.
     */
    private int unknownWordAsPerson(String text, List<Token> tokens, int i, List<PiiSpan> found) {
        Token token = tokens.get(i);
        if (!token.capital()
                || token.word().length() < 4
                || isAcronym(token.word())
                || !names.isUnknownWord(token.word())
                || afterFoundation(tokens, i)
                || afterArticle(tokens, i)
                || i > 0
                        && PLACE_WORDS.contains(
                                NameLists.lower(tokens.get(i - 1).word()))) {
            return i;
        }
        boolean person;
        // The first word of the note counts as a sentence start also when only punctuation or a
        // number comes before it ("2025-5131415 | Jurick Rosalia | …").
        if (token.sentenceStart() || i == 0) {
            String after = text.substring(token.end(), Math.min(text.length(), token.end() + 2));
            person = after.startsWith(" (")
                    || extend(text, tokens, i) > i + 1
                    || i + 1 < tokens.size()
                            && adjacent(text, tokens, i, i + 1, false)
                            && (PERSON_VERBS.contains(tokens.get(i + 1).word())
                                    || AFTER_A_PERSON.contains(tokens.get(i + 1).word()));
        } else {
            Token before = tokens.get(i - 1);
            person = !text.startsWith("-", token.end())
                    && (!before.capital() || before.sentenceStart() && names.isDutchWord(before.word()));
        }
        if (!person) {
            return i;
        }
        int end = extend(text, tokens, i);
        add(found, token.start(), tokens.get(end - 1).end());
        return end;
    }

    /** "ricky hier", "fatima el amrani hier": a message signed at its start. */
    private int signedHere(String text, List<Token> tokens, int i) {
        Token token = tokens.get(i);
        if (!token.sentenceStart() || !names.isNameLike(token.word())) {
            return i;
        }
        int end = token.capital() ? extend(text, tokens, i) : extendLowerCase(text, tokens, i);
        return end < tokens.size()
                        && adjacent(text, tokens, end - 1, end, false)
                        && NameLists.lower(tokens.get(end).word()).equals("hier")
                ? end
                : i;
    }

    /** "Ahmeds fiets": a first name with the possessive s written without an apostrophe. */
    private int possessive(List<Token> tokens, int i, List<PiiSpan> found) {
        Token token = tokens.get(i);
        String word = token.word();
        if (!token.capital() || word.length() < 4 || !word.endsWith("s")) {
            return i;
        }
        String name = word.substring(0, word.length() - 1);
        if (!names.isFirstName(name)
                || names.isAmbiguous(name)
                || names.isNotAName(name)
                || names.isDutchWord(word)
                || names.isPlace(word)) {
            return i;
        }
        add(found, token.start(), token.end());
        return i + 1;
    }

    /**
     * Lower-case words after a lower-case name that look like names too: "ana paula", "oksana
     * kovalenko", "fatima el amrani". A tussenvoegsel counts only with such a word after it.
     */
    private int extendLowerCase(String text, List<Token> tokens, int i) {
        int end = i + 1;
        int j = i + 1;
        while (j < tokens.size() && j - i <= 3 && adjacent(text, tokens, j - 1, j, false)) {
            Token t = tokens.get(j);
            if (t.capital()) {
                break;
            }
            if (names.isTussenvoegsel(t.word())) {
                j++;
                continue;
            }
            if (!names.isNameLike(t.word())) {
                break;
            }
            j++;
            end = j;
        }
        return end;
    }

    /** A short lower-case word with a dot: an abbreviation ("geb.", "drs."), not a name. */
    private static boolean isAbbreviation(String text, Token token) {
        return !token.capital() && token.word().length() <= 4 && followedByDot(text, token);
    }

    /** Whether token b follows token a after a colon: "Aanvrager: Oleksandra Melnyk". */
    private static boolean afterColon(String text, List<Token> tokens, int a, int b) {
        String gap = text.substring(tokens.get(a).end(), tokens.get(b).start());
        return gap.equals(": ") || gap.equals(":");
    }

    /**
     * Two capitalised words side by side that no list knows: in Dutch only names are capitalised in
     * the middle of a sentence ("ik sprak Priya Ramdin"), and a sentence that starts with two of them
     * starts with a name ("Kwame Asante wil …"), unless they are an organisation, a place or a street.
     */
    private int twoCapitalisedWords(String text, List<Token> tokens, int i, List<PiiSpan> found) {
        if (i + 1 >= tokens.size() || !adjacent(text, tokens, i, i + 1, false)) {
            return i;
        }
        Token first = tokens.get(i);
        Token second = tokens.get(i + 1);
        boolean candidates =
                first.capital() && second.capital() && !isAcronym(first.word()) && !isAcronym(second.word());
        if (!candidates || isIdiom(text, tokens, i)) {
            return i;
        }
        for (Token t : List.of(first, second)) {
            String lower = NameLists.lower(t.word());
            if (names.isNotAName(t.word())
                    || names.isPlace(t.word())
                    || names.isTussenvoegsel(t.word())
                    || NOT_A_FIRST_WORD.contains(lower)
                    || STREET_LIKE.matcher(t.word()).matches()
                    || names.isAmbiguous(t.word()) && t == first) {
                return i;
            }
        }
        if (afterArticle(tokens, i)
                || i > 0
                        && PREPOSITIONS.contains(
                                NameLists.lower(tokens.get(i - 1).word()))) {
            return i;
        }
        // Organisations, schemes and products are capitalised pairs too: one of the two must be a
        // known first name or surname. "Bel Anna": a sentence's first word before a first name is a verb.
        boolean known = names.isFirstName(first.word())
                || names.isAnySurname(second.word())
                || names.isAnySurname(first.word())
                || names.isUnknownWord(first.word()) && !names.isDutchWord(second.word())
                || i > 0
                        && INTRODUCES.contains(NameLists.lower(tokens.get(i - 1).word()))
                || first.sentenceStart() && followedByAVerb(text, tokens, i + 1);
        if (!known || first.sentenceStart() && names.isFirstName(second.word()) && !names.isFirstName(first.word())) {
            return i;
        }
        add(found, first.start(), second.end());
        return i + 2;
    }

    /** "Gerrit Verboonstraat": a first name that is part of a street's name. */
    private static boolean startsAStreetName(String text, List<Token> tokens, int i) {
        return i + 1 < tokens.size()
                && adjacent(text, tokens, i, i + 1, false)
                && STREET_LIKE.matcher(tokens.get(i + 1).word()).matches();
    }

    private static boolean followedByAVerb(String text, List<Token> tokens, int last) {
        return last + 1 < tokens.size()
                && adjacent(text, tokens, last, last + 1, false)
                && PERSON_VERBS.contains(tokens.get(last + 1).word());
    }

    /** Whether the word at i follows "Stichting" (with a title or initials in between). */
    private static boolean afterFoundation(List<Token> tokens, int i) {
        for (int back = i - 1; back >= Math.max(0, i - 3); back--) {
            String word = NameLists.lower(tokens.get(back).word());
            if (FOUNDATIONS.contains(word)) {
                return true;
            }
            if (!(word.length() <= 2 || tokens.get(back).capital())) {
                return false;
            }
        }
        return false;
    }

    /**
     * An acronym or a word written like one, which no name is: all capitals (GGD), no vowel (Wsnp),
     * or a capital at the end after small letters (DigiD).
     */
    private static boolean isAcronym(String word) {
        if (word.length() > 1 && word.chars().allMatch(c -> !Character.isLetter(c) || Character.isUpperCase(c))) {
            return true;
        }
        boolean noVowel = word.length() >= 3 && NO_VOWEL.matcher(word).matches();
        boolean capitalLast = word.length() >= 3
                && Character.isUpperCase(word.charAt(word.length() - 1))
                && Character.isLowerCase(word.charAt(word.length() - 2));
        return noVowel || capitalLast;
    }

    /** Initials from token i with the surname after them: "J. de Vries", "A.M. Soekhlal". */
    private int initials(String text, List<Token> tokens, int i, List<PiiSpan> found) {
        int j = i + 1;
        while (j < tokens.size() && isInitial(text, tokens.get(j)) && adjacent(text, tokens, j - 1, j, true)) {
            j++;
        }
        int end = j < tokens.size() && adjacent(text, tokens, j - 1, j, true) ? surname(text, tokens, j, true) : j;
        if (end > j) {
            add(found, tokens.get(i).start(), tokens.get(end - 1).end());
            return end;
        }
        return i;
    }

    /**
     * Whether what follows a capitalised word that is also a name makes it a person: "Roos van de
     * GGD", "Storm (mijn kleinzoon)", "Noor en Daan".
     */
    private boolean introducesAPerson(String text, List<Token> tokens, int i) {
        Token token = tokens.get(i);
        String after = text.substring(token.end(), Math.min(text.length(), token.end() + 30));
        if (after.matches("(?s)^ \\((mijn|haar|zijn|onze) .*")) {
            return true;
        }
        if (i + 2 < tokens.size() && adjacent(text, tokens, i, i + 1, false)) {
            String next = NameLists.lower(tokens.get(i + 1).word());
            Token third = tokens.get(i + 2);
            if (next.equals("van")
                    && (third.capital()
                            || ARTICLES.contains(NameLists.lower(third.word()))
                            || NEIGHBOURS.contains(NameLists.lower(third.word())))) {
                return true;
            }
            if (next.equals("en")
                    && PARTNER_AFTER_EN.contains(NameLists.lower(third.word()))
                    && token.sentenceStart()) {
                return true;
            }
            if (next.equals("en") && third.capital() && names.isFirstName(third.word())) {
                return true;
            }
        }
        // "Klaas heeft weer gedronken", "Noor wil weten": a verb only a person does, right after it.
        return i + 1 < tokens.size()
                && adjacent(text, tokens, i, i + 1, false)
                && HUMAN_VERBS.contains(tokens.get(i + 1).word());
    }

    /** The first name at i and the surname that follows it (tussenvoegsels and capitalised words). */
    private int extend(String text, List<Token> tokens, int i) {
        int end = i + 1;
        int after = surname(text, tokens, end, false);
        return after > end && adjacent(text, tokens, i, end, false) ? after : end;
    }

    /**
     * A surname from token j: tussenvoegsels followed by one or two capitalised words that are not
     * places or organisations. Returns the index after it, or j when there is none.
     */
    private int surname(String text, List<Token> tokens, int j, boolean afterCue) {
        int k = j;
        while (k < tokens.size()
                && names.isTussenvoegsel(tokens.get(k).word())
                && k - j < 3
                && !(k == j
                        && PREPOSITIONS.contains(NameLists.lower(tokens.get(k).word())))
                && (k == j || adjacent(text, tokens, k - 1, k, false))) {
            k++;
        }
        int end = k;
        while (end < tokens.size() && end - k < 3) {
            Token t = tokens.get(end);
            boolean joined = end == j || adjacent(text, tokens, end - 1, end, false);
            boolean surnameLike = t.capital()
                    && (afterCue || !t.sentenceStart())
                    && !names.isNotAName(t.word())
                    && !names.isTussenvoegsel(t.word())
                    && !isAcronym(t.word())
                    && !STREET_LIKE.matcher(t.word()).matches()
                    && !NOT_A_FIRST_WORD.contains(NameLists.lower(t.word()));
            if (!joined || !surnameLike) {
                break;
            }
            end++;
        }
        return end > k ? end : j;
    }

    private boolean isIdiom(String text, List<Token> tokens, int i) {
        for (int length = 4; length >= 2; length--) {
            if (i + length > tokens.size()) {
                continue;
            }
            String phrase = NameLists.lower(text.substring(
                    tokens.get(i).start(), tokens.get(i + length - 1).end()));
            if (names.isNotAName(phrase.replaceAll("\\s+", " "))) {
                return true;
            }
        }
        return false;
    }

    private static boolean afterArticle(List<Token> tokens, int i) {
        return i > 0 && ARTICLES.contains(NameLists.lower(tokens.get(i - 1).word()));
    }

    private static boolean isInitial(String text, Token token) {
        return token.word().length() == 1 && token.capital() && followedByDot(text, token);
    }

    private static boolean followedByDot(String text, Token token) {
        return token.end() < text.length() && text.charAt(token.end()) == '.';
    }

    /** Whether two tokens are next to each other: only spaces (and a dot after an abbreviation) between them. */
    private static boolean adjacent(String text, List<Token> tokens, int a, int b, boolean dotAllowed) {
        String gap = text.substring(tokens.get(a).end(), tokens.get(b).start());
        if (dotAllowed && gap.startsWith(".")) {
            gap = gap.substring(1);
        }
        if (dotAllowed && gap.isEmpty()) {
            return true;
        }
        return !gap.isEmpty() && gap.isBlank() && gap.indexOf('\n') < 0 || gap.equals("-");
    }

    /** The names of the people at this table, whole and in parts of at least two letters. */
    void known(String text, Collection<String> knownNames, List<PiiSpan> found) {
        if (knownNames.isEmpty()) {
            return;
        }
        Matcher m = knownNamesPattern(List.copyOf(knownNames)).matcher(text);
        while (m.find()) {
            add(found, m.start(), m.end());
        }
    }

    /**
     * The pattern for a board's names, compiled once for all its notes: the release gate and the
     * command ask for the same names note after note (one entry is enough for that).
     */
    private Pattern knownNamesPattern(List<String> knownNames) {
        KnownNames cached = lastKnownNames;
        if (cached != null && cached.names().equals(knownNames)) {
            return cached.pattern();
        }
        List<String> parts = new ArrayList<>();
        for (String name : knownNames) {
            String clean = name.replaceAll("\\(.*?\\)", " ").strip();
            if (clean.isEmpty()) {
                continue;
            }
            parts.add(clean);
            for (String part : clean.split("[\\s-]+")) {
                if (part.length() >= 2
                        && !names.isTussenvoegsel(part)
                        && part.chars().allMatch(Character::isLetter)) {
                    parts.add(part);
                }
            }
        }
        parts.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder alternatives = new StringBuilder();
        for (String part : parts) {
            alternatives.append(alternatives.isEmpty() ? "" : "|").append(Pattern.quote(part));
        }
        // No part at all (only "(demo)"): a pattern that never matches.
        Pattern pattern = parts.isEmpty()
                ? Pattern.compile("(?!)")
                : Pattern.compile(
                        "(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        lastKnownNames = new KnownNames(knownNames, pattern);
        return pattern;
    }

    private static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            int end = m.end();
            String word = m.group();
            if (word.length() > 2 && (word.endsWith("'s") || word.endsWith("’s"))) {
                end -= 2;
                word = word.substring(0, word.length() - 2);
            }
            boolean capital = Character.isUpperCase(word.charAt(0));
            tokens.add(new Token(word, m.start(), end, capital, sentenceStart(text, m.start())));
        }
        return tokens;
    }

    private static boolean sentenceStart(String text, int at) {
        int i = at - 1;
        while (i >= 0
                && (text.charAt(i) == ' '
                        || text.charAt(i) == '"'
                        || text.charAt(i) == '“'
                        || text.charAt(i) == '\''
                        || text.charAt(i) == '(')) {
            i--;
        }
        return i < 0 || ".!?\n:;-–•".indexOf(text.charAt(i)) >= 0;
    }

    private static void add(List<PiiSpan> found, int start, int end) {
        found.add(new PiiSpan(start, end, PiiType.PERSON));
    }
}
