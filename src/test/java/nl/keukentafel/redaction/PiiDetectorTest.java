package nl.keukentafel.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the detector finds and what it leaves, one kind at a time. The examples are our own
 * development notes; the measured figures come from the labelled sets (RedactionEvaluationTest).
 */
class PiiDetectorTest {

    private static final PiiDetector DETECTOR = new PiiDetector();

    private static List<String> found(String text, PiiType type, String... knownNames) {
        return DETECTOR.detect(text, List.of(knownNames)).stream()
                .filter(span -> span.type() == type)
                .map(span -> text.substring(span.start(), span.end()))
                .toList();
    }

    private static List<String> everything(String text) {
        return DETECTOR.detect(text, List.of()).stream()
                .map(span -> span.type() + ":" + text.substring(span.start(), span.end()))
                .toList();
    }

    @Test
    void namesAfterCuesWithTussenvoegselsInitialsAndInLowerCase() {
        assertThat(found("Mevrouw Jansen belde over de huur.", PiiType.PERSON)).containsExactly("Jansen");
        assertThat(found("fam. El Idrissi heeft een achterstand.", PiiType.PERSON))
                .containsExactly("El Idrissi");
        assertThat(found("Ik sprak mw. van der Berg en dhr Öztürk.", PiiType.PERSON))
                .containsExactly("van der Berg", "Öztürk");
        assertThat(found("Brief t.n.v. J.P. de Groot ontvangen.", PiiType.PERSON))
                .containsExactly("J.P. de Groot");
        assertThat(found("ik belde met fatima en opa kees", PiiType.PERSON)).containsExactly("fatima", "kees");
        assertThat(found("Fatima's zoon Daan speelt buiten.", PiiType.PERSON)).containsExactly("Fatima", "Daan");
        assertThat(found("Gisteren sprak ik met Priya Ramkisoen bij het loket.", PiiType.PERSON))
                .containsExactly("Priya Ramkisoen");
        // Two capitalised words that no list knows, not introduced as a person: an organisation.
        assertThat(found("De storing bij Stedin Netbeheer duurde lang.", PiiType.PERSON))
                .isEmpty();
    }

    @Test
    void namesThatNoListHasAreFoundWhereOnlyAPersonFits() {
        assertThat(found("Mulugeta vraagt of hij mag blijven.", PiiType.PERSON)).containsExactly("Mulugeta");
        assertThat(found("Kibrom (19) woont bij zijn tante.", PiiType.PERSON)).containsExactly("Kibrom");
        assertThat(found("Aanvrager: Yordanka Petkova; BSN volgt.", PiiType.PERSON))
                .containsExactly("Yordanka Petkova");
        assertThat(found("Hoi Zaynab, de brief is binnen.", PiiType.PERSON)).containsExactly("Zaynab");
        assertThat(found("hey kwabena hier, bel me terug", PiiType.PERSON)).containsExactly("kwabena");
        assertThat(found("Gesprek met Wanjiru en Amadou Diallo over de huur.", PiiType.PERSON))
                .containsExactly("Wanjiru", "Amadou Diallo");
        assertThat(found("Ahmeds fiets staat in de gang.", PiiType.PERSON)).containsExactly("Ahmeds");
        // Languages, nationalities and brands are capitalised words of the dictionary, not names.
        assertThat(found("Mevrouw spreekt Hongaars en rijdt een Volkswagen.", PiiType.PERSON))
                .isEmpty();
        assertThat(found("Cliënt geb. 1 juli 1952 woont in Kharkiv.", PiiType.PERSON))
                .isEmpty();
    }

    @Test
    void aStreetDoesNotSwallowTheNameBeforeIt() {
        assertThat(everything("Gesprek met Fatima El Idrissi op Kastanjelaan 41."))
                .containsExactly("PERSON:Fatima El Idrissi", "ADDRESS:Kastanjelaan 41");
        assertThat(found("wij wonen op zeestraat 105 zwart", PiiType.ADDRESS)).containsExactly("zeestraat 105 zwart");
    }

    @Test
    void theNamesOfThePeopleAtTheTableAreAlwaysFoundWholeAndInParts() {
        assertThat(found("Volgens Zwaantje had Terpstra gelijk, zei zwaantje.", PiiType.PERSON, "Zwaantje Terpstra"))
                .containsExactly("Zwaantje", "Terpstra", "zwaantje");
        assertThat(found("Dat zei de buurvrouw al.", PiiType.PERSON, "Anna de Vries (demo)"))
                .isEmpty();
    }

    @Test
    void wordsThatAreAlsoNamesStayWordsUnlessSomethingMakesThemAName() {
        assertThat(everything("Een roos in de storm, hoop doet leven. Naar het bos met de bakker."))
                .isEmpty();
        assertThat(everything("Hoop is er altijd. Storm op zee.")).isEmpty();
        assertThat(found("Ik ging met Roos naar de markt.", PiiType.PERSON)).containsExactly("Roos");
        assertThat(found("Oma Roos past op.", PiiType.PERSON)).containsExactly("Roos");
        assertThat(found("Storm (mijn kleinzoon) logeert hier.", PiiType.PERSON))
                .containsExactly("Storm");
    }

    @Test
    void placesOrganisationsSchemesAndIdiomsAreNotPeople() {
        assertThat(everything("Woonstad Rotterdam en Stichting Humanitas helpen in Schiedam-Noord en Groenoord."))
                .isEmpty();
        assertThat(everything(
                        "De kostendelersnorm in de Participatiewet raakt Jan Modaal, en Jan en alleman weet het."))
                .isEmpty();
        assertThat(everything("Via de Voedselbank en het UWV kreeg ik hulp van het Wijkteam Oost."))
                .isEmpty();
    }

    @Test
    void addressesAreStreetWithNumberAndPostcodeButNotAStreetOrTownAlone() {
        assertThat(found("Ik woon op de Kerkstraat 14b, 3112 AB Schiedam.", PiiType.ADDRESS))
                .containsExactly("Kerkstraat 14b", "3112 AB");
        assertThat(found("Haar adres: Burgemeester Knappertlaan 120-C in Schiedam.", PiiType.ADDRESS))
                .containsExactly("Burgemeester Knappertlaan 120-C");
        assertThat(found("Op de Hoogstraat is een buurthuis, nummer 12 van de lijst.", PiiType.ADDRESS))
                .isEmpty();
    }

    @Test
    void aBsnOnlyWhenItPassesTheElevenProofInAnySpelling() {
        assertThat(found("BSN 111222333 en 1112.22.333 en 111 222 333.", PiiType.BSN))
                .containsExactly("111222333", "1112.22.333", "111 222 333");
        assertThat(found("Het dossier had 123456789 tekens.", PiiType.BSN)).isEmpty();
        assertThat(IdentifierFinder.passesElevenProof("111222333")).isTrue();
        assertThat(IdentifierFinder.passesElevenProof("123456789")).isFalse();
    }

    @Test
    void phoneNumbersDutchAndForeignInCommonSpellings() {
        assertThat(found(
                        "Bel 06-12345678, 06 1234 5678, +31 6 12345678, 010-1234567 of +32 470 12 34 56.",
                        PiiType.PHONE))
                .containsExactly("06-12345678", "06 1234 5678", "+31 6 12345678", "010-1234567", "+32 470 12 34 56");
        assertThat(found("Om 14.30 uur, 3 kinderen, € 1.250 schuld sinds 2019.", PiiType.PHONE))
                .isEmpty();
    }

    @Test
    void ibansWithValidCheckDigitsSpacedOrNotAnyCase() {
        assertThat(found("NL91 ABNA 0417 1643 00 en nl91abna0417164300.", PiiType.IBAN))
                .containsExactly("NL91 ABNA 0417 1643 00", "nl91abna0417164300");
        assertThat(found("NL92 ABNA 0417 1643 00 klopt niet.", PiiType.IBAN)).isEmpty();
    }

    @Test
    void eMailAddresses() {
        assertThat(found("Mail naar a.jansen@voorbeeld.nl of info@wijkteam.example.org.", PiiType.EMAIL))
                .containsExactly("a.jansen@voorbeeld.nl", "info@wijkteam.example.org");
    }

    @Test
    void aDateOfBirthOnlyWithABirthCue() {
        assertThat(found("Geboren op 12 maart 1985, geb. 03-07-1962.", PiiType.DATE_OF_BIRTH))
                .containsExactly("12 maart 1985", "03-07-1962");
        assertThat(found("Hij is op 4 juni 2011 geboren.", PiiType.DATE_OF_BIRTH))
                .containsExactly("4 juni 2011");
        assertThat(found("De brief van 12 maart 2024 kwam op 1 januari.", PiiType.DATE_OF_BIRTH))
                .isEmpty();
    }

    @Test
    void caseNumbersAfterTheirCue() {
        assertThat(found(
                        "Dossiernummer 2023-00451, zaaknr. Z-2024-1182, ons kenmerk: WS/2024/0876.",
                        PiiType.CASE_NUMBER))
                .containsExactly("2023-00451", "Z-2024-1182", "WS/2024/0876");
        assertThat(found("Het dossier is dik, de zaak is klaar.", PiiType.CASE_NUMBER))
                .isEmpty();
    }

    @Test
    void dutchLicencePlatesInTheirSidecodes() {
        assertThat(found("Auto 12-ABC-3, busje VT-123-B en oude 01-HB-23.", PiiType.LICENCE_PLATE))
                .containsExactly("12-ABC-3", "VT-123-B", "01-HB-23");
        assertThat(found("Op 12-03-2024 om 10-12 uur.", PiiType.LICENCE_PLATE)).isEmpty();
    }

    @Test
    void overlappingFindingsKeepTheStrongerKind() {
        assertThat(everything("Mail anna.jansen@voorbeeld.nl.")).containsExactly("EMAIL:anna.jansen@voorbeeld.nl");
    }
}
