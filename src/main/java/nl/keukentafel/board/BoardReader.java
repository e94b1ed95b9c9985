package nl.keukentafel.board;

import nl.keukentafel.conversation.Conversation;
import nl.keukentafel.conversation.ConversationId;
import nl.keukentafel.conversation.ConversationService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads a board's changes after a sequence number in one repeatable-read transaction, so the
 * sequence number and the rows belong together.
 */
@Component
class BoardReader {

    private final BoardRepository repository;
    private final ConversationService conversations;
    private final TransactionTemplate readOnly;

    BoardReader(BoardRepository repository, ConversationService conversations, PlatformTransactionManager tx) {
        this.repository = repository;
        this.conversations = conversations;
        this.readOnly = new TransactionTemplate(tx);
        this.readOnly.setReadOnly(true);
        this.readOnly.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    BoardSnapshot load(ConversationId id) {
        return BoardSnapshot.of(changesAfter(id, 0));
    }

    BoardSnapshot refresh(BoardSnapshot snapshot) {
        return snapshot.apply(changesAfter(snapshot.conversation().id(), snapshot.seq()));
    }

    private BoardSnapshot.Changes changesAfter(ConversationId id, long afterSeq) {
        return readOnly.execute(status -> {
            Conversation conversation = conversations.findForBoard(id).orElseThrow();
            long seq = repository.lastSeq(id);
            return new BoardSnapshot.Changes(
                    conversation, seq, repository.participantsAfter(id, afterSeq), repository.notesAfter(id, afterSeq));
        });
    }
}
