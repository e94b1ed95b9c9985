package nl.keukentafel.board;

import com.vaadin.flow.shared.Registration;
import java.util.function.Consumer;
import nl.keukentafel.base.UserMessageException;
import nl.keukentafel.conversation.Conversation;
import nl.keukentafel.conversation.ConversationId;
import nl.keukentafel.conversation.ConversationService;
import nl.keukentafel.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Screens that show a board as it changes: a participant's tablet, the facilitator's board and the
 * projector. Each receives the board's live copy filtered by its {@link Visibility}. A staff screen
 * opens its board once (one access check, one read of the conversation) and watches it with the
 * {@link StaffScreenPass} it got.
 */
@Service
public class BoardWatchService {

    private final LiveBoards liveBoards;
    private final ConversationService conversations;

    BoardWatchService(LiveBoards liveBoards, ConversationService conversations) {
        this.liveBoards = liveBoards;
        this.conversations = conversations;
    }

    /** The conversation a participant belongs to (its board may be closed). */
    @PreAuthorize("permitAll()")
    public Conversation conversationOf(ParticipantPass pass) {
        return conversations.findForBoard(pass.conversationId()).orElseThrow();
    }

    /** Watches the participant's own board; the listener receives it as that participant may see it. */
    @PreAuthorize("permitAll()")
    public Registration watchAsParticipant(ParticipantPass pass, Consumer<BoardContent> listener) {
        return watch(pass.conversationId(), new Visibility.Participant(pass.participantId()), listener);
    }

    /**
     * Like {@link #watchAsParticipant}, for a screen: each state's content is made only when the
     * screen draws it ({@link BoardUpdate}).
     */
    @PreAuthorize("permitAll()")
    public Registration followAsParticipant(ParticipantPass pass, Consumer<BoardUpdate> listener) {
        return follow(pass.conversationId(), new Visibility.Participant(pass.participantId()), listener);
    }

    /** Opens the board of a conversation the current facilitator runs, for their own board screen. */
    @PreAuthorize(Roles.IS_FACILITATOR)
    public StaffBoard openAsFacilitator(ConversationId id) {
        return open(id, true);
    }

    /** Opens the board of a conversation the current facilitator runs, for the projector in the room. */
    @PreAuthorize(Roles.IS_FACILITATOR)
    public StaffBoard openAsProjector(ConversationId id) {
        return open(id, false);
    }

    /** Watches a board that a staff screen opened, as that screen may see it. */
    @PreAuthorize(Roles.IS_STAFF)
    public Registration watch(StaffScreenPass pass, Consumer<BoardContent> listener) {
        return watch(pass.conversationId(), pass.visibility(), listener);
    }

    /** Like {@link #watch(StaffScreenPass, Consumer)}, with each state's content made only when drawn. */
    @PreAuthorize(Roles.IS_STAFF)
    public Registration follow(StaffScreenPass pass, Consumer<BoardUpdate> listener) {
        return follow(pass.conversationId(), pass.visibility(), listener);
    }

    private StaffBoard open(ConversationId id, boolean facilitator) {
        Conversation conversation = conversations.getManaged(id);
        // After close the whole board stays with those who ran it (facilitator and co-facilitators,
        // not an admin); others read it through the archive, where only released notes come out
        // (docs/privacy.md).
        if (conversation.isClosed() && !ConversationService.runs(conversation)) {
            throw new UserMessageException("conversation.error.not-found");
        }
        return new StaffBoard(conversation, new StaffScreenPass(id, facilitator));
    }

    private Registration watch(ConversationId id, Visibility visibility, Consumer<BoardContent> listener) {
        return liveBoards.watch(id, snapshot -> listener.accept(snapshot.contentFor(visibility)));
    }

    private Registration follow(ConversationId id, Visibility visibility, Consumer<BoardUpdate> listener) {
        return liveBoards.watch(id, snapshot -> listener.accept(new BoardUpdate(snapshot, visibility)));
    }
}
