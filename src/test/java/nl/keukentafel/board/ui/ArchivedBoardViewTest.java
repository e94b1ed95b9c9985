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
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.NotFoundError;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import nl.keukentafel.board.ConsentTier;
import nl.keukentafel.board.Joined;
import nl.keukentafel.board.NoteAudience;
import nl.keukentafel.board.NoteId;
import nl.keukentafel.board.TableRole;
import nl.keukentafel.conversation.Conversation;
import nl.keukentafel.security.StaffRole;
import nl.keukentafel.security.ui.LoginView;
import nl.keukentafel.support.BoardFixture;
import nl.keukentafel.support.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ArchivedBoardViewTest extends KaribuTest {

    @Autowired
    BoardFixture fixture;

    private String facilitator;
    private Conversation closed;
    private NoteId annasNote;
    private NoteId anonymousNote;
    private NoteId hiddenNote;
    private NoteId tableOnlyNote;

    @BeforeEach
    void aClosedBoardWithAnAnonymousParticipantAndAHiddenNote() {
        facilitator = fixture.facilitator();
        Conversation live = fixture.live(facilitator, "Terugblik mantelzorg");
        Joined anna = fixture.join(live, "Anna de Vries", false, TableRole.RESIDENT);
        Joined anonymous = fixture.join(live, "Joris Zwijgzaam", true, TableRole.RESIDENT);
        annasNote = fixture.note(
                anna,
                "experience",
                "Ik zorg elke dag voor mijn vader, Joris weet ervan",
                ConsentTier.REPORT,
                NoteAudience.EVERYONE);
        anonymousNote = fixture.note(
                anonymous,
                "policy-effect",
                "Mijn uitkering werd gekort",
                ConsentTier.CASE_BUNDLE,
                NoteAudience.EVERYONE);
        hiddenNote = fixture.note(
                anonymous, "ideas", "Iets wat niet op het bord hoort", ConsentTier.REPORT, NoteAudience.EVERYONE);
        tableOnlyNote = fixture.note(anna, "questions", "Dit blijft aan tafel");
        fixture.moderate(facilitator, live, hiddenNote);
        closed = fixture.close(facilitator, live);
    }

    private String archivedPath() {
        return "archive/" + closed.id().value();
    }

    @Test
    void aTeamMemberReadsOnlyReleasedNotesRedactedAndNoNames() {
        login(fixture.teamMember(), StaffRole.TEAM_MEMBER);

        navigate(archivedPath());

        assertThat(_get(H1.class).getText()).isEqualTo("Terugblik mantelzorg");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .contains(closed.residentQuestion())
                .anySatisfy(meta ->
                        assertThat(meta).startsWith(closed.themeName() + " · " + closed.municipalityName() + " · "));
        assertThat(notesIn("experience")).containsExactly("Ik zorg elke dag voor mijn vader, [naam] weet ervan");
        assertThat(notesIn("policy-effect")).containsExactly("Mijn uitkering werd gekort");
        assertThat(author(card(annasNote).orElseThrow())).isEqualTo("Anoniem");
        assertThat(author(card(anonymousNote).orElseThrow())).isEqualTo("Anoniem");
        assertThat(card(tableOnlyNote)).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("archive-released"))
                        .getText())
                .startsWith("Alleen notities die de schrijver heeft vrijgegeven.");
        assertThat(everythingSent())
                .contains("Mijn uitkering werd gekort")
                .doesNotContain("Anna", "de Vries", "Joris", "Zwijgzaam", "Dit blijft aan tafel");
    }

    @Test
    void theArchivedBoardIsReadOnlyAndLeavesOutHiddenNotes() {
        login(fixture.teamMember(), StaffRole.TEAM_MEMBER);

        navigate(archivedPath());

        // The only buttons open the redaction review: nothing on the board itself changes here.
        assertThat(_find(_get(ArchivedBoardView.class), Button.class))
                .extracting(Button::getText)
                .containsOnly("Persoonsgegevens nakijken");
        assertThat(card(hiddenNote)).isEmpty();
        assertThat(notesIn("ideas")).isEmpty();
        assertThat(everythingSent()).doesNotContain("Iets wat niet op het bord hoort");
    }

    @Test
    void anAdminCanReadTheClosedBoard() {
        login(fixture.account("beheer", StaffRole.ADMIN), StaffRole.ADMIN);

        navigate(archivedPath());

        assertThat(notesIn("experience")).containsExactly("Ik zorg elke dag voor mijn vader, [naam] weet ervan");
        assertThat(everythingSent()).doesNotContain("Anna", "Joris", "Dit blijft aan tafel");
    }

    @Test
    void aLiveConversationIsNotFoundInTheArchive() {
        Conversation live = fixture.live(facilitator, "Nog niet afgerond");
        login(fixture.teamMember(), StaffRole.TEAM_MEMBER);

        assertThatThrownBy(() -> navigate("archive/" + live.id().value())).isInstanceOf(NotFoundError.class);
    }

    @Test
    void anUnknownOrMalformedIdIsNotFound() {
        login(fixture.teamMember(), StaffRole.TEAM_MEMBER);

        assertThatThrownBy(() -> navigate("archive/" + Long.MAX_VALUE)).isInstanceOf(NotFoundError.class);
        assertThatThrownBy(() -> navigate("archive/abc")).isInstanceOf(NotFoundError.class);
    }

    @Test
    void aFacilitatorIsRefusedTheArchivedBoardEvenOfTheirOwnConversation() {
        login(facilitator, StaffRole.FACILITATOR);

        assertThatThrownBy(() -> navigate(archivedPath())).isInstanceOf(MockAccessDeniedException.class);
    }

    @Test
    void anAnonymousVisitorIsSentToTheLogin() {
        navigate(archivedPath());

        _assertOne(LoginView.class);
    }

    @Test
    void aTeamMemberChecksTheRedactionOfANoteKeepsAFragmentAndRedactsAMissedOne() {
        login(fixture.teamMember(), StaffRole.TEAM_MEMBER);
        navigate(archivedPath());

        _click(_get(Button.class, spec -> spec.withId("review-redaction-" + annasNote.value())));
        assertThat(_get(Paragraph.class, spec -> spec.withId("redaction-released"))
                        .getText())
                .isEqualTo("Ik zorg elke dag voor mijn vader, [naam] weet ervan");
        assertThat(_find(Span.class, spec -> spec.withClasses("pii-span")))
                .extracting(Span::getText)
                .containsExactly("Joris");

        _setValue(_get(TextField.class, spec -> spec.withId("redaction-fragment")), "mijn vader");
        _click(_get(Button.class, spec -> spec.withId("redaction-add")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("redaction-released"))
                        .getText())
                .isEqualTo("Ik zorg elke dag voor [naam], [naam] weet ervan");

        // Joris sat at this table: his name has no "keep", it always stays out.
        assertThat(_find(Button.class, spec -> spec.withId("redaction-keep-34")))
                .isEmpty();
        _click(_get(Button.class, spec -> spec.withId("redaction-keep-22")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("redaction-released"))
                        .getText())
                .isEqualTo("Ik zorg elke dag voor mijn vader, [naam] weet ervan");

        _click(_get(Button.class, spec -> spec.withId("redaction-close")));
        assertThat(notesIn("experience")).containsExactly("Ik zorg elke dag voor mijn vader, [naam] weet ervan");
    }

    @Test
    void anAdminErasesAClosedConversationFromTheArchive() {
        login(fixture.account("beheer", StaffRole.ADMIN), StaffRole.ADMIN);
        navigate(archivedPath());

        _click(_get(Button.class, spec -> spec.withId("erase-conversation")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(notesIn("experience")).isEmpty();
        assertThat(notesIn("policy-effect")).isEmpty();
    }
}
