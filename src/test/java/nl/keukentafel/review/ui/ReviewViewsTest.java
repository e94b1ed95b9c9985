package nl.keukentafel.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.keukentafel.board.ConsentTier;
import nl.keukentafel.board.Joined;
import nl.keukentafel.board.NoteAudience;
import nl.keukentafel.board.NoteId;
import nl.keukentafel.board.TableRole;
import nl.keukentafel.conversation.Conversation;
import nl.keukentafel.reference.ReferenceItem;
import nl.keukentafel.review.Effect;
import nl.keukentafel.review.ReleasedNote;
import nl.keukentafel.security.StaffRole;
import nl.keukentafel.support.BoardFixture;
import nl.keukentafel.support.GridCells;
import nl.keukentafel.support.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ReviewViewsTest extends KaribuTest {

    @Autowired
    BoardFixture fixture;

    String facilitator;
    ReferenceItem place;
    NoteId residentNote;
    NoteId professionalNote;
    NoteId idea;

    @BeforeEach
    void aClosedConversation() {
        facilitator = fixture.facilitator();
        place = fixture.municipality("Kijkdam");
        Conversation live =
                fixture.live(facilitator, "Huur en schulden", place.id(), Instant.parse("2026-02-03T18:00:00Z"));
        Joined resident = fixture.join(live, "Fatima Kijk", false, TableRole.RESIDENT);
        Joined professional = fixture.join(live, "Pieter Kijk", true, TableRole.PROFESSIONAL);
        residentNote = fixture.note(
                resident,
                "experience",
                "De kostendelersnorm maakte mijn huurachterstand groter. Bel Fatima op 06-12345678.",
                ConsentTier.REPORT,
                NoteAudience.EVERYONE);
        professionalNote = fixture.note(
                professional,
                "policy-effect",
                "Huurachterstanden beginnen vaak bij een lagere uitkering.",
                ConsentTier.CASE_BUNDLE,
                NoteAudience.EVERYONE);
        idea = fixture.note(
                resident, "ideas", "Een vaste contactpersoon helpt echt.", ConsentTier.REPORT, NoteAudience.EVERYONE);
        fixture.note(resident, "experience", "Alleen voor deze tafel: huurachterstand bij mijn zus.");
        fixture.close(facilitator, live);
    }

    private String here() {
        return "review?municipality=" + place.id();
    }

    @SuppressWarnings("unchecked")
    private Grid<ReleasedNote> grid() {
        return _get(Grid.class, spec -> spec.withId("review-grid"));
    }

    private List<NoteId> rows() {
        return GridKt._findAll(grid()).stream().map(ReleasedNote::id).toList();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTeamMemberSearchesFiltersWithCountsAndTheSelectionIsInTheAddress() {
        login(fixture.teamMember(), StaffRole.TEAM_MEMBER);
        navigate(here());
        assertThat(rows()).containsExactlyInAnyOrder(residentNote, professionalNote, idea);
        assertThat(_get(Span.class, spec -> spec.withId("review-total")).getText())
                .isEqualTo("3 notities");

        _setValue(_get(TextField.class, spec -> spec.withId("review-search")), "huurachterstanden");

        assertThat(rows()).containsExactlyInAnyOrder(residentNote, professionalNote);
        assertThat(UI.getCurrent().getActiveViewLocation().getPathWithQueryParameters())
                .contains("q=huurachterstanden", "municipality=" + place.id());
        String text = GridKt._getFormattedRow(grid(), 0).toString() + GridKt._getFormattedRow(grid(), 1);
        assertThat(text).doesNotContain("Fatima", "06-12345678", "zus");

        ComboBox<String> role = _get(ComboBox.class, spec -> spec.withId("filter-role"));
        assertThat(role.getListDataView().getItems().map(role.getItemLabelGenerator()))
                .containsExactly("Bewoner (1)", "Professional (wijkteam) (1)");
        _setValue(role, "RESIDENT");
        assertThat(rows()).containsExactly(residentNote);
        assertThat(UI.getCurrent().getActiveViewLocation().getPathWithQueryParameters())
                .contains("role=RESIDENT");
        assertThat(role.getListDataView().getItems().map(role.getItemLabelGenerator()))
                .as("the other role stays in view")
                .containsExactly("Bewoner (1)", "Professional (wijkteam) (1)");

        _click(_get(Button.class, spec -> spec.withId("review-clear")));
        assertThat(UI.getCurrent().getActiveViewLocation().getQueryParameters().getParameters())
                .isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTeamMemberTagsTwoNotesAtOnceAndWritesAnInsightFromThem() {
        login(fixture.teamMember(), StaffRole.TEAM_MEMBER);
        navigate(here());
        Grid<ReleasedNote> grid = grid();
        List<ReleasedNote> notes = GridKt._findAll(grid);
        notes.stream()
                .filter(n -> n.id().equals(residentNote) || n.id().equals(professionalNote))
                .forEach(grid::select);
        assertThat(_get(Span.class, spec -> spec.withId("review-chosen")).getText())
                .isEqualTo("2 notities gekozen");

        _click(_get(Button.class, spec -> spec.withId("review-tag")));
        MultiSelectComboBox<ReferenceItem> regulations =
                _get(MultiSelectComboBox.class, spec -> spec.withId("tag-regulations"));
        ReferenceItem kostendelersnorm = regulations
                .getListDataView()
                .getItems()
                .filter(r -> r.name().equals("Kostendelersnorm"))
                .findFirst()
                .orElseThrow();
        _setValue(regulations, Set.of(kostendelersnorm));
        _setValue(_get(Select.class, spec -> spec.withId("tag-effect")), Effect.EXPERIENCED_BOTTLENECK);
        _click(_get(Button.class, spec -> spec.withId("tag-save")));

        navigate(here() + "&effect=EXPERIENCED_BOTTLENECK");
        assertThat(rows()).containsExactlyInAnyOrder(residentNote, professionalNote);
        assertThat(GridKt._getFormattedRow(grid(), 0).toString()).contains("Kostendelersnorm · Ervaren knelpunt");

        GridKt._findAll(grid()).forEach(grid()::select);
        _click(_get(Button.class, spec -> spec.withId("review-new-insight")));
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("insights/new");
        assertThat(_find(ListItem.class, spec -> spec.withClasses("evidence-item")))
                .hasSize(2);

        _click(_get(Button.class, spec -> spec.withId("insight-save")));
        assertThat(_get(TextField.class, spec -> spec.withId("insight-title")).getErrorMessage())
                .isEqualTo("Vul dit in of kies er een.");
        assertThat(_get(TextField.class, spec -> spec.withId("insight-title")).isInvalid())
                .isTrue();

        _setValue(_get(TextField.class, spec -> spec.withId("insight-title")), "De kostendelersnorm duwt huur omhoog");
        _setValue(_get(TextArea.class, spec -> spec.withId("insight-body")), "Minder uitkering, dan achterstand.");
        ComboBox<ReferenceItem> theme = _get(ComboBox.class, spec -> spec.withId("insight-theme"));
        _setValue(theme, theme.getListDataView().getItems().findFirst().orElseThrow());
        ComboBox<ReferenceItem> werkteam = _get(ComboBox.class, spec -> spec.withId("insight-werkteam"));
        _setValue(werkteam, werkteam.getListDataView().getItems().findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("insight-save")));

        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).matches("insights/[0-9]+");
        assertThat(_get(Paragraph.class, spec -> spec.withId("insight-reach")).getText())
                .isEqualTo("2 notities uit 1 gesprek in 1 gemeente");
        assertThat(_get(UnorderedList.class, spec -> spec.withId("insight-quotes"))
                        .getElement()
                        .getTextRecursively())
                .contains("De kostendelersnorm maakte mijn huurachterstand groter. Bel [naam] op [telefoon].")
                .doesNotContain("Fatima");

        navigate("insights");
        assertThat(GridKt._findAll(_get(Grid.class, spec -> spec.withId("insights-grid")))
                        .toString())
                .contains("De kostendelersnorm duwt huur omhoog");
        navigate(here() + "&insight=with");
        assertThat(rows()).containsExactlyInAnyOrder(residentNote, professionalNote);
    }

    @Test
    @SuppressWarnings("unchecked")
    void openingANoteShowsItOnItsBoardStillRedacted() {
        login(fixture.teamMember(), StaffRole.TEAM_MEMBER);
        navigate(here());
        Grid<ReleasedNote> grid = grid();
        ReleasedNote opened = GridKt._findAll(grid).stream()
                .filter(n -> n.id().equals(professionalNote))
                .findFirst()
                .orElseThrow();
        _click((Button) GridCells.component(grid, grid.getColumns().size() - 1, opened));

        ListItem current = _get(ListItem.class, spec -> spec.withId("context-opened"));
        assertThat(current.getElement().getTextRecursively()).contains("Huurachterstanden beginnen vaak");
        assertThat(_find(ListItem.class, spec -> spec.withClasses("context-note")))
                .extracting(li -> li.getElement().getTextRecursively())
                .anySatisfy(t -> assertThat(t).contains("[naam]", "[telefoon]").doesNotContain("Fatima"));
    }

    @Test
    void aFacilitatorReviewsTheirOwnConversationsWithoutTaggingOrInsights() {
        String another = fixture.facilitator();
        login(facilitator, StaffRole.FACILITATOR);
        navigate(here());
        assertThat(rows()).hasSize(3);
        assertThat(_find(Button.class, spec -> spec.withId("review-tag"))).isEmpty();

        login(another, StaffRole.FACILITATOR);
        navigate(here());
        assertThat(rows()).as("another facilitator's conversation").isEmpty();
        assertThatThrownBy(() -> navigate("insights")).isInstanceOf(MockAccessDeniedException.class);
    }

    @Test
    void theMenuOffersTheReviewAreaPerRole() {
        login(fixture.account("admin", StaffRole.ADMIN), StaffRole.ADMIN);
        navigate("");
        assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getPath))
                .contains("review", "review/overview", "insights");
        navigate(here());
        assertThat(rows()).hasSize(3);
        assertThat(_find(Button.class, spec -> spec.withId("review-tag"))).hasSize(1);
    }

    @Test
    void aFacilitatorsMenuHasTheReviewButNoInsights() {
        login(facilitator, StaffRole.FACILITATOR);
        navigate("");
        assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getPath))
                .contains("review", "review/overview")
                .doesNotContain("insights");
    }

    @Test
    void theOverviewDrawsEveryChartWithItsFiguresInATable() {
        login(fixture.teamMember(), StaffRole.TEAM_MEMBER);
        navigate("review/overview?municipality=" + place.id());

        assertThat(_find(Svg.class)).hasSize(3);
        List<NativeTable> tables = _find(NativeTable.class);
        assertThat(tables).hasSize(3);
        assertThat(tables.get(0).getElement().getTextRecursively()).contains("Gesprekken per maand", "feb 2026", "1");
        assertThat(tables.get(1).getElement().getTextRecursively()).contains("Bewoner", "Professional");
        assertThat(_get(Paragraph.class, spec -> spec.withId("overview-resident-share"))
                        .getText())
                .isEqualTo("Bewoners (en wie namens hen sprak): 50% van 2 deelnemers.");
        assertThat(_get(Section.class, spec -> spec.withId("overview-bottlenecks"))
                        .getElement()
                        .getTextRecursively())
                .contains("Geen gegevens voor deze selectie.");
    }

    @Test
    void anEnglishReaderSeesEnglishPlaceholdersAndLabels() {
        login(fixture.teamMember(), StaffRole.TEAM_MEMBER);
        UI.getCurrent().setLocale(Locale.forLanguageTag("en-GB"));
        navigate(here() + "&q=kostendelersnorm");
        assertThat(GridKt._getFormattedRow(grid(), 0).toString()).contains("Resident", "What I experience");
        ReleasedNote note = GridKt._findAll(grid()).getFirst();
        assertThat(note.plainText()).contains("[name]", "[phone]");
    }
}
