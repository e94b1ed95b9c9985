package nl.keukentafel.board;

import nl.keukentafel.conversation.ConversationClosed;
import nl.keukentafel.conversation.ConversationEdited;
import nl.keukentafel.conversation.ConversationWentLive;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A conversation that goes live, is edited or closes changes what its board shows: each takes the
 * board's next sequence number in the same transaction, so every screen hears of it on commit.
 */
@Component
class BoardLifecycle {

    private final BoardRepository repository;

    BoardLifecycle(BoardRepository repository) {
        this.repository = repository;
    }

    @EventListener
    void on(ConversationWentLive event) {
        repository.nextSeq(event.id());
    }

    @EventListener
    void on(ConversationClosed event) {
        repository.nextSeq(event.id());
    }

    /** A live board shows the new title and question at once. */
    @EventListener
    void on(ConversationEdited event) {
        repository.nextSeq(event.id());
    }
}
