package nl.keukentafel.board.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static nl.keukentafel.board.ui.BoardScreens.author;
import static nl.keukentafel.board.ui.BoardScreens.card;
import static nl.keukentafel.board.ui.BoardScreens.everythingSent;
import static nl.keukentafel.board.ui.BoardScreens.notesIn;
import static nl.keukentafel.support.LiveUpdates.awaitOnScreen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.NotFoundError;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.IntegerField;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import nl.keukentafel.board.BoardWatchService;
import nl.keukentafel.board.ConsentService;
import nl.keukentafel.board.Joined;
import nl.keukentafel.board.NoteId;
import nl.keukentafel.board.RetentionService;
import nl.keukentafel.board.TableRole;
import nl.keukentafel.conversation.Conversation;
import nl.keukentafel.conversation.ConversationDraft;
import nl.keukentafel.conversation.ConversationService;
import nl.keukentafel.conversation.ConversationStatus;
import nl.keukentafel.security.StaffRole;
import nl.keukentafel.security.ui.LoginView;
import nl.keukentafel.support.AsStaff;
import nl.keukentafel.support.BoardFixture;
import nl.keukentafel.support.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class FacilitatorBoardViewTest extends KaribuTest {

    @Autowired
    BoardFixture fixture;

    @Autowired
    ConversationService conversations;

    @Autowired
    MeterRegistry meters;

    @Autowired
    ConsentService consents;

    @Autowired
    BoardWatchService watching;

    @Autowired
    RetentionService retention;

    private String facilitator;
    private Conversation live;
    private Joined anna;
    private Joined karel;
    private NoteId annasExperience;
    private NoteId annasQuestion;
    private NoteId karelsIdea;

    @BeforeEach
    void aLiveBoardWithTwoParticipants() {
        facilitator = fixture.facilitator();
        live = fixture.live(facilitator, "Huisuitzetting voorkomen");
        anna = fixture.join(live, "Anna de Vries", false, TableRole.RESIDENT);
        karel = fixture.join(live, "Karel Verborgen", true, TableRole.POLICY_MAKER);
        annasExperience = fixture.note(anna, "experience", "De huur is te hoog");
        annasQuestion = fixture.note(anna, "questions", "Wie helpt mij met de brief?");
        karelsIdea = fixture.note(karel, "ideas", "Eerder bellen bij achterstand");
    }

    private void openBoard() {
        login(facilitator, StaffRole.FACILITATOR);
        navigate(boardPath());
    }

    private String boardPath() {
        return "conversations/" + live.id().value() + "/board";
    }

    private static List<String> seats() {
        return _find(_get(UnorderedList.class, spec -> spec.withId("seats")), ListItem.class).stream()
                .map(item -> item.getChildren()
                        .filter(child -> !(child instanceof Button))
                        .map(child -> child.getElement().getTextRecursively())
                        .reduce(item.getElement().getText(), String::concat))
                .toList();
    }

    private double screensWatching() {
        return meters.get("keukentafel.board.screens").gauge().value();
    }

    private static List<Button> moderationButtons() {
        return _find(Button.class).stream()
                .filter(b -> b.getId().orElse("").matches("(un)?hide-\\d+"))
                .toList();
    }

    @Test
    void theBoardShowsEveryNoteInItsCategoryColumn() {
        openBoard();

        assertThat(_get(H1.class).getText()).isEqualTo("Huisuitzetting voorkomen");
        assertThat(notesIn("experience")).containsExactly("De huur is te hoog");
        assertThat(notesIn("questions")).containsExactly("Wie helpt mij met de brief?");
        assertThat(notesIn("ideas")).containsExactly("Eerder bellen bij achterstand");
        assertThat(notesIn("policy-effect")).isEmpty();
        assertThat(notesIn("agreements")).isEmpty();
        assertThat(_get(H2.class, spec -> spec.withId("category-title-experience"))
                        .getText())
                .isEqualTo("Wat ik meemaak");
        assertThat(card(annasExperience)).isPresent();
        assertThat(card(annasQuestion)).isPresent();
    }

    @Test
    void theBoardShowsTheJoinCodeAndAQrCodeThatLeadsToIt() {
        openBoard();

        assertThat(_get(Span.class, spec -> spec.withId("join-code")).getText())
                .isEqualTo(live.joinCode().display());
        // The first QR code is for joining; the one for a shared tablet is folded away below it.
        Image qr = _find(Image.class, spec -> spec.withClasses("qr-code")).getFirst();
        assertThat(qr.getAlt()).hasValue("QR-code om mee te doen aan dit gesprek");
        String prefix = "data:image/svg+xml;base64,";
        assertThat(qr.getSrc()).startsWith(prefix);
        String svg =
                new String(Base64.getDecoder().decode(qr.getSrc().substring(prefix.length())), StandardCharsets.UTF_8);
        assertThat(svg).startsWith("<svg").contains("<path");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .anySatisfy(
                        text -> assertThat(text).startsWith("Meedoen: ga naar ").endsWith("/join en typ deze code"));
    }

    @Test
    void theParticipantsAreListedWithTheirRoleAndTheRealNameOfAnAnonymousOne() {
        openBoard();

        assertThat(_get(H2.class, spec -> spec.withText("Aan tafel (2)"))).isNotNull();
        assertThat(seats())
                .containsExactly("Anna de Vries · Bewoner", "Karel Verborgen · Beleidsmakeranoniem voor anderen");
        assertThat(_get(Span.class, spec -> spec.withClasses("seat-badge")).getText())
                .isEqualTo("anoniem voor anderen");
        assertThat(author(card(karelsIdea).orElseThrow())).isEqualTo("Karel Verborgen (anoniem voor anderen)");
        assertThat(author(card(annasExperience).orElseThrow())).isEqualTo("Anna de Vries");
        assertThat(BoardScreens.everythingSent()).contains("Karel Verborgen");
    }

    @Test
    void aNoteWrittenAtTheTableAppearsOnTheOpenBoard() {
        openBoard();

        fixture.note(anna, "policy-effect", "Mijn uitkering werd gekort");

        awaitOnScreen(() -> assertThat(notesIn("policy-effect")).containsExactly("Mijn uitkering werd gekort"));
    }

    @Test
    void aChangedTitleAndQuestionShowOnTheOpenBoard() {
        openBoard();
        ConversationDraft draft = live.toDraft();

        conversations.update(
                live.id(),
                new ConversationDraft(
                        "Huisuitzetting voorkomen, samen",
                        "Wat helpt u als de huur niet lukt?",
                        draft.themeId(),
                        draft.werkteamId(),
                        draft.municipalityId(),
                        draft.neighbourhoodId(),
                        draft.hostLocation(),
                        draft.startsAt(),
                        draft.template()));

        awaitOnScreen(() -> assertThat(_get(H1.class).getText()).isEqualTo("Huisuitzetting voorkomen, samen"));
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("board-question"))
                        .getText())
                .isEqualTo("Wat helpt u als de huur niet lukt?");
    }

    @Test
    void aParticipantWhoJoinsLaterAppearsAtTheTable() {
        openBoard();

        fixture.join(live, "Bram", false, TableRole.STUDENT);

        awaitOnScreen(() -> assertThat(seats()).contains("Bram · Student").hasSize(3));
    }

    @Test
    void hidingANoteMarksItOnTheBoardAndRemovesItFromTheParticipantsScreen() {
        login(facilitator, StaffRole.FACILITATOR);
        Passes.put(live.joinCode(), anna.pass());
        navigate("table/" + live.joinCode().value());
        assertThat(card(karelsIdea)).isPresent();

        navigate(boardPath());
        _click(_get(Button.class, spec -> spec.withId("hide-" + karelsIdea.value())));

        awaitOnScreen(() -> {
            NoteCardView hidden = card(karelsIdea).orElseThrow();
            assertThat(hidden.hasClassName("note-moderated")).isTrue();
            assertThat(BoardScreens.part(hidden, NoteCardView.BADGE)).hasValue("Verborgen voor anderen");
        });
        assertThat(_get(Button.class, spec -> spec.withId("unhide-" + karelsIdea.value()))
                        .getText())
                .isEqualTo("Weer tonen");
        assertThat(card(annasExperience).orElseThrow().hasClassName("note-moderated"))
                .isFalse();

        navigate("table/" + live.joinCode().value());
        assertThat(card(karelsIdea)).isEmpty();
        assertThat(card(annasExperience)).isPresent();
    }

    @Test
    void showingAHiddenNoteAgainRemovesTheHiddenBadge() {
        fixture.moderate(facilitator, live, karelsIdea);
        openBoard();
        assertThat(card(karelsIdea).orElseThrow().hasClassName("note-moderated"))
                .isTrue();

        _click(_get(Button.class, spec -> spec.withId("unhide-" + karelsIdea.value())));

        awaitOnScreen(() -> {
            NoteCardView shown = card(karelsIdea).orElseThrow();
            assertThat(shown.hasClassName("note-moderated")).isFalse();
            assertThat(BoardScreens.part(shown, NoteCardView.BADGE)).isEmpty();
        });
        _assertOne(Button.class, spec -> spec.withId("hide-" + karelsIdea.value()));
    }

    /** Places a note from the tablet now on screen, as its browser script does. */
    private static String submit(String text) {
        return _get(TableView.class).submitNote(UUID.randomUUID().toString(), "ideas", text, "table-only", "everyone");
    }

    private static ListItem seatOf(String name) {
        return _find(_get(UnorderedList.class, spec -> spec.withId("seats")), ListItem.class).stream()
                .filter(item -> item.getElement().getTextRecursively().startsWith(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void takingAParticipantFromTheTableHidesTheirNotesEverywhereAndStopsTheirWriting() {
        Passes.put(live.joinCode(), anna.pass());
        openBoard();

        _click(_get(seatOf("Anna de Vries"), Button.class, spec -> spec.withText("Van tafel halen")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        awaitOnScreen(() -> {
            assertThat(card(annasExperience).orElseThrow().hasClassName("note-moderated"))
                    .isTrue();
            assertThat(card(annasQuestion).orElseThrow().hasClassName("note-moderated"))
                    .isTrue();
            assertThat(seatOf("Anna de Vries").getElement().getTextRecursively())
                    .contains("Van tafel gehaald");
        });
        assertThat(card(karelsIdea).orElseThrow().hasClassName("note-moderated"))
                .isFalse();

        // Anna's tablet: her notes are hidden from the others and marked so, she is told why, and
        // cannot write.
        navigate("table/" + live.joinCode().value());
        assertThat(card(annasExperience).orElseThrow().getElement().getAttribute(NoteCardView.BADGE))
                .isEqualTo("De gespreksleider heeft deze notitie verborgen voor de anderen.");
        assertThat(_get(Div.class, spec -> spec.withId("table-removed")).isVisible())
                .isTrue();
        assertThat(_get(Div.class, spec -> spec.withId("table-removed"))
                        .getElement()
                        .getTextRecursively())
                .startsWith("De gespreksleider heeft u van tafel gehaald.");
        assertThat(submit("Nog een notitie"))
                .isEqualTo("error:De gespreksleider heeft u van tafel gehaald. U kunt niets meer schrijven.");

        // Karel's tablet no longer shows Anna's notes.
        navigate(boardPath());
        Passes.put(live.joinCode(), karel.pass());
        navigate("table/" + live.joinCode().value());
        assertThat(card(annasExperience)).isEmpty();
        assertThat(card(karelsIdea)).isPresent();

        // Back to the table: Anna writes again; her notes stay hidden until put back one by one.
        navigate(boardPath());
        _click(_get(seatOf("Anna de Vries"), Button.class, spec -> spec.withText("Terug aan tafel")));
        awaitOnScreen(() -> assertThat(seatOf("Anna de Vries").getElement().getTextRecursively())
                .doesNotContain("Van tafel gehaald"));
        Passes.put(live.joinCode(), anna.pass());
        navigate("table/" + live.joinCode().value());
        assertThat(submit("Ik ben terug")).isEqualTo("saved");
        assertThat(_find(Div.class, spec -> spec.withId("table-removed")))
                .as("no longer shown")
                .isEmpty();
        navigate(boardPath());
        assertThat(card(annasExperience).orElseThrow().hasClassName("note-moderated"))
                .isTrue();
    }

    @Test
    void severalNotesAreHiddenAtOnce() {
        openBoard();

        _click(_get(Button.class, spec -> spec.withId("choose-start")));
        assertThat(moderationButtons())
                .as("while choosing, cards offer a choice instead")
                .isEmpty();
        assertThat(_get(Button.class, spec -> spec.withId("hide-chosen")).isEnabled())
                .isFalse();
        _setValue(_get(Checkbox.class, spec -> spec.withId("choose-" + annasExperience.value())), true);
        _setValue(_get(Checkbox.class, spec -> spec.withId("choose-" + karelsIdea.value())), true);
        assertThat(_get(Span.class, spec -> spec.withId("chosen-count")).getText())
                .isEqualTo("2 gekozen");
        _click(_get(Button.class, spec -> spec.withId("hide-chosen")));

        awaitOnScreen(() -> {
            assertThat(card(annasExperience).orElseThrow().hasClassName("note-moderated"))
                    .isTrue();
            assertThat(card(karelsIdea).orElseThrow().hasClassName("note-moderated"))
                    .isTrue();
        });
        assertThat(card(annasQuestion).orElseThrow().hasClassName("note-moderated"))
                .isFalse();
        assertThat(_find(Checkbox.class).stream()
                        .filter(box -> box.getId().orElse("").startsWith("choose-")))
                .as("choosing ends after hiding")
                .isEmpty();
        _assertOne(Button.class, spec -> spec.withId("choose-start"));
    }

    @Test
    void aClosedBoardShowsItIsClosedAndOffersNoModeration() {
        fixture.close(facilitator, live);

        openBoard();

        assertThat(_get(Div.class, spec -> spec.withClasses("board-status")).getText())
                .isEqualTo("Dit gesprek is gesloten. Het bord kan niet meer veranderen.");
        assertThat(notesIn("experience")).containsExactly("De huur is te hoog");
        assertThat(moderationButtons()).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("close-conversation")))
                .isEmpty();
        assertThat(_find(Span.class, spec -> spec.withId("join-code"))).isEmpty();
    }

    @Test
    void closingFromTheBoardAfterConfirmingShowsTheClosedStatus() {
        openBoard();
        assertThat(_find(Div.class, spec -> spec.withClasses("board-status"))).isEmpty();

        _click(_get(Button.class, spec -> spec.withId("close-conversation")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        awaitOnScreen(() -> assertThat(_get(Div.class, spec -> spec.withClasses("board-status"))
                        .getText())
                .isEqualTo("Dit gesprek is gesloten. Het bord kan niet meer veranderen."));
        assertThat(conversations.get(live.id()).status()).isEqualTo(ConversationStatus.CLOSED);
        assertThat(_find(Button.class, spec -> spec.withId("close-conversation")))
                .isEmpty();
        assertThat(_find(Span.class, spec -> spec.withId("join-code"))).isEmpty();
        assertThat(moderationButtons()).isEmpty();
    }

    @Test
    void leavingTheBoardStopsWatchingIt() {
        login(facilitator, StaffRole.FACILITATOR);
        navigate("conversations");
        double before = screensWatching();

        navigate(boardPath());
        assertThat(screensWatching()).isEqualTo(before + 1);

        navigate("conversations");
        assertThat(screensWatching()).isEqualTo(before);
    }

    @Test
    void anotherFacilitatorsBoardIsNotFound() {
        login(fixture.facilitator(), StaffRole.FACILITATOR);

        assertThatThrownBy(() -> navigate(boardPath())).isInstanceOf(NotFoundError.class);
    }

    @Test
    void aTeamMemberIsRefusedTheBoard() {
        login(fixture.teamMember(), StaffRole.TEAM_MEMBER);

        assertThatThrownBy(() -> navigate(boardPath())).isInstanceOf(MockAccessDeniedException.class);
    }

    @Test
    void anAnonymousVisitorIsSentToTheLogin() {
        navigate(boardPath());

        _assertOne(LoginView.class);
    }

    @Test
    void theFacilitatorRunsAConsentRoundAndSeesHowManyAnsweredNeverWhat() {
        openBoard();

        _click(_get(Button.class, spec -> spec.withId("start-consent-round")));
        awaitOnScreen(() -> assertThat(_get(Span.class, spec -> spec.withId("consent-round-answered"))
                        .getText())
                .isEqualTo("0 van 2 deelnemers hebben geantwoord"));
        consents.answerRound(anna.pass());
        awaitOnScreen(() -> assertThat(_get(Span.class, spec -> spec.withId("consent-round-answered"))
                        .getText())
                .isEqualTo("1 van 2 deelnemers hebben geantwoord"));
        assertThat(everythingSent()).doesNotContain("Mag in het verslag", "Alleen voor deze tafel");

        _click(_get(Button.class, spec -> spec.withId("end-consent-round")));
        awaitOnScreen(() -> assertThat(_find(Button.class, spec -> spec.withId("start-consent-round")))
                .hasSize(1));
    }

    @Test
    void erasingAParticipantAfterConfirmingTakesThemAndTheirNotesOffTheBoard() {
        openBoard();

        long annasSeat = BoardScreens.asFacilitator(watching, facilitator, live.id()).participants().stream()
                .filter(seat -> "Anna de Vries".equals(seat.name()))
                .findFirst()
                .orElseThrow()
                .id()
                .value();
        _click(_get(Button.class, spec -> spec.withId("erase-participant-" + annasSeat)));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        awaitOnScreen(() -> assertThat(seats()).containsExactly("Karel Verborgen · Beleidsmakeranoniem voor anderen"));
        assertThat(card(annasExperience)).isEmpty();
        assertThat(card(annasQuestion)).isEmpty();
        assertThat(everythingSent()).doesNotContain("Anna", "De huur is te hoog");
    }

    @Test
    void theFacilitatorSetsAShorterRetentionTermForTheConversation() {
        openBoard();

        _setValue(_get(IntegerField.class, spec -> spec.withId("retention-months")), 3);
        _click(_get(Button.class, spec -> spec.withId("retention-save")));

        assertThat(AsStaff.call(
                        facilitator,
                        StaffRole.FACILITATOR,
                        () -> retention.retentionOf(live.id()).months()))
                .isEqualTo(3);
    }

    @Test
    void anAdminWhoDidNotRunAClosedConversationCannotOpenItsWholeBoard() {
        fixture.close(facilitator, live);
        login(
                fixture.account("beheer", StaffRole.ADMIN, StaffRole.FACILITATOR),
                StaffRole.ADMIN,
                StaffRole.FACILITATOR);

        assertThatThrownBy(() -> navigate(boardPath())).isInstanceOf(NotFoundError.class);
    }
}
