package nl.keukentafel.report;

import static nl.keukentafel.support.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import nl.keukentafel.base.UserMessageException;
import nl.keukentafel.board.ConsentService;
import nl.keukentafel.board.ConsentTier;
import nl.keukentafel.security.StaffRole;
import nl.keukentafel.support.AsStaff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

@SpringBootTest
class BundleServiceTest {

    private static final Locale DUTCH = Locale.of("nl");

    @Autowired
    BundleService bundles;

    @Autowired
    ReportFixture fixture;

    @Autowired
    ConsentService consent;

    ReportFixture.Tables tables;
    long bundle;

    @BeforeEach
    void aBundle() {
        tables = fixture.tables();
        bundle = asTeam(() -> bundles.create(new BundleDraft(
                "Yin en yang in het sociaal domein", "", "Voor het tweede jaar van de opleiding.", DUTCH, Set.of())));
    }

    private <T> T asTeam(Supplier<T> work) {
        return AsStaff.call(tables.team(), StaffRole.TEAM_MEMBER, work);
    }

    private CaseDraft inwonen(String whatHappened) {
        return new CaseDraft(
                "Een zoon komt weer thuis wonen",
                whatHappened,
                "Welke regel speelt hier?\nWat zou jij als consulent doen?",
                List.of(tables.bundleNote().value(), tables.idea().value()),
                List.of(tables.insight()),
                Set.of());
    }

    @Test
    void onlyNotesWhoseAuthorAllowedTheCaseBundleCanBeChosen() {
        assertThat(asTeam(() -> bundles.candidates("", DUTCH)))
                .extracting(SourceNote::id)
                .contains(tables.bundleNote().value(), tables.idea().value())
                .doesNotContain(
                        tables.residentNote().value(), tables.agreement().value());
        CaseDraft withReportOnly =
                new CaseDraft("Te ver", "", "", List.of(tables.residentNote().value()), List.of(), Set.of());
        assertRefused(() -> asTeam(() -> bundles.addCase(bundle, withReportOnly)), "bundle.error.note-not-allowed");
    }

    @Test
    void theExportRefusesNamingTheCaseWhileAPersonalDetailIsUnresolvedThenPrintsTheWholeBundle() {
        long id = asTeam(() -> bundles.addCase(bundle, inwonen("Mevrouw belde met Jan de Vries op 06-23456789.")));

        assertThatThrownBy(() -> asTeam(() -> bundles.export(bundle, Export.Format.PDF)))
                .isInstanceOfSatisfying(UserMessageException.class, refusal -> {
                    assertThat(refusal.messageKey()).isEqualTo("bundle.error.unresolved");
                    assertThat(refusal.params()[0]).isEqualTo("Een zoon komt weer thuis wonen");
                });
        List<ReportPreview.Finding> found =
                asTeam(() -> bundles.check(inwonen("Mevrouw belde met Jan de Vries op 06-23456789."), DUTCH));
        assertThat(found).extracting(ReportPreview.Finding::field).containsOnly("what-happened");
        assertThat(found).extracting(ReportPreview.Finding::words).contains("06-23456789");

        // Resolved: the number replaced by its placeholder, the rest said not to be personal.
        Set<String> notPersonal = found.stream()
                .map(ReportPreview.Finding::words)
                .filter(w -> !w.equals("06-23456789"))
                .collect(java.util.stream.Collectors.toSet());
        asTeam(() -> {
            bundles.updateCase(
                    id, inwonen("Mevrouw belde met Jan de Vries op [telefoon].").withDismissed(notPersonal));
            return null;
        });
        Export pdf = asTeam(() -> bundles.export(bundle, Export.Format.PDF));
        Export md = asTeam(() -> bundles.export(bundle, Export.Format.MARKDOWN));
        String text = ReportFixture.text(pdf.bytes());
        String markdown = new String(md.bytes(), StandardCharsets.UTF_8);
        for (String document : List.of(text, markdown)) {
            assertThat(document)
                    .contains(
                            "Yin en yang in het sociaal domein",
                            "Inhoud",
                            "Over deze bundel",
                            "Voor het tweede jaar van de opleiding.",
                            "Hoe de casussen zijn verzameld en anoniem gemaakt",
                            "Casus 1: Een zoon komt weer thuis wonen",
                            "De situatie, in de woorden van bewoners",
                            "Toen mijn zoon kwam inwonen",
                            "Bewoner · ",
                            "Kostendelersnorm",
                            "Wat het team ervan leerde",
                            "Inwonen kost huishoudens hun huis",
                            "Vragen voor studenten",
                            "Wat zou jij als consulent doen?",
                            "Mevrouw belde met Jan de Vries op [telefoon].");
            assertThat(ReportServiceTest.NEVER).noneMatch(document::contains);
            assertThat(document).doesNotContain("06-23456789", "huurachterstand liep op");
        }
        assertThat(pdf.notes()).isEqualTo(2);
    }

    @Test
    void aCaseWhoseNoteIsWithdrawnCannotBeExportedUntilItIsSavedAgain() {
        long id = asTeam(() -> bundles.addCase(bundle, inwonen("Het huishouden kreeg minder bijstand.")));
        consent.changeConsent(tables.resident().pass(), tables.bundleNote(), ConsentTier.REPORT);

        BundlePreview preview = asTeam(() -> bundles.preview(bundle));
        assertThat(preview.ready()).isFalse();
        assertThat(preview.cases())
                .singleElement()
                .satisfies(c -> assertThat(c.notReleased()).isEqualTo(1));
        assertThat(preview.html()).doesNotContain("Toen mijn zoon kwam inwonen");
        assertRefused(() -> asTeam(() -> bundles.export(bundle, Export.Format.MARKDOWN)), "bundle.error.not-released");

        // Saving the case again with what is still released makes it ready.
        List<Long> left =
                asTeam(() -> bundles.notes(
                                List.of(
                                        tables.bundleNote().value(),
                                        tables.idea().value()),
                                DUTCH))
                        .stream()
                        .map(SourceNote::id)
                        .toList();
        assertThat(left).containsExactly(tables.idea().value());
        CaseDraft saved = inwonen("Het huishouden kreeg minder bijstand.");
        asTeam(() -> {
            bundles.updateCase(
                    id,
                    new CaseDraft(
                            saved.title(), saved.whatHappened(), saved.questions(), left, saved.insights(), Set.of()));
            return null;
        });
        String markdown = new String(
                asTeam(() -> bundles.export(bundle, Export.Format.MARKDOWN)).bytes(), StandardCharsets.UTF_8);
        assertThat(markdown).contains("Eén vaste contactpersoon").doesNotContain("Toen mijn zoon kwam inwonen");
    }

    @Test
    void casesKeepTheirOrderAndMoveAndOnlyTheTeamBuildsBundles() {
        long first = asTeam(() -> bundles.addCase(bundle, inwonen("Eerste.")));
        long second = asTeam(() -> bundles.addCase(
                bundle,
                new CaseDraft(
                        "Een vaste contactpersoon",
                        "Tweede.",
                        "",
                        List.of(tables.idea().value()),
                        List.of(),
                        Set.of())));
        assertThat(asTeam(() -> bundles.get(bundle)).cases())
                .extracting(Bundle.Case::id)
                .containsExactly(first, second);
        asTeam(() -> {
            bundles.moveCase(second, -1);
            return null;
        });
        assertThat(asTeam(() -> bundles.get(bundle)).cases())
                .extracting(Bundle.Case::id)
                .containsExactly(second, first);
        String markdown = new String(
                asTeam(() -> bundles.export(bundle, Export.Format.MARKDOWN)).bytes(), StandardCharsets.UTF_8);
        assertThat(markdown.indexOf("Casus 1: Een vaste contactpersoon"))
                .isPositive()
                .isLessThan(markdown.indexOf("Casus 2: Een zoon komt weer thuis wonen"));

        assertThatThrownBy(() -> AsStaff.call(tables.facilitator(), StaffRole.FACILITATOR, () -> bundles.get(bundle)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
