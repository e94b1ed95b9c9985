package nl.keukentafel.board;

import static nl.keukentafel.support.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import nl.keukentafel.conversation.Conversation;
import nl.keukentafel.conversation.ConversationService;
import nl.keukentafel.conversation.ConversationStatus;
import nl.keukentafel.security.StaffRole;
import nl.keukentafel.support.AsStaff;
import nl.keukentafel.support.BoardFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class CoFacilitatedBoardTest {

    @Autowired
    BoardWatchService watching;

    @Autowired
    BoardHistory history;

    @Autowired
    NoteService notes;

    @Autowired
    ConsentService consents;

    @Autowired
    ConversationService conversations;

    @Autowired
    BoardReader reader;

    @Autowired
    BoardFixture fixture;

    private BoardContent facilitatorView(Conversation conversation) {
        return reader.load(conversation.id()).contentFor(new Visibility.Facilitator());
    }

    @Test
    void aCoFacilitatorRunsTheBoardFromStartToCloseAndKeepsTheWholeBoardAfterwards() {
        String owner = fixture.facilitator();
        String colleague = fixture.facilitator();
        Conversation prepared = fixture.prepared(owner, "Met z'n tweeën");
        fixture.coFacilitators(owner, prepared, colleague);

        Conversation live = AsStaff.call(colleague, StaffRole.FACILITATOR, () -> conversations.goLive(prepared.id()));
        StaffBoard board = AsStaff.call(colleague, StaffRole.FACILITATOR, () -> watching.openAsFacilitator(live.id()));
        StaffBoard projector =
                AsStaff.call(colleague, StaffRole.FACILITATOR, () -> watching.openAsProjector(live.id()));
        Joined anna = fixture.join(live, "Anna", false, TableRole.RESIDENT);
        NoteId note = fixture.note(anna, "experience", "Te veel om alleen te dragen.");
        fixture.moderate(colleague, live, note);
        AsStaff.run(colleague, StaffRole.FACILITATOR, () -> consents.startRound(live.id()));

        assertThat(board.conversation().id()).isEqualTo(live.id());
        assertThat(projector.pass().conversationId()).isEqualTo(live.id());
        BoardContent content = facilitatorView(live);
        assertThat(content.notes())
                .singleElement()
                .satisfies(card -> assertThat(card.moderated()).isTrue());
        assertThat(content.consentRound()).isNotNull();

        Conversation closed = AsStaff.call(colleague, StaffRole.FACILITATOR, () -> conversations.close(live.id()));

        assertThat(closed.status()).isEqualTo(ConversationStatus.CLOSED);
        assertThat(AsStaff.call(colleague, StaffRole.FACILITATOR, () -> watching.openAsFacilitator(live.id()))
                        .conversation()
                        .isClosed())
                .isTrue();
        assertThat(AsStaff.call(colleague, StaffRole.FACILITATOR, () -> history.readOwn(live.id()))
                        .content()
                        .notes())
                .extracting(BoardContent.Card::text)
                .containsExactly("Te veel om alleen te dragen.");
    }

    /** The facilitator is refused every way of running the live board, and it stays as it was. */
    private void assertCannotRun(String facilitator, Conversation live, NoteId note) {
        assertRefused(
                () -> AsStaff.call(facilitator, StaffRole.FACILITATOR, () -> watching.openAsFacilitator(live.id())),
                "conversation.error.not-found");
        assertRefused(
                () -> AsStaff.call(facilitator, StaffRole.FACILITATOR, () -> watching.openAsProjector(live.id())),
                "conversation.error.not-found");
        assertRefused(
                () -> AsStaff.run(facilitator, StaffRole.FACILITATOR, () -> notes.moderateNote(live.id(), note)),
                "conversation.error.not-found");
        assertRefused(
                () -> AsStaff.call(facilitator, StaffRole.FACILITATOR, () -> conversations.close(live.id())),
                "conversation.error.not-found");
        BoardContent content = facilitatorView(live);
        assertThat(content.notes())
                .singleElement()
                .satisfies(card -> assertThat(card.moderated()).isFalse());
        assertThat(content.status()).isEqualTo(ConversationStatus.LIVE);
    }

    @Test
    void aFacilitatorWhoIsNotACoFacilitatorCannotRunTheBoard() {
        Conversation live = fixture.live(fixture.facilitator(), "Niet van u");
        NoteId note = fixture.note(fixture.join(live, "Bert", false, TableRole.RESIDENT), "ideas", "Een idee");

        assertCannotRun(fixture.facilitator(), live, note);
    }

    @Test
    void aRemovedCoFacilitatorCanNoLongerRunTheBoard() {
        String owner = fixture.facilitator();
        String colleague = fixture.facilitator();
        Conversation live = fixture.live(owner, "Even geholpen");
        NoteId note = fixture.note(fixture.join(live, "Cor", false, TableRole.RESIDENT), "ideas", "Nog een idee");
        fixture.coFacilitators(owner, live, colleague);
        assertThat(AsStaff.call(colleague, StaffRole.FACILITATOR, () -> watching.openAsFacilitator(live.id()))
                        .conversation()
                        .id())
                .isEqualTo(live.id());

        fixture.coFacilitators(owner, live);

        assertCannotRun(colleague, live, note);
    }
}
