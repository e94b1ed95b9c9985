package nl.keukentafel.board;

import java.util.List;
import nl.keukentafel.board.BoardRepository.HeadingAt;
import nl.keukentafel.conversation.ConversationId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads a board's changes after a sequence number in one repeatable-read transaction, so the
 * sequence number and the rows belong together. Live copies ({@link LiveBoards}) and reads of
 * boards that are no longer live ({@link BoardHistory}) both read through here.
 */
@Component
class BoardReader {

    private final BoardRepository repository;
    private final FacilitationRepository facilitation;
    private final TransactionTemplate readOnly;

    BoardReader(BoardRepository repository, FacilitationRepository facilitation, PlatformTransactionManager tx) {
        this.repository = repository;
        this.facilitation = facilitation;
        this.readOnly = new TransactionTemplate(tx);
        this.readOnly.setReadOnly(true);
        this.readOnly.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    BoardSnapshot load(ConversationId id) {
        return BoardSnapshot.of(changesAfter(id, 0));
    }

    BoardSnapshot refresh(BoardSnapshot snapshot) {
        return snapshot.apply(changesAfter(snapshot.heading().id(), snapshot.seq()));
    }

    private BoardSnapshot.Changes changesAfter(ConversationId id, long afterSeq) {
        return readOnly.execute(status -> {
            HeadingAt heading = repository.heading(id).orElseThrow();
            // Facilitation rows only when a change since the copy touched them: a note reads none.
            boolean staged = heading.stageSeq() > afterSeq;
            return new BoardSnapshot.Changes(
                    heading.heading(),
                    heading.seq(),
                    repository.participantsAfter(id, afterSeq),
                    repository.notesAfter(id, afterSeq),
                    staged ? facilitation.groupsAfter(id, afterSeq) : List.of(),
                    staged ? facilitation.votesAfter(id, afterSeq) : List.of(),
                    staged ? facilitation.agreementsAfter(id, afterSeq) : List.of(),
                    staged,
                    staged ? facilitation.undoable(id).orElse(null) : null);
        });
    }
}
