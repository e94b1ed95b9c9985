package nl.keukentafel.board.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static nl.keukentafel.board.ui.BoardScreens.card;
import static nl.keukentafel.board.ui.BoardScreens.notesIn;
import static nl.keukentafel.support.LiveUpdates.awaitOnScreen;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.dnd.DropEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import nl.keukentafel.board.BoardContent;
import nl.keukentafel.board.BoardWatchService;
import nl.keukentafel.board.Joined;
import nl.keukentafel.board.NoteId;
import nl.keukentafel.board.TableRole;
import nl.keukentafel.conversation.Category;
import nl.keukentafel.conversation.Conversation;
import nl.keukentafel.conversation.Phase;
import nl.keukentafel.security.StaffRole;
import nl.keukentafel.support.BoardFixture;
import nl.keukentafel.support.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The facilitator runs the conversation from the board (issue 16); every action reaches the server. */
class FacilitationControlsTest extends KaribuTest {

    @Autowired
    BoardFixture fixture;

    @Autowired
    BoardWatchService watching;

    private String facilitator;
    private Conversation live;
    private Joined anna;
    private Joined karel;
    private NoteId annasExperience;
    private NoteId karelsExperience;

    @BeforeEach
    void aLiveBoard() {
        facilitator = fixture.facilitator();
        live = fixture.live(facilitator, "Samen aan tafel");
        anna = fixture.join(live, "Anna de Vries", false, TableRole.RESIDENT);
        karel = fixture.join(live, "Karel Verborgen", false, TableRole.POLICY_MAKER);
        annasExperience = fixture.note(anna, "experience", "De huur is te hoog");
        karelsExperience = fixture.note(karel, "experience", "Huur is voor veel mensen te hoog");
        login(facilitator, StaffRole.FACILITATOR);
        navigate("conversations/" + live.id().value() + "/board");
    }

    /** The board as the facilitator's service sees it now, not as the screen shows it. */
    private BoardContent.Facilitation server() {
        return BoardScreens.asFacilitator(watching, facilitator, live.id()).facilitation();
    }

    private static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }

    private static String stagePhase() {
        return _get(Span.class, spec -> spec.withId("stage-phase")).getText();
    }

    private static MenuBar menuOf(NoteId note) {
        return _get(MenuBar.class, spec -> spec.withId("note-menu-" + note.value()));
    }

    @Test
    void theStepButtonsMoveTheConversationForwardBackAndToAnyStep() {
        assertThat(button("fac-phase-back").isEnabled()).isFalse();

        _click(button("fac-phase-next"));
        awaitOnScreen(() -> assertThat(stagePhase()).isEqualTo("Nu: Welkom (stap 1 van 6)"));
        _click(button("fac-phase-next"));
        awaitOnScreen(() -> assertThat(stagePhase()).isEqualTo("Nu: Verhalen (stap 2 van 6)"));
        awaitOnScreen(() -> assertThat(server().phase()).isEqualTo(Phase.STORIES));
        assertThat(button("fac-phase-stories").getElement().getAttribute("aria-current"))
                .isEqualTo("step");
        assertThat(button("fac-phase-welcome").getElement().getAttribute("aria-current"))
                .isNull();

        _click(button("fac-phase-back"));
        awaitOnScreen(() -> assertThat(stagePhase()).isEqualTo("Nu: Welkom (stap 1 van 6)"));
        awaitOnScreen(() -> assertThat(server().phase()).isEqualTo(Phase.WELCOME));

        _click(button("fac-phase-agree"));
        awaitOnScreen(() -> assertThat(stagePhase()).isEqualTo("Nu: Afspraken (stap 5 van 6)"));

        _click(button("fac-no-phases"));
        awaitOnScreen(() -> assertThat(_find(Span.class, spec -> spec.withId("stage-phase")))
                .isEmpty());
        awaitOnScreen(() -> assertThat(server().phase()).isNull());
        assertThat(button("fac-no-phases").getElement().getAttribute("aria-pressed"))
                .isEqualTo("true");
    }

    @Test
    void inTheStoriesStepTheFacilitatorLetsEveryoneWrite() {
        assertThat(_find(Checkbox.class, spec -> spec.withId("fac-open-up"))).isEmpty();
        _click(button("fac-phase-stories"));
        awaitOnScreen(() -> assertThat(_find(Checkbox.class, spec -> spec.withId("fac-open-up")))
                .hasSize(1));
        awaitOnScreen(() -> assertThat(server().residentsFirst()).isTrue());

        _setValue(_get(Checkbox.class, spec -> spec.withId("fac-open-up")), true, true);

        awaitOnScreen(() -> assertThat(server().residentsFirst()).isFalse());
    }

    @Test
    void silentWritingHoldsNotesBackUntilTheFacilitatorShowsThem() {
        assertThat(_find(Button.class, spec -> spec.withId("reveal-experience")))
                .isEmpty();
        _setValue(_get(Checkbox.class, spec -> spec.withId("fac-silent-all")), true, true);
        awaitOnScreen(() -> assertThat(_get(Checkbox.class, spec -> spec.withId("silent-ideas"))
                        .getValue())
                .isTrue());
        awaitOnScreen(() -> assertThat(server().silentCategories()).hasSize(5));

        NoteId first = fixture.note(anna, "experience", "Stil opgeschreven");
        NoteId second = fixture.note(karel, "ideas", "Ook stil");
        awaitOnScreen(() -> assertThat(button("fac-reveal-all").getText()).isEqualTo("Alles tonen (2)"));
        assertThat(button("reveal-experience").getText()).isEqualTo("Toon (1)");
        assertThat(card(first).orElseThrow().hasClassName("note-unrevealed")).isTrue();

        _click(button("reveal-note-" + first.value()));
        awaitOnScreen(() -> assertThat(card(first).orElseThrow().hasClassName("note-unrevealed"))
                .isFalse());
        assertThat(button("fac-reveal-all").getText()).isEqualTo("Alles tonen (1)");

        _click(button("fac-reveal-all"));
        awaitOnScreen(() -> assertThat(card(second).orElseThrow().hasClassName("note-unrevealed"))
                .isFalse());
        awaitOnScreen(() -> assertThat(server().silentTotal()).isZero());
        assertThat(_find(Button.class, spec -> spec.withId("fac-reveal-all"))).isEmpty();

        _setValue(_get(Checkbox.class, spec -> spec.withId("silent-ideas")), false, true);
        awaitOnScreen(() -> assertThat(_get(Checkbox.class, spec -> spec.withId("fac-silent-all"))
                        .getValue())
                .isFalse());
        awaitOnScreen(() -> assertThat(server().silentCategories()).hasSize(4).doesNotContain(new Category("ideas")));
    }

    @Test
    void aCardIsPutInTheSpotlightAndTakenOutAgain() {
        _click(button("spotlight-" + annasExperience.value()));

        awaitOnScreen(() -> assertThat(_get(NoteCardView.class, spec -> spec.withId("spotlight-note"))
                        .getElement()
                        .getAttribute(NoteCardView.TEXT))
                .isEqualTo("De huur is te hoog"));
        awaitOnScreen(() -> assertThat(server().spotlight().id()).isEqualTo(annasExperience));
        assertThat(button("spotlight-" + annasExperience.value()).getText()).isEqualTo("Uitlichten stoppen");
        assertThat(button("spotlight-" + karelsExperience.value()).getText()).isEqualTo("Uitlichten");

        _click(button("spotlight-" + annasExperience.value()));
        awaitOnScreen(() -> assertThat(_find(NoteCardView.class, spec -> spec.withId("spotlight-note")))
                .isEmpty());
        awaitOnScreen(() -> assertThat(server().spotlight()).isNull());
    }

    @Test
    void theTimerStartsForTheChosenMinutesAndStops() {
        assertThat(_find(Button.class, spec -> spec.withId("fac-timer-stop"))).isEmpty();
        _setValue(_get(IntegerField.class, spec -> spec.withId("fac-timer-minutes")), 3, true);
        _click(button("fac-timer-start"));

        awaitOnScreen(() -> {
            BoardContent.Timer timer = server().timer();
            assertThat(timer).isNotNull();
            assertThat(Duration.between(timer.startedAt(), timer.endsAt())).isEqualTo(Duration.ofMinutes(3));
        });
        awaitOnScreen(() -> assertThat(_find(Button.class, spec -> spec.withId("fac-timer-stop")))
                .hasSize(1));

        _click(button("fac-timer-stop"));
        awaitOnScreen(() -> assertThat(server().timer()).isNull());
        awaitOnScreen(() -> assertThat(_find(Button.class, spec -> spec.withId("fac-timer-stop")))
                .isEmpty());
    }

    @Test
    void aTimerOfMoreThanAnHourIsRefusedWithAMessage() {
        _setValue(_get(IntegerField.class, spec -> spec.withId("fac-timer-minutes")), 90, true);
        _click(button("fac-timer-start"));

        awaitOnScreen(() -> assertThat(server().timer()).isNull());
        assertThat(NotificationsKt.getNotifications())
                .anySatisfy(notification -> assertThat(notification.getElement().getProperty("text"))
                        .isEqualTo("Kies een tijd van 1 tot 60 minuten."));
    }

    @Test
    void thePauseButtonPausesWritingAndShowsThatItIsOn() {
        _click(button("fac-pause"));

        awaitOnScreen(() -> assertThat(button("fac-pause").getElement().getAttribute("aria-pressed"))
                .isEqualTo("true"));
        awaitOnScreen(() -> assertThat(server().locked()).isTrue());
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("stage-pause"))
                        .getText())
                .isEqualTo("Schrijven staat op pauze voor iedereen.");

        _click(button("fac-pause"));
        awaitOnScreen(() -> assertThat(button("fac-pause").getElement().getAttribute("aria-pressed"))
                .isEqualTo("false"));
        awaitOnScreen(() -> assertThat(server().locked()).isFalse());
    }

    /** Starts a group with the column's "Groep" button and waits for its chip. */
    private static void newGroupInExperience(String name) {
        _click(button("new-group-experience"));
        _setValue(_get(TextField.class, spec -> spec.withId("group-name")), name);
        _click(button("group-save"));
        awaitOnScreen(() -> assertThat(_find(Div.class, spec -> spec.withClasses("fac-group")))
                .hasSize(1));
    }

    @Test
    void aNewGroupTakesACardThroughTheCardsMenu() {
        newGroupInExperience("De huur");
        awaitOnScreen(() -> assertThat(server().groups()).hasSize(1));
        long group = server().groups().getFirst().id();
        assertThat(_get(Div.class, spec -> spec.withId("group-" + group))
                        .getElement()
                        .getTextRecursively())
                .contains("De huur");

        ContextMenuKt._clickItemWithCaption(menuOf(annasExperience), "De huur");

        awaitOnScreen(() -> assertThat(
                        card(annasExperience).orElseThrow().getElement().getAttribute(NoteCardView.GROUP))
                .isEqualTo("Groep: De huur"));
        awaitOnScreen(
                () -> assertThat(cardOnServer(annasExperience).extras().group()).isEqualTo(group));

        ContextMenuKt._clickItemWithCaption(menuOf(annasExperience), "Geen groep");
        awaitOnScreen(() -> assertThat(
                        card(annasExperience).orElseThrow().getElement().getAttribute(NoteCardView.GROUP))
                .isNull());
    }

    @Test
    void aCardDroppedOnAGroupGoesIntoIt() {
        newGroupInExperience("Geld");
        Div chip = _get(Div.class, spec -> spec.withClasses("fac-group"));

        // What the browser's drag and drop connector reports: the dragged card, then the drop.
        UI.getCurrent()
                .getInternals()
                .setActiveDragSourceComponent(card(karelsExperience).orElseThrow());
        ComponentUtil.fireEvent(chip, new DropEvent<>(chip, true, "move"));

        awaitOnScreen(() -> assertThat(
                        card(karelsExperience).orElseThrow().getElement().getAttribute(NoteCardView.GROUP))
                .isEqualTo("Groep: Geld"));
    }

    private BoardContent.Card cardOnServer(NoteId note) {
        return BoardScreens.asFacilitator(watching, facilitator, live.id()).notes().stream()
                .filter(c -> c.id().equals(note))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void mergingThroughTheDialogShowsBothNotesOnOneCardAndSplitsAgain() {
        ContextMenuKt._clickItemWithCaption(menuOf(karelsExperience), "Samenvoegen met…");
        _click(button("merge-into-" + annasExperience.value()));

        awaitOnScreen(() -> assertThat(card(karelsExperience)).isEmpty());
        assertThat(notesIn("experience")).containsExactly("De huur is te hoog");
        awaitOnScreen(() -> assertThat(cardOnServer(annasExperience).extras().merged())
                .extracting(BoardContent.Merged::id)
                .containsExactly(karelsExperience));
        assertThat(_find(Dialog.class)).isEmpty();

        ContextMenuKt._clickItemWithCaption(menuOf(annasExperience), "Splitsen: Huur is voor veel mensen te hoog");
        awaitOnScreen(() -> assertThat(card(karelsExperience)).isPresent());
        awaitOnScreen(() ->
                assertThat(cardOnServer(annasExperience).extras().merged()).isEmpty());
    }

    @Test
    void theFacilitatorSetsTheDotsAndShowsThemToTheTable() {
        assertThat(_find(IntegerField.class, spec -> spec.withId("fac-dots")))
                .as("dots are for the step for choosing")
                .isEmpty();
        _click(button("fac-phase-choose"));
        awaitOnScreen(() -> assertThat(_find(IntegerField.class, spec -> spec.withId("fac-dots")))
                .hasSize(1));

        _setValue(_get(IntegerField.class, spec -> spec.withId("fac-dots")), 5, true);
        awaitOnScreen(() -> assertThat(server().voting().dots()).isEqualTo(5));

        _setValue(_get(Checkbox.class, spec -> spec.withId("fac-votes-shown")), true, true);
        awaitOnScreen(() -> assertThat(server().voting().revealed()).isTrue());
        _setValue(_get(Checkbox.class, spec -> spec.withId("fac-votes-shown")), false, true);
        awaitOnScreen(() -> assertThat(server().voting().revealed()).isFalse());
    }

    @SuppressWarnings("unchecked")
    @Test
    void anAgreementIsStoredOnceOnADoubleClickAndListedWithItsOwnerAndDate() {
        _click(button("fac-agreement-new"));
        _setValue(_get(TextArea.class, spec -> spec.withId("agreement-what")), "Gemeente belt eerder bij achterstand");
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("agreement-owner")), AgreementDialog.Owner.ROLE);
        _setValue(_get(Select.class, spec -> spec.withId("agreement-role")), TableRole.POLICY_MAKER);
        LocalDate due = LocalDate.now().plusDays(14);
        _setValue(_get(DatePicker.class, spec -> spec.withId("agreement-due")), due);
        Button save = button("agreement-save");

        // Both clicks reach the server before the dialog closes in the browser.
        save.click();
        save.click();

        // A later change as a barrier: once it shows, everything stored before it shows too.
        _click(button("fac-pause"));
        awaitOnScreen(() -> assertThat(server().locked()).isTrue());
        List<BoardContent.Agreement> agreements = server().agreements();
        assertThat(agreements).hasSize(1);
        BoardContent.Agreement agreement = agreements.getFirst();
        assertThat(agreement.what()).isEqualTo("Gemeente belt eerder bij achterstand");
        assertThat(agreement.ownerRole()).isEqualTo(TableRole.POLICY_MAKER);
        assertThat(agreement.dueOn()).isEqualTo(due);
        awaitOnScreen(() -> assertThat(_get(ListItem.class, spec -> spec.withId("agreement-" + agreement.id()))
                        .getElement()
                        .getTextRecursively())
                .startsWith("Gemeente belt eerder bij achterstand")
                .contains("Wie: Beleidsmaker"));
        assertThat(_find(Dialog.class)).isEmpty();
    }

    @Test
    void anAgreementMadeFromACardCarriesItsTextAndNoteAndCanBeChanged() {
        ContextMenuKt._clickItemWithCaption(menuOf(annasExperience), "Afspraak maken…");
        assertThat(_get(TextArea.class, spec -> spec.withId("agreement-what")).getValue())
                .isEqualTo("De huur is te hoog");
        _click(button("agreement-save"));
        awaitOnScreen(() -> assertThat(server().agreements()).hasSize(1));
        BoardContent.Agreement agreement = server().agreements().getFirst();
        assertThat(agreement.note()).isEqualTo(annasExperience);

        awaitOnScreen(() -> _get(Button.class, spec -> spec.withId("fac-agreement-edit-" + agreement.id())));
        _click(button("fac-agreement-edit-" + agreement.id()));
        _setValue(_get(TextArea.class, spec -> spec.withId("agreement-what")), "Anna krijgt hulp bij de huur");
        _click(button("agreement-save"));

        awaitOnScreen(() -> assertThat(server().agreements())
                .extracting(BoardContent.Agreement::what)
                .containsExactly("Anna krijgt hulp bij de huur"));
        awaitOnScreen(() -> assertThat(server().agreements().getFirst().note()).isEqualTo(annasExperience));
    }

    @Test
    void undoRevertsTheLastActionAndNamesIt() {
        assertThat(button("fac-undo").isEnabled()).isFalse();
        assertThat(button("fac-undo").getText()).isEqualTo("Niets om ongedaan te maken");

        _click(button("fac-phase-discuss"));
        awaitOnScreen(() -> assertThat(stagePhase()).isEqualTo("Nu: Bespreken (stap 3 van 6)"));
        _click(button("fac-pause"));
        awaitOnScreen(() -> assertThat(button("fac-undo").getText()).isEqualTo("Pauze ongedaan maken"));

        _click(button("fac-undo"));
        awaitOnScreen(() -> assertThat(button("fac-undo").getText()).isEqualTo("Stap terugzetten"));
        awaitOnScreen(() -> assertThat(server().locked()).isFalse());
        awaitOnScreen(() -> assertThat(server().phase()).isEqualTo(Phase.DISCUSS));

        _click(button("fac-undo"));
        awaitOnScreen(() -> assertThat(_find(Span.class, spec -> spec.withId("stage-phase")))
                .isEmpty());
        awaitOnScreen(() -> assertThat(server().phase()).isNull());
    }
}
