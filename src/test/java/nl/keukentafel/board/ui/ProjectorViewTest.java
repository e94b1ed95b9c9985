package nl.keukentafel.board.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static nl.keukentafel.board.ui.BoardScreens.author;
import static nl.keukentafel.board.ui.BoardScreens.card;
import static nl.keukentafel.board.ui.BoardScreens.everythingSent;
import static nl.keukentafel.board.ui.BoardScreens.notesIn;
import static nl.keukentafel.support.LiveUpdates.awaitOnScreen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.NotFoundError;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import nl.keukentafel.board.Joined;
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

class ProjectorViewTest extends KaribuTest {

    private static final String SECRET_NAME = "Fatima Onbekend";

    @Autowired
    BoardFixture fixture;

    private String facilitator;
    private Conversation live;
    private Joined anna;
    private NoteId annasNote;
    private NoteId anonymousNote;

    @BeforeEach
    void aLiveBoardWithAnAnonymousParticipant() {
        facilitator = fixture.facilitator();
        live = fixture.live(facilitator, "Eenzaamheid in de wijk");
        anna = fixture.join(live, "Anna de Vries", false, TableRole.RESIDENT);
        Joined anonymous = fixture.join(live, SECRET_NAME, true, TableRole.RESIDENT);
        annasNote = fixture.note(anna, "experience", "Ik zie weinig mensen");
        anonymousNote = fixture.note(anonymous, "ideas", "Een koffieochtend");
    }

    private void openProjector() {
        login(facilitator, StaffRole.FACILITATOR);
        navigate(projectorPath());
    }

    private String projectorPath() {
        return "conversations/" + live.id().value() + "/projector";
    }

    private void hide(NoteId note) {
        fixture.moderate(facilitator, live, note);
    }

    @Test
    void theProjectorShowsTheJoinCodeTheQrCodeAndTheNotes() {
        openProjector();

        assertThat(_get(Span.class, spec -> spec.withId("join-code")).getText())
                .isEqualTo(live.joinCode().display());
        assertThat(_get(Image.class, spec -> spec.withClasses("qr-code")).getSrc())
                .startsWith("data:image/svg+xml;base64,");
        assertThat(notesIn("experience")).containsExactly("Ik zie weinig mensen");
        assertThat(notesIn("ideas")).containsExactly("Een koffieochtend");
        assertThat(author(card(annasNote).orElseThrow())).isEqualTo("Anna de Vries");
        assertThat(_find(Button.class)).isEmpty();
    }

    @Test
    void anAnonymousParticipantsNameAppearsNowhereOnTheProjector() {
        openProjector();

        assertThat(author(card(anonymousNote).orElseThrow())).isEqualTo("Anoniem");
        assertThat(everythingSent())
                .contains("Een koffieochtend", "Anna de Vries")
                .doesNotContain("Fatima")
                .doesNotContain("Onbekend");
    }

    @Test
    void hiddenNotesDoNotAppearOnTheProjector() {
        hide(anonymousNote);

        openProjector();

        assertThat(card(anonymousNote)).isEmpty();
        assertThat(notesIn("ideas")).isEmpty();
        assertThat(everythingSent()).contains("Ik zie weinig mensen").doesNotContain("Een koffieochtend");
        assertThat(card(annasNote)).isPresent();
    }

    @Test
    void aNoteHiddenDuringTheConversationDisappearsFromTheProjector() {
        openProjector();
        assertThat(card(annasNote)).isPresent();

        hide(annasNote);

        awaitOnScreen(() -> assertThat(card(annasNote)).isEmpty());
        assertThat(everythingSent()).contains("Een koffieochtend").doesNotContain("Ik zie weinig mensen");
    }

    @Test
    void aNewNoteAppearsOnTheProjectorWithoutItsAnonymousAuthor() {
        openProjector();

        Joined later = fixture.join(live, "Gerrit Geheim", true, TableRole.ON_BEHALF_OF_RESIDENT);
        NoteId note = fixture.note(later, "questions", "Wie betaalt de reis?");

        awaitOnScreen(() -> assertThat(notesIn("questions")).containsExactly("Wie betaalt de reis?"));
        assertThat(author(card(note).orElseThrow())).isEqualTo("Anoniem");
        assertThat(everythingSent()).contains("Wie betaalt de reis?").doesNotContain("Gerrit");
    }

    @Test
    void closingTheConversationShowsItIsClosedAndRemovesTheCode() {
        openProjector();

        fixture.close(facilitator, live);

        awaitOnScreen(() -> assertThat(_get(Paragraph.class, spec -> spec.withClasses("projector-closed"))
                        .getText())
                .isEqualTo("Dit gesprek is gesloten. Het bord kan niet meer veranderen."));
        assertThat(_find(Span.class, spec -> spec.withId("join-code"))).isEmpty();
        assertThat(_find(Image.class, spec -> spec.withClasses("qr-code"))).isEmpty();
        assertThat(notesIn("experience")).containsExactly("Ik zie weinig mensen");
    }

    @Test
    void anotherFacilitatorsProjectorIsNotFound() {
        login(fixture.facilitator(), StaffRole.FACILITATOR);

        assertThatThrownBy(() -> navigate(projectorPath())).isInstanceOf(NotFoundError.class);
    }

    @Test
    void aTeamMemberIsRefusedTheProjector() {
        login(fixture.teamMember(), StaffRole.TEAM_MEMBER);

        assertThatThrownBy(() -> navigate(projectorPath())).isInstanceOf(MockAccessDeniedException.class);
    }

    @Test
    void anAnonymousVisitorIsSentToTheLogin() {
        navigate(projectorPath());

        _assertOne(LoginView.class);
    }
}
