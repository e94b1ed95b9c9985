package nl.keukentafel.bench.review;

import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Synthetic Dutch notes for the review-area benchmark: sentences about one topic (eviction, debts,
 * kostendelersnorm, Wmo, huurtoeslag, jeugdzorg, mantelzorg, loneliness …) in the voice of a board
 * category, with slots filled from small word lists, so that 200,000 notes are varied enough for a
 * realistic text-search index. A few notes carry fictional names, phone numbers, e-mail addresses
 * or street addresses, so the release gate's redaction has work to do. All names are invented.
 */
final class DutchNotes {

    /** A topic; conversations mostly talk about their theme's topic, sometimes about others. */
    enum Topic {
        EVICTION,
        DEBTS,
        KOSTENDELERSNORM,
        WMO,
        HUURTOESLAG,
        JEUGDZORG,
        MANTELZORG,
        LONELINESS,
        GENERATIONS,
        MEETING
    }

    static final List<String> CATEGORIES = List.of("experience", "policy-effect", "questions", "ideas", "agreements");

    static final List<String> FIRST_NAMES = List.of(
            "Fatima", "Mohamed", "Ingrid", "Kees", "Ayşe", "Johan", "Priya", "Sanne", "Dewi", "Ahmed", "Marieke",
            "Youssef", "Henk", "Latifa", "Gerda", "Rachid", "Wilma", "Bram", "Naima", "Ton", "Esther", "Mustafa",
            "Anja", "Kofi", "Loes", "Hatice", "Piet", "Samira", "Ria", "Dennis", "Soraya", "Jeroen", "Nadia", "Gijs");

    static final List<String> LAST_NAMES = List.of(
            "de Vries", "Jansen", "Bakker", "El Amrani", "Visser", "Yilmaz", "van Dijk", "Smit", "Mulder", "Bouzid",
            "de Boer", "Kaya", "van der Linden", "Hoekstra", "Pinas", "Brouwer", "Ouali", "Vermeulen", "Kramer");

    private static final List<String> STREETS = List.of(
            "Mathenesserdijk", "Schiedamseweg", "Nieuwe Binnenweg", "Groenelaan", "Hoogstraat", "Westlandseweg",
            "Dordtsestraatweg", "Pretorialaan", "Randweg", "Beijerlandselaan", "Vlaardingerdijk", "Broersvest");

    private static final List<String> WHO = List.of(
            "mijn buurvrouw", "mijn moeder", "mijn zoon", "mijn dochter", "een vriendin van mij", "mijn broer",
            "de man van hiernaast", "een jonge moeder uit de straat", "mijn vader", "een alleenstaande vader",
            "een gezin op de derde verdieping", "mijn oom", "een oudere buurman", "een collega");

    private static final List<String> AGENCY = List.of(
            "de gemeente", "het wijkteam", "de woningcorporatie", "de Belastingdienst", "het UWV", "de GGD",
            "de bewindvoerder", "de huisarts", "het sociaal raadsliedenwerk", "de schuldhulpverlening",
            "het jongerenloket", "de wijkagent", "de school", "het buurthuis", "Vraagwijzer");

    private static final List<String> FEELING = List.of(
            "machteloos", "boos", "moe", "bang", "beschaamd", "opgelucht", "in de steek gelaten", "niet gehoord",
            "eenzaam", "gespannen", "verdrietig", "wantrouwig");

    private static final List<String> PERIOD = List.of(
            "drie weken", "twee maanden", "een half jaar", "ruim een jaar", "vier maanden", "zes weken", "anderhalf jaar",
            "acht maanden", "tien dagen");

    private static final List<String> AMOUNT = List.of(
            "300", "450", "800", "1.200", "1.750", "2.400", "3.100", "5.000", "7.500", "12.000", "650", "950");

    private static final Map<Topic, List<String>> EXPERIENCE = Map.of(
            Topic.EVICTION, List.of(
                    "De huurachterstand liep op tot {amount} euro voordat iemand aan de bel trok.",
                    "Pas toen de deurwaarder aanbelde hoorde {who} dat een huisuitzetting dreigde.",
                    "De brieven van {agency} over de huurschuld begreep {who} niet.",
                    "Na de huisuitzetting sliep {who} {period} op de bank bij familie.",
                    "Bij een huurachterstand van twee maanden werd al een advocaat ingeschakeld.",
                    "Niemand kwam langs toen de huur niet meer betaald werd; er lag alleen een dagvaarding.",
                    "De woningcorporatie wilde pas een betalingsregeling na een vonnis.",
                    "Met de kinderen op straat staan is het ergste wat ons kan overkomen.",
                    "Door de ontruiming raakte {who} ook het werk kwijt.",
                    "Het huurcontract stond op naam van mijn ex, dus ik kreeg de huurachterstand op mijn bord."),
            Topic.DEBTS, List.of(
                    "De schulden stapelden zich op: eerst de zorgverzekering, toen de energie en de huur.",
                    "Met schuldhulpverlening duurde het {period} voordat er een plan lag.",
                    "De bewindvoerder is onbereikbaar en de vaste lasten worden te laat betaald.",
                    "Door de boetes en incassokosten werd een schuld van {amount} euro steeds groter.",
                    "Ik durfde de post niet meer open te maken, de enveloppen lagen maandenlang in een la.",
                    "Bij de schuldsanering moest {who} drie jaar leven van een leefgeld van vijftig euro per week.",
                    "De beslagvrije voet klopte niet, waardoor er te weinig overbleef voor boodschappen.",
                    "Het UWV vorderde {amount} euro terug en dat kon ik nooit in één keer betalen.",
                    "Schaamte houdt mensen weg van de schuldhulp; ze wachten tot het echt niet meer gaat.",
                    "Een vrijwilliger van de thuisadministratie hielp ons de schulden op een rij te zetten."),
            Topic.KOSTENDELERSNORM, List.of(
                    "Door de kostendelersnorm ging de uitkering van mijn moeder omlaag toen ik bij haar introk om voor haar te zorgen.",
                    "De kostendelersnorm voelt als een mantelzorgboete: wie voor familie zorgt, levert in.",
                    "Mijn zoon werd 21 en meteen werd onze bijstandsuitkering verlaagd vanwege de kostendelersnorm.",
                    "Om de kostendelersnorm te ontlopen schreef {who} zich op een ander adres in.",
                    "Omdat mijn volwassen dochter thuis woont, krijg ik honderden euro's minder bijstand.",
                    "Door de kostendelersnorm durfde {who} de dakloze broer niet in huis te nemen.",
                    "Samenwonen om kosten te delen wordt gestraft in plaats van beloond.",
                    "De kostendelersnorm maakt dat jongeren het huis uit gaan terwijl er geen woning voor ze is."),
            Topic.WMO, List.of(
                    "De Wmo-aanvraag voor een scootmobiel duurde {period}.",
                    "Het keukentafelgesprek van de Wmo ging vooral over wat ik niet meer kan.",
                    "De huishoudelijke hulp via de Wmo werd teruggebracht van drie naar anderhalf uur per week.",
                    "Voor de traplift moest eerst een indicatie komen en toen was {who} al gevallen.",
                    "De eigen bijdrage voor de Wmo maakte dat {who} de hulp opzegde.",
                    "Via de Wmo kreeg ik dagbesteding en dat geeft structuur aan mijn week.",
                    "Bij de Wmo-consulent moest ik mijn verhaal voor de vierde keer vertellen.",
                    "De woningaanpassing werd afgewezen omdat verhuizen goedkoper zou zijn."),
            Topic.HUURTOESLAG, List.of(
                    "De huurtoeslag moest worden terugbetaald omdat het inkomen achteraf hoger uitviel.",
                    "Een terugvordering van de huurtoeslag van {amount} euro kwam precies in de decembermaand.",
                    "Door een verkeerd ingevuld formulier stopte de huurtoeslag {period} lang.",
                    "De huurtoeslag komt pas na de huur binnen, dus elke maand staan we rood.",
                    "Mijn dochter staat ingeschreven op mijn adres en daardoor verviel de huurtoeslag.",
                    "Bij de Belastingdienst/Toeslagen kreeg {who} telkens een andere medewerker aan de lijn.",
                    "De toeslagenaffaire heeft het vertrouwen in de overheid in onze straat kapotgemaakt."),
            Topic.JEUGDZORG, List.of(
                    "Op jeugdzorg wachten we al {period}; de wachtlijst is veel te lang.",
                    "De jeugdhulp stopte op de achttiende verjaardag van mijn zoon, van de ene op de andere dag.",
                    "Er zaten vijf hulpverleners om de tafel, maar niemand nam de regie.",
                    "De school signaleerde het probleem, maar jeugdzorg kwam pas na een crisis.",
                    "Bij jeugdbescherming voelde {who} zich beoordeeld in plaats van geholpen.",
                    "Een vaste contactpersoon van het wijkteam maakte voor ons gezin het verschil.",
                    "Voor ggz-hulp aan mijn dochter moesten we naar een andere stad."),
            Topic.MANTELZORG, List.of(
                    "Als mantelzorger voor {who} sta ik er alleen voor; respijtzorg is nauwelijks te krijgen.",
                    "Ik zorg al {period} dag en nacht en niemand vraagt hoe het met mij gaat.",
                    "De mantelzorgwaardering is een cadeaubon, maar ik heb vooral een avond vrij nodig.",
                    "Naast mijn baan en de kinderen zorg ik voor mijn vader, en ik ben op.",
                    "Jonge mantelzorgers worden op school niet gezien.",
                    "Door de zorg voor {who} ben ik minder gaan werken en nu is het geld krap.",
                    "Een buurvrouw neemt af en toe de zorg over, en dat is goud waard."),
            Topic.LONELINESS, List.of(
                    "Sinds mijn man overleed spreek ik soms dagen niemand.",
                    "Eenzaamheid zie je niet van buiten; {who} lacht altijd, maar is vaak alleen.",
                    "In het buurthuis is de koffieochtend de enige plek waar ik mensen zie.",
                    "Na de verhuizing naar deze wijk kende {who} niemand en durfde nergens binnen te stappen.",
                    "Jongeren zijn ook eenzaam, alleen praten ze er niet over.",
                    "Met een taalcafé leerde {who} de buren kennen.",
                    "Sinds de bibliotheek dicht is, is er geen plek meer om zomaar binnen te lopen.",
                    "Door de schulden ging {who} niet meer naar verjaardagen en raakte vrienden kwijt."),
            Topic.GENERATIONS, List.of(
                    "Wat mijn ouders niet konden, merk ik nu bij mijn eigen kinderen terug.",
                    "In onze familie werd nooit over geld gepraat, en dat herhaalt zich.",
                    "Mijn moeder had ook schulden; ik wil dat mijn kinderen het anders leren.",
                    "Een opvoedcursus in de buurt hielp {who} het patroon te doorbreken.",
                    "Drie generaties in de bijstand: niemand in de familie kent iemand met werk.",
                    "Opa en oma vangen de kinderen op, maar hebben zelf ook steun nodig."),
            Topic.MEETING, List.of(
                    "In het buurthuis ontmoet ik mensen die hetzelfde meemaken.",
                    "De beleidsmaker zat voor het eerst echt aan tafel en luisterde.",
                    "Wijkteams en bewoners zien elkaar alleen als er al iets mis is.",
                    "Bij de moestuin in de wijk komen mensen die elkaar anders nooit spreken.",
                    "Een gesprek aan de keukentafel werkt beter dan een formulier.",
                    "De ambtenaar legde uit hoe de regel bedoeld was, en dat scheelde veel onbegrip."));

    private static final Map<Topic, String> SUBJECT = Map.ofEntries(
            Map.entry(Topic.EVICTION, "een dreigende huisuitzetting"),
            Map.entry(Topic.DEBTS, "problematische schulden"),
            Map.entry(Topic.KOSTENDELERSNORM, "de kostendelersnorm"),
            Map.entry(Topic.WMO, "de Wmo-aanvraag"),
            Map.entry(Topic.HUURTOESLAG, "de huurtoeslag"),
            Map.entry(Topic.JEUGDZORG, "de jeugdzorg"),
            Map.entry(Topic.MANTELZORG, "de mantelzorg"),
            Map.entry(Topic.LONELINESS, "eenzaamheid"),
            Map.entry(Topic.GENERATIONS, "patronen in gezinnen"),
            Map.entry(Topic.MEETING, "ontmoeting in de wijk"));

    private static final List<String> EFFECT = List.of(
            "Het gevolg van de regels rond {subject} is dat mensen hulp mijden.",
            "De regel over {subject} is bedoeld om te helpen, maar werkt hier averechts.",
            "Door de aanpak van {subject} raken gezinnen juist verder in de problemen.",
            "Wat goed werkt bij {subject}: één vast aanspreekpunt bij {agency}.",
            "Bij {subject} ontbreekt maatwerk; {agency} mag niet afwijken van de regels.",
            "Beleid rond {subject} gaat uit van mensen die alles zelf regelen, en dat kan niet iedereen.",
            "Het effect van {subject} is dat {who} zich {feeling} voelt.",
            "De stapeling van regels bij {subject} kost uiteindelijk meer dan het oplevert.",
            "Sinds {agency} eerder belt bij {subject}, gaat het vaker goed.");

    private static final List<String> QUESTION = List.of(
            "Waarom duurt het zo lang voordat {agency} reageert bij {subject}?",
            "Wie kan uitleggen welke regels gelden bij {subject}?",
            "Hoe kan het dat {who} nergens terecht kon met {subject}?",
            "Mag {agency} afwijken van de regels als het om {subject} gaat?",
            "Waar kun je terecht als je je schaamt voor {subject}?",
            "Wat doet de gemeente met wat wij hier vertellen over {subject}?",
            "Waarom moet je bij {subject} steeds opnieuw je verhaal doen?",
            "Weet {agency} eigenlijk wat {subject} met een gezin doet?");

    private static final List<String> IDEA = List.of(
            "Idee: één loket voor {subject}, met iemand die blijft tot het opgelost is.",
            "Laat {agency} bij {subject} eerst langskomen in plaats van een brief te sturen.",
            "Maak bij {subject} een uitzondering voor mantelzorgers en gezinnen met jongvolwassenen.",
            "Een ervaringsdeskundige uit de wijk zou mensen met {subject} kunnen begeleiden.",
            "Wat als de gemeente bij {subject} eerst betaalt en daarna pas uitzoekt?",
            "Organiseer een vaste inloop in het buurthuis over {subject}.",
            "Schrijf de brieven over {subject} in gewone taal, en bel erbij.",
            "Geef het wijkteam een eigen budget om bij {subject} snel te helpen.");

    private static final List<String> AGREEMENT = List.of(
            "Afgesproken: het wijkteam zoekt uit wie bij {subject} het eerste aanspreekpunt is.",
            "We spreken af dat {agency} binnen {period} terugkomt op {subject}.",
            "De beleidsmaker neemt de ervaringen met {subject} mee naar het overleg.",
            "Volgende keer nodigen we {agency} uit om over {subject} te praten.",
            "Actie: een lijst maken van de regels rond {subject} die elkaar tegenwerken.",
            "We houden over {period} een tweede gesprek over {subject}.");

    private static final List<String> OPENERS = List.of(
            "", "", "", "", "Eerlijk gezegd: ", "Wat ik wil zeggen: ", "Bij ons in de straat: ", "Herkenbaar. ",
            "Ik zie het ook in {neighbourhood}: ", "Vorig jaar nog: ", "Om een voorbeeld te geven: ");

    private static final List<String> CLOSERS = List.of(
            "", "", "", "", " Ik voelde me {feeling}.", " Dat had anders gekund.", " Dat hoor ik van veel mensen.",
            " Daar moet iets aan gebeuren.", " Gelukkig hielp {agency} uiteindelijk wel.", " Het heeft {period} geduurd.",
            " En zo gaat het bij meer gezinnen.", " Niemand heeft het ons verteld.");

    private final RandomGenerator random;

    DutchNotes(RandomGenerator random) {
        this.random = random;
    }

    /** A note in a category about a topic; {@code names} are the people at the table (may be mentioned). */
    String note(String category, Topic topic, String neighbourhood, List<String> names) {
        StringBuilder text = new StringBuilder();
        int sentences = 1 + (random.nextInt(10) < 4 ? 1 : 0) + (random.nextInt(10) < 1 ? 1 : 0);
        for (int s = 0; s < sentences; s++) {
            String sentence = switch (category) {
                case "policy-effect" -> s == 0 ? pick(EFFECT) : pick(EXPERIENCE.get(topic));
                case "questions" -> s == 0 ? pick(QUESTION) : pick(EXPERIENCE.get(topic));
                case "ideas" -> pick(IDEA);
                case "agreements" -> pick(AGREEMENT);
                default -> pick(EXPERIENCE.get(topic));
            };
            if (s == 0) {
                sentence = pick(OPENERS) + sentence;
            } else {
                text.append(' ');
            }
            text.append(sentence);
        }
        text.append(pick(CLOSERS));
        int pii = random.nextInt(100);
        if (pii < 2) {
            text.append(" Bel ").append(pick(FIRST_NAMES)).append(" gerust op 06-")
                    .append(10_000_000 + random.nextInt(89_999_999)).append('.');
        } else if (pii < 3) {
            String name = pick(FIRST_NAMES);
            text.append(" Mail ").append(name).append(" via ")
                    .append(name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", ""))
                    .append(random.nextInt(99)).append("@voorbeeld.nl.");
        } else if (pii < 4) {
            text.append(" Ik woon aan de ").append(pick(STREETS)).append(' ').append(1 + random.nextInt(180)).append('.');
        } else if (pii < 6 && !names.isEmpty()) {
            text.insert(0, "Zoals " + pick(names) + " al zei: ");
        } else if (pii < 7) {
            text.append(" Dat zei ").append(pick(FIRST_NAMES)).append(' ').append(pick(LAST_NAMES))
                    .append(" van ").append(pick(AGENCY)).append(" ook.");
        }
        String filled = fill(text.toString(), topic, neighbourhood);
        return filled.length() <= 500 ? filled : filled.substring(0, 497) + "...";
    }

    private String fill(String template, Topic topic, String neighbourhood) {
        StringBuilder out = new StringBuilder(template.length() + 40);
        int at = 0;
        while (at < template.length()) {
            int open = template.indexOf('{', at);
            if (open < 0) {
                out.append(template, at, template.length());
                break;
            }
            int close = template.indexOf('}', open);
            out.append(template, at, open);
            String slot = template.substring(open + 1, close);
            out.append(switch (slot) {
                case "who" -> pick(WHO);
                case "agency" -> pick(AGENCY);
                case "feeling" -> pick(FEELING);
                case "period" -> pick(PERIOD);
                case "amount" -> pick(AMOUNT);
                case "subject" -> SUBJECT.get(topic);
                case "neighbourhood" -> neighbourhood;
                default -> slot;
            });
            at = close + 1;
        }
        // A sentence may start with a slot ("{who} …") or follow an opener ending in ": ".
        return Character.toUpperCase(out.charAt(0)) + out.substring(1);
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
