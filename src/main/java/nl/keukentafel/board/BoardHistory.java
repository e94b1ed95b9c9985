package nl.keukentafel.board;

import java.util.Locale;
import nl.keukentafel.base.UserMessageException;
import nl.keukentafel.conversation.Conversation;
import nl.keukentafel.conversation.ConversationId;
import nl.keukentafel.conversation.ConversationService;
import nl.keukentafel.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The one way to read a board that is no longer live: from the database (never from the live
 * copies), for a stated {@link ReadPurpose} whose {@link Visibility} decides what leaves the table.
 * The archive reads here now; the review area, reports and exports will too (docs/adr/0009,
 * docs/privacy.md).
 */
@Service
public class BoardHistory {

    private final BoardReader reader;
    private final ConversationService conversations;
    private final ReleaseGate gate;

    BoardHistory(BoardReader reader, ConversationService conversations, ReleaseGate gate) {
        this.reader = reader;
        this.conversations = conversations;
        this.gate = gate;
    }

    /**
     * A closed conversation's board as the purpose may see it, through the {@link ReleaseGate}:
     * released notes only, redacted (placeholders in {@code locale}'s language), no names. "Not
     * found" for anything but a closed conversation.
     */
    @PreAuthorize("hasAnyRole('TEAM_MEMBER', 'ADMIN')")
    public BoardRecord read(ConversationId id, ReadPurpose purpose, Locale locale) {
        Conversation conversation = closed(conversations.get(id));
        BoardSnapshot snapshot = reader.load(id);
        return new BoardRecord(
                conversation, snapshot.contentFor(gate.visibility(purpose, snapshot, conversation, locale)));
    }

    /**
     * A closed conversation's whole board for the facilitator or a co-facilitator who ran it (an
     * admin is neither): every note that was not withdrawn or erased, every name, as they saw it live.
     */
    @PreAuthorize(Roles.IS_FACILITATOR)
    public BoardRecord readOwn(ConversationId id) {
        Conversation conversation = closed(conversations.getManaged(id));
        if (!ConversationService.runs(conversation)) {
            throw new UserMessageException("conversation.error.not-found");
        }
        return new BoardRecord(conversation, reader.load(id).contentFor(new Visibility.Facilitator()));
    }

    private static Conversation closed(Conversation conversation) {
        if (!conversation.isClosed()) {
            throw new UserMessageException("conversation.error.not-found");
        }
        return conversation;
    }
}
