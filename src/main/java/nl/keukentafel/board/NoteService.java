package nl.keukentafel.board;

import java.util.Optional;
import java.util.UUID;
import nl.keukentafel.base.UserMessageException;
import nl.keukentafel.board.BoardRepository.StoredNote;
import nl.keukentafel.conversation.Category;
import nl.keukentafel.conversation.ConversationId;
import nl.keukentafel.conversation.ConversationService;
import nl.keukentafel.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notes on a live board: residents place, change and withdraw their own through their {@link
 * ParticipantPass}; the facilitator who runs the board sets notes aside and puts them back. Every
 * write first takes the board's next sequence number, which refuses unless the board is live and
 * holds the board's row lock until the write commits (docs/adr/0009).
 */
@Service
public class NoteService {

    private final BoardRepository repository;
    private final ConversationService conversations;

    NoteService(BoardRepository repository, ConversationService conversations) {
        this.repository = repository;
        this.conversations = conversations;
    }

    /**
     * Places a note with its author's choices: what may happen with it beyond the table, and who at
     * the table sees it. Sending the same {@code clientId} again returns the stored note and changes
     * nothing (even after the board closed), so a tablet may resend after a lost connection.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public NoteId addNote(
            ParticipantPass pass,
            UUID clientId,
            Category category,
            NoteText text,
            ConsentTier consent,
            NoteAudience audience) {
        Optional<StoredNote> known = repository.findNoteByClientId(clientId);
        if (known.isPresent()) {
            return sameAuthor(pass, known.get());
        }
        BoardRepository.LiveSeq live = liveSeq(pass.conversationId());
        if (!live.template().has(category)) {
            throw new UserMessageException("note.error.category");
        }
        Optional<NoteId> id = repository.insertNote(
                pass.conversationId(), clientId, pass.participantId(), category, text, consent, audience, live.seq());
        // Empty: a concurrent resend of the same note won the race (keep theirs), or the author was
        // erased meanwhile.
        return id.orElseGet(() -> sameAuthor(
                pass,
                repository
                        .findNoteByClientId(clientId)
                        .orElseThrow(() -> new UserMessageException("table.error.not-joined"))));
    }

    @PreAuthorize("permitAll()")
    @Transactional
    public void editNote(ParticipantPass pass, NoteId noteId, NoteText text) {
        long seq = liveSeq(pass.conversationId()).seq();
        StoredNote note = ownNote(pass, noteId);
        if (note.status() != NoteStatus.ACTIVE) {
            throw new UserMessageException("note.error.not-found");
        }
        repository.updateNoteText(noteId, text, seq);
    }

    @PreAuthorize("permitAll()")
    @Transactional
    public void withdrawNote(ParticipantPass pass, NoteId noteId) {
        long seq = liveSeq(pass.conversationId()).seq();
        if (ownNote(pass, noteId).isGone()) {
            throw new UserMessageException("note.error.not-found");
        }
        repository.updateNoteStatus(noteId, NoteStatus.WITHDRAWN, seq);
    }

    /** Moderation: the note leaves every screen but the facilitator's. */
    @PreAuthorize(Roles.IS_FACILITATOR)
    @Transactional
    public void moderateNote(ConversationId conversationId, NoteId noteId) {
        setModeration(conversationId, noteId, NoteStatus.MODERATED);
    }

    /** Puts a note that was set aside back on every screen. */
    @PreAuthorize(Roles.IS_FACILITATOR)
    @Transactional
    public void restoreNote(ConversationId conversationId, NoteId noteId) {
        setModeration(conversationId, noteId, NoteStatus.ACTIVE);
    }

    private void setModeration(ConversationId conversationId, NoteId noteId, NoteStatus status) {
        conversations.getManaged(conversationId);
        long seq = liveSeq(conversationId).seq();
        StoredNote note = repository
                .findNote(noteId)
                .filter(n -> n.conversation().equals(conversationId))
                .orElseThrow(() -> new UserMessageException("note.error.not-found"));
        if (note.isGone()) {
            throw new UserMessageException("note.error.not-found");
        }
        repository.updateNoteStatus(noteId, status, seq);
    }

    private BoardRepository.LiveSeq liveSeq(ConversationId conversation) {
        return repository.nextSeqIfLive(conversation).orElseThrow(() -> new UserMessageException("board.error.closed"));
    }

    private StoredNote ownNote(ParticipantPass pass, NoteId noteId) {
        return repository
                .findNote(noteId)
                .filter(n -> n.conversation().equals(pass.conversationId())
                        && n.participantId().equals(pass.participantId()))
                .orElseThrow(() -> new UserMessageException("note.error.not-found"));
    }

    private static NoteId sameAuthor(ParticipantPass pass, StoredNote note) {
        if (!note.participantId().equals(pass.participantId())
                || !note.conversation().equals(pass.conversationId())) {
            throw new UserMessageException("note.error.not-found");
        }
        return note.id();
    }
}
