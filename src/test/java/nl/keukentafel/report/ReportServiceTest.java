package nl.keukentafel.report;

import static nl.keukentafel.support.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import nl.keukentafel.audit.AuditAction;
import nl.keukentafel.audit.AuditEvent;
import nl.keukentafel.audit.AuditFilter;
import nl.keukentafel.audit.AuditTrail;
import nl.keukentafel.board.ConsentService;
import nl.keukentafel.board.ConsentTier;
import nl.keukentafel.security.StaffRole;
import nl.keukentafel.support.AsStaff;
import nl.keukentafel.support.BoardFixture;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

@SpringBootTest
class ReportServiceTest {

    /** What must never be printed: names, table-only, facilitator-only, hidden and withdrawn notes, details. */
    static final List<String> NEVER = List.of(
            "Fatima",
            "Bakker",
            "Pieter",
            "Bea Beleid",
            "Kees",
            "Jansen",
            "06-12345678",
            "Dorpsstraat",
            "Alleen aan tafel",
            "bang",
            "Apart gezet",
            "Teruggetrokken");

    @Autowired
    ReportService reports;

    @Autowired
    ReportFixture fixture;

    @Autowired
    BoardFixture board;

    @Autowired
    ConsentService consent;

    @Autowired
    AuditTrail audit;

    ReportFixture.Tables tables;

    @BeforeEach
    void tables() {
        tables = fixture.tables();
    }

    private <T> T asTeam(Supplier<T> work) {
        return AsStaff.call(tables.team(), StaffRole.TEAM_MEMBER, work);
    }

    @Test
    void thePdfAndTheMarkdownHoldTheSameSectionsCountsAndQuotesAndNothingThatMustStayAtTheTable() {
        long id = asTeam(() -> reports.create(ReportFixture.draft(tables, "Welkom bij het kenniscafé over huur.")));
        Export pdf = asTeam(() -> reports.export(id, null, Export.Format.PDF));
        Export markdown = asTeam(() -> reports.export(id, null, Export.Format.MARKDOWN));

        String text = ReportFixture.text(pdf.bytes());
        String md = new String(markdown.bytes(), StandardCharsets.UTF_8);
        assertThat(pdf.fileName()).isEqualTo("verslag-kenniscafe-huur-en-schulden-concept.pdf");
        assertThat(markdown.fileName()).endsWith(".md");
        for (String document : List.of(text, md)) {
            assertThat(document)
                    .contains(
                            "Kenniscafé Huur en schulden",
                            "Wijkcentrum De Brug",
                            "Welkom bij het kenniscafé over huur.",
                            "De vragen van bewoners",
                            "Wat maakt u mee?",
                            "Wie er aan tafel zaten",
                            "Er zaten 4 mensen aan tafel. 2 van hen waren bewoners",
                            "Wat we hoorden",
                            "Kostendelersnorm · Ervaren knelpunt (1)",
                            "[naam] belde [telefoon]",
                            "Wat we nu weten",
                            "Inwonen kost huishoudens hun huis",
                            "Afspraken",
                            "De gemeente bekijkt de kostendelersnorm voor inwonende kinderen",
                            "Ingebracht door: Beleidsmaker",
                            "[naam] belt [telefoon] met de woningcorporatie over een betalingsregeling · Wie: Bewoner",
                            "Uitzoeken wie de huurtoeslag terugvordert · Wie: Het Juridisch Loket · Wanneer: nog niet afgesproken",
                            "In cijfers",
                            "Gesprekken per maand",
                            "Hoe dit verslag is gemaakt",
                            "Eén vaste contactpersoon bij de woningcorporatie helpt écht.");
            assertThat(NEVER).noneMatch(document::contains);
        }
        assertThat(pdf.notes()).isEqualTo(markdown.notes()).isEqualTo(5);
        // Residents first: in "Wat het beleid met mij doet" the resident's note comes before the professional's.
        assertThat(text.indexOf("Toen mijn zoon kwam inwonen"))
                .isLessThan(text.indexOf("Wij zien veel jonge gezinnen"));
        assertThat(md.indexOf("Toen mijn zoon kwam inwonen")).isLessThan(md.indexOf("Wij zien veel jonge gezinnen"));
    }

    @Test
    void thePdfIsTaggedHasItsLanguageAndTitleAndEmbedsItsFonts() throws IOException {
        long id = asTeam(() -> reports.create(ReportFixture.draft(tables, "")));
        byte[] pdf = asTeam(() -> reports.export(id, null, Export.Format.PDF)).bytes();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentCatalog().getMarkInfo()).isNotNull();
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("nl");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Kenniscafé Huur en schulden");
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font.getName()).contains("AtkinsonHyperlegible");
                }
            }
        }
    }

    @Test
    void theTeamsOwnTextsPassTheRedactionStepBeforeAnyExport() {
        long id = asTeam(
                () -> reports.create(ReportFixture.draft(tables, "Bel Jan de Vries op 06-23456789 voor vragen.")));

        assertRefused(() -> asTeam(() -> reports.export(id, null, Export.Format.PDF)), "report.error.unresolved");
        Report report = asTeam(() -> reports.get(id));
        ReportPreview preview = asTeam(() -> reports.preview(report.draft()));
        assertThat(preview.findings()).extracting(ReportPreview.Finding::words).contains("06-23456789");
        assertThat(preview.findings()).allMatch(f -> f.field().equals("introduction"));

        // The phone number is replaced; the name is said not to be a personal detail (a public figure, say).
        ReportDraft fixed = new ReportDraft(
                report.draft().title(),
                report.draft().cafeDate(),
                report.draft().place(),
                "Bel Jan de Vries op [telefoon] voor vragen.",
                report.draft().language(),
                report.draft().conversations(),
                report.draft().filters(),
                Map.of(),
                Set.of(),
                preview.findings().stream()
                        .map(ReportPreview.Finding::words)
                        .filter(w -> !w.equals("06-23456789"))
                        .collect(java.util.stream.Collectors.toSet()));
        asTeam(() -> {
            reports.update(id, report.version(), fixed);
            return null;
        });
        String text = ReportFixture.text(
                asTeam(() -> reports.export(id, null, Export.Format.PDF)).bytes());
        assertThat(text).contains("Bel Jan de Vries op [telefoon] voor vragen.").doesNotContain("06-23456789");
    }

    @Test
    void aPublishedVersionIsFrozenAndWithdrawnConsentLeavesItsQuoteOutOfEveryNewExport() {
        long id = asTeam(() -> reports.create(ReportFixture.draft(tables, "Eerste versie.")));
        int version = asTeam(() -> reports.get(id)).version();
        int number = asTeam(() -> reports.publish(id, version));
        assertThat(number).isEqualTo(1);

        // The team goes on writing; version 1 keeps its own text.
        Report published = asTeam(() -> reports.get(id));
        assertThat(published.status()).isEqualTo(ReportStatus.PUBLISHED);
        ReportDraft next = new ReportDraft(
                published.draft().title(),
                published.draft().cafeDate(),
                published.draft().place(),
                "Tweede versie.",
                published.draft().language(),
                published.draft().conversations(),
                published.draft().filters(),
                Map.of(),
                Set.of(),
                Set.of());
        asTeam(() -> {
            reports.update(id, published.version(), next);
            return null;
        });
        assertThat(asTeam(() -> reports.get(id)).status()).isEqualTo(ReportStatus.CONCEPT);
        String first = ReportFixture.text(
                asTeam(() -> reports.export(id, 1, Export.Format.PDF)).bytes());
        assertThat(first)
                .contains("Eerste versie.", "Versie 1, gepubliceerd op")
                .doesNotContain("Tweede versie.");
        assertThat(first).contains("Toen mijn zoon kwam inwonen");

        // The resident withdraws consent for one quoted note after publication.
        consent.changeConsent(tables.resident().pass(), tables.bundleNote(), ConsentTier.TABLE_ONLY);

        Report after = asTeam(() -> reports.get(id));
        assertThat(after.needsUpdate()).isTrue();
        assertThat(after.versions().getFirst().notReleased()).isEqualTo(1);
        assertThat(asTeam(() -> reports.list()))
                .filteredOn(s -> s.id() == id)
                .singleElement()
                .satisfies(s -> assertThat(s.notReleased()).isEqualTo(1));
        Export frozen = asTeam(() -> reports.export(id, 1, Export.Format.MARKDOWN));
        String md = new String(frozen.bytes(), StandardCharsets.UTF_8);
        assertThat(md)
                .contains("Eerste versie.", "[naam] belde [telefoon]")
                .doesNotContain("Toen mijn zoon kwam inwonen");
        assertThat(frozen.notes()).isEqualTo(4);
        assertThat(ReportFixture.text(asTeam(() -> reports.export(id, null, Export.Format.PDF))
                        .bytes()))
                .doesNotContain("Toen mijn zoon kwam inwonen");
    }

    @Test
    void quotesTheTeamLeavesOutAreNotPrinted() {
        ReportDraft draft = ReportFixture.draft(tables, "");
        ReportDraft without = new ReportDraft(
                draft.title(),
                draft.cafeDate(),
                draft.place(),
                draft.introduction(),
                draft.language(),
                draft.conversations(),
                draft.filters(),
                Map.of(ReportSection.HEARD, "Onze eigen tekst over wat we hoorden."),
                Set.of(tables.idea().value()),
                Set.of());
        ReportPreview preview = asTeam(() -> reports.preview(without));
        assertThat(preview.html())
                .contains("Onze eigen tekst over wat we hoorden.")
                .doesNotContain("vaste contactpersoon");
        assertThat(preview.drafted().get(ReportSection.HEARD)).startsWith("Hieronder staan 3 notities");
    }

    @Test
    void inEnglishTheFixedTextsAndPlaceholdersAreEnglish() {
        ReportDraft dutch = ReportFixture.draft(tables, "");
        ReportDraft english = new ReportDraft(
                dutch.title(),
                dutch.cafeDate(),
                dutch.place(),
                "",
                Locale.of("en"),
                dutch.conversations(),
                dutch.filters(),
                Map.of(),
                Set.of(),
                Set.of());
        long id = asTeam(() -> reports.create(english));
        String md = new String(
                asTeam(() -> reports.export(id, null, Export.Format.MARKDOWN)).bytes(), StandardCharsets.UTF_8);
        assertThat(md)
                .contains("Who sat at the table", "What we heard", "[name] belde [phone]", "How this report was made");
        assertThat(md).doesNotContain("Wie er aan tafel zaten", "[naam]");
    }

    @Test
    void everyExportAndPublicationIsInTheAuditTrailWithWhatItWasAbout() {
        long id = asTeam(() -> reports.create(ReportFixture.draft(tables, "")));
        asTeam(() -> reports.export(id, null, Export.Format.MARKDOWN));

        List<AuditEvent> events = AsStaff.call(
                board.account("admin", StaffRole.ADMIN),
                StaffRole.ADMIN,
                () -> audit.list(new AuditFilter(AuditAction.EXPORT_MADE, tables.team(), null, null, null)));
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.objectId()).isEqualTo(id);
            assertThat(e.noteCount()).isEqualTo(5);
            assertThat(e.detail()).isEqualTo("report " + id + " concept md: 2 conversations");
        });
    }

    @Test
    void onlyTeamMembersAndAdminsMakeReportsAndOnlyFromClosedConversations() {
        assertThatThrownBy(() -> AsStaff.call(
                        tables.facilitator(),
                        StaffRole.FACILITATOR,
                        () -> reports.create(ReportFixture.draft(tables, ""))))
                .isInstanceOf(AccessDeniedException.class);
        var live = board.live(tables.facilitator(), "Nog bezig");
        ReportDraft withLive = new ReportDraft(
                "Titel",
                java.time.LocalDate.of(2026, 5, 1),
                "",
                "",
                Locale.of("nl"),
                List.of(live.id().value()),
                "",
                Map.of(),
                Set.of(),
                Set.of());
        assertRefused(() -> asTeam(() -> reports.create(withLive)), "report.error.not-closed");
        assertRefused(
                () -> asTeam(() -> reports.create(new ReportDraft(
                        " ",
                        java.time.LocalDate.of(2026, 5, 1),
                        "",
                        "",
                        Locale.of("nl"),
                        tables.conversations(),
                        "",
                        Map.of(),
                        Set.of(),
                        Set.of()))),
                "report.error.title");
    }
}
