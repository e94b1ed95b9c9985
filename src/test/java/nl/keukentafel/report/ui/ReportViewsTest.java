package nl.keukentafel.report.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static nl.keukentafel.support.LiveUpdates.awaitOnScreen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import nl.keukentafel.board.ConsentService;
import nl.keukentafel.board.ConsentTier;
import nl.keukentafel.report.ReportFixture;
import nl.keukentafel.report.SourceConversation;
import nl.keukentafel.report.SourceNote;
import nl.keukentafel.security.StaffRole;
import nl.keukentafel.security.ui.LoginView;
import nl.keukentafel.support.BoardFixture;
import nl.keukentafel.support.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ReportViewsTest extends KaribuTest {

    @Autowired
    ReportFixture fixture;

    @Autowired
    BoardFixture board;

    @Autowired
    ConsentService consent;

    ReportFixture.Tables tables;

    @BeforeEach
    void tables() {
        tables = fixture.tables();
    }

    private static String preview(String id) {
        return _get(IFrame.class, spec -> spec.withId(id)).getSrcdoc().orElse("");
    }

    private static void awaitDownload(String id) {
        awaitOnScreen(() -> assertThat(_find(Anchor.class, spec -> spec.withId(id + "-link")))
                .hasSize(1));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTeamMemberDraftsAReportFromAReviewSelectionWithALivePreviewResolvesADetailAndDownloadsIt() {
        login(tables.team(), StaffRole.TEAM_MEMBER);
        navigate("review?municipality=" + tables.place().id());
        Anchor toReport = _get(Anchor.class, spec -> spec.withId("review-new-report"));
        assertThat(toReport.getHref())
                .isEqualTo("reports/new?municipality=" + tables.place().id());

        navigate(toReport.getHref());
        Grid<SourceConversation> conversations = _get(Grid.class, spec -> spec.withId("report-conversations"));
        assertThat(conversations.getSelectedItems())
                .extracting(SourceConversation::title)
                .containsExactlyInAnyOrder("Huur en bijstand", "Schulden voorkomen");
        assertThat(_get(Span.class, spec -> spec.withId("report-conversation-count"))
                        .getText())
                .isEqualTo("2 van 2 gesprekken gekozen");
        assertThat(preview("report-preview"))
                .contains("Wat we hoorden", "[naam] belde [telefoon]", "Eén vaste contactpersoon")
                .doesNotContain("Fatima", "06-12345678", "Alleen aan tafel");
        assertThat(_get(TextArea.class, spec -> spec.withId("report-text-table"))
                        .getValue())
                .startsWith("Er zaten 4 mensen aan tafel.");

        _setValue(_get(TextField.class, spec -> spec.withId("report-title")), "Kenniscafé Huur");
        _setValue(
                _get(TextArea.class, spec -> spec.withId("report-introduction")),
                "Vragen? Bel 06-23456789 of kom langs.");
        assertThat(preview("report-preview")).contains("Kenniscafé Huur", "Vragen? Bel 06-23456789");
        Div findings = _get(Div.class, spec -> spec.withId("report-findings"));
        assertThat(_find(findings, ListItem.class))
                .singleElement()
                .satisfies(item ->
                        assertThat(item.getElement().getTextRecursively()).contains("06-23456789", "[telefoon]"));
        _click(_get(Button.class, spec -> spec.withId("report-findings-replace-1")));
        assertThat(_get(TextArea.class, spec -> spec.withId("report-introduction"))
                        .getValue())
                .isEqualTo("Vragen? Bel [telefoon] of kom langs.");
        assertThat(_find(findings, ListItem.class)).isEmpty();

        // The team leaves one quote out and rewrites a section; the drafted text stays for the others.
        Grid<SourceNote> quotes = _get(Grid.class, spec -> spec.withId("report-quotes"));
        SourceNote idea = GridKt._findAll(quotes).stream()
                .filter(n -> n.text().startsWith("Eén vaste"))
                .findFirst()
                .orElseThrow();
        quotes.getSelectionModel().deselectFromClient(idea);
        _setValue(_get(TextArea.class, spec -> spec.withId("report-text-heard")), "Wat bewoners ons vertelden.");
        assertThat(preview("report-preview"))
                .contains("Wat bewoners ons vertelden.")
                .doesNotContain("Eén vaste contactpersoon");

        _click(_get(Button.class, spec -> spec.withId("report-save")));
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).matches("reports/[0-9]+");
        assertThat(_get(TextArea.class, spec -> spec.withId("report-text-heard"))
                        .getValue())
                .isEqualTo("Wat bewoners ons vertelden.");
        assertThat(_get(TextArea.class, spec -> spec.withId("report-text-table"))
                        .getValue())
                .startsWith("Er zaten 4 mensen aan tafel.");

        _click(_get(Button.class, spec -> spec.withId("report-pdf")));
        awaitDownload("report-pdf");
        assertThat(_get(Anchor.class, spec -> spec.withId("report-pdf-link")).getText())
                .startsWith("Download verslag-kenniscafe-huur-concept.pdf (");
        _click(_get(Button.class, spec -> spec.withId("report-markdown")));
        awaitDownload("report-markdown");

        _click(_get(Button.class, spec -> spec.withId("report-publish")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(_get(Span.class, spec -> spec.withId("report-status")).getText())
                .isEqualTo("Gepubliceerd");
        assertThat(_find(Div.class, spec -> spec.withId("report-version-1"))).hasSize(1);

        // A quoted author withdraws consent: the report says it needs an update.
        consent.changeConsent(tables.resident().pass(), tables.residentNote(), ConsentTier.TABLE_ONLY);
        navigate(UI.getCurrent().getActiveViewLocation().getPath());
        assertThat(_get(Paragraph.class, spec -> spec.withId("report-needs-update"))
                        .getText())
                .contains("Versie 1 citeert een notitie die niet meer gebruikt mag");
        _click(_get(Button.class, spec -> spec.withId("version-1-pdf")));
        awaitDownload("version-1-pdf");

        navigate("reports");
        assertThat(_get(Grid.class, spec -> spec.withId("reports-grid"))
                        .getGenericDataView()
                        .getItems())
                .hasSizeGreaterThanOrEqualTo(1);
    }

    @Test
    void anExportThatIsRefusedSaysWhyBesideTheButton() {
        login(tables.team(), StaffRole.TEAM_MEMBER);
        navigate("bundles/new");
        _setValue(_get(TextField.class, spec -> spec.withId("bundle-title")), "Lesbundel huur");
        _click(_get(Button.class, spec -> spec.withId("bundle-save")));
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).matches("bundles/[0-9]+");

        _click(_get(Button.class, spec -> spec.withId("bundle-pdf")));
        awaitOnScreen(() -> assertThat(_get(Div.class, spec -> spec.withId("bundle-pdf-result"))
                        .getElement()
                        .getTextRecursively())
                .isEqualTo("Voeg eerst een casus toe."));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTeamMemberBuildsACaseFromCaseBundleNotesResolvesTheCheckAndDownloadsTheBundle() {
        login(tables.team(), StaffRole.TEAM_MEMBER);
        navigate("bundles/new");
        _setValue(_get(TextField.class, spec -> spec.withId("bundle-title")), "Yin en yang");
        _click(_get(Button.class, spec -> spec.withId("bundle-save")));

        _click(_get(Button.class, spec -> spec.withId("bundle-add-case")));
        _setValue(_get(TextField.class, spec -> spec.withId("case-title")), "Een zoon komt thuis wonen");
        _setValue(_get(TextField.class, spec -> spec.withId("case-search")), "zoon");
        Grid<SourceNote> candidates = _get(Grid.class, spec -> spec.withId("case-candidates"));
        assertThat(GridKt._findAll(candidates))
                .extracting(SourceNote::id)
                .contains(tables.bundleNote().value())
                .doesNotContain(tables.residentNote().value());
        int row = GridKt._findAll(candidates).stream()
                .map(SourceNote::id)
                .toList()
                .indexOf(tables.bundleNote().value());
        _click((Button) GridKt._getCellComponent(candidates, row, "choose"));
        _setValue(
                _get(TextArea.class, spec -> spec.withId("case-what-happened")),
                "De consulent belde 06-23456789 en de uitkering ging omlaag.");
        _setValue(_get(TextArea.class, spec -> spec.withId("case-questions")), "Welke regel speelt hier?");
        Div findings = _get(Div.class, spec -> spec.withId("case-findings"));
        assertThat(findings.getElement().getTextRecursively()).contains("06-23456789");
        _click(_get(Button.class, spec -> spec.withId("case-findings-replace-1")));
        assertThat(_get(TextArea.class, spec -> spec.withId("case-what-happened"))
                        .getValue())
                .isEqualTo("De consulent belde [telefoon] en de uitkering ging omlaag.");
        _click(_get(Button.class, spec -> spec.withId("case-save")));

        ListItem item = _get(ListItem.class, spec -> spec.withId("bundle-case-1"));
        assertThat(item.getElement().getTextRecursively())
                .contains("Een zoon komt thuis wonen", "1 notitie · 1 vraag", "Klaar om te downloaden");
        assertThat(preview("bundle-preview"))
                .contains(
                        "Casus 1: Een zoon komt thuis wonen", "Toen mijn zoon kwam inwonen", "Welke regel speelt hier?")
                .doesNotContain("Fatima");
        _click(_get(Button.class, spec -> spec.withId("bundle-pdf")));
        awaitDownload("bundle-pdf");
        assertThat(_get(Anchor.class, spec -> spec.withId("bundle-pdf-link")).getText())
                .startsWith("Download lesbundel-yin-en-yang.pdf (");
        _click(_get(Button.class, spec -> spec.withId("bundle-markdown")));
        awaitDownload("bundle-markdown");
    }

    @Test
    void facilitatorsExportTheirSelectionButMakeNoReports() {
        login(tables.facilitator(), StaffRole.FACILITATOR);
        assertThatThrownBy(() -> navigate("reports")).isInstanceOf(MockAccessDeniedException.class);
        assertThatThrownBy(() -> navigate("reports/new")).isInstanceOf(MockAccessDeniedException.class);
        assertThatThrownBy(() -> navigate("bundles/new")).isInstanceOf(MockAccessDeniedException.class);

        navigate("review?municipality=" + tables.place().id());
        assertThat(_find(Anchor.class, spec -> spec.withId("review-new-report")))
                .isEmpty();
        _click(_get(Button.class, spec -> spec.withId("review-export-csv")));
        awaitDownload("review-export-csv");
        assertThat(_get(Anchor.class, spec -> spec.withId("review-export-csv-link"))
                        .getText())
                .startsWith("Download keukentafel-selectie.csv (");
    }

    @Test
    void anonymousVisitorsAreSentToLogin() {
        for (String location : List.of("reports", "reports/new", "bundles/new")) {
            navigate(location);
            _assertOne(LoginView.class);
        }
    }

    @Test
    void anAdminMakesReportsToo() {
        login(board.account("admin", StaffRole.ADMIN), StaffRole.ADMIN);
        navigate("reports");
        _click(_get(Button.class, spec -> spec.withId("new-report")));
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("reports/new");
        navigate("reports");
        _click(_get(Button.class, spec -> spec.withId("new-bundle")));
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("bundles/new");
    }
}
