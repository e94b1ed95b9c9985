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
    private final ReviewIndex reviewIndex;

    BoardLifecycle(BoardRepository repository, ReviewIndex reviewIndex) {
        this.repository = repository;
        this.reviewIndex = reviewIndex;
    }

    @EventListener
    void on(ConversationWentLive event) {
        repository.nextSeq(event.id());
    }

    /** A closed conversation's released notes enter the review area in the same transaction. */
    @EventListener
    void on(ConversationClosed event) {
        repository.nextSeq(event.id());
        reviewIndex.refresh(event.id());
    }

    /** A live board shows the new title and question at once. */
    @EventListener
    void on(ConversationEdited event) {
        repository.nextSeq(event.id());
    }
}
