package nl.keukentafel.board;

import nl.keukentafel.base.UserMessageException;
import nl.keukentafel.conversation.Conversation;
import nl.keukentafel.conversation.ConversationId;
import nl.keukentafel.conversation.ConversationService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The one way to read a board that is no longer live: from the database (never from the live
 * copies), for a stated {@link ReadPurpose} whose {@link Visibility} decides what leaves the table.
 * The archive reads here now; the review area, reports and exports will too (docs/adr/0009).
 */
@Service
public class BoardHistory {

    private final BoardReader reader;
    private final ConversationService conversations;

    BoardHistory(BoardReader reader, ConversationService conversations) {
        this.reader = reader;
        this.conversations = conversations;
    }

    /** A closed conversation's board as the purpose may see it; "not found" for anything else. */
    @PreAuthorize("hasAnyRole('TEAM_MEMBER', 'ADMIN')")
    public BoardRecord read(ConversationId id, ReadPurpose purpose) {
        Conversation conversation = conversations.get(id);
        if (!conversation.isClosed()) {
            throw new UserMessageException("conversation.error.not-found");
        }
        return new BoardRecord(conversation, reader.load(id).contentFor(purpose.visibility()));
    }
}
