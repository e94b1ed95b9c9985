package nl.keukentafel.board;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.keukentafel.base.AuditLog;
import nl.keukentafel.base.TryAgainLaterException;
import nl.keukentafel.base.UserMessageException;
import nl.keukentafel.board.BoardHeading.Stage;
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
 * holds the board's row lock until the write commits (docs/adr/0009). How fast one tablet may
 * write is limited ({@link WriteLimits}).
 */
@Service
public class NoteService {

    /** How long a note written during a pause waits before the tablet sends it again. */
    private static final Duration LOCKED_RETRY = Duration.ofSeconds(4);

    private final BoardRepository repository;
    private final ConversationService conversations;
    private final WriteLimits limits;
    private final FacilitationRepository actions;

    NoteService(
            BoardRepository repository,
            ConversationService conversations,
            WriteLimits limits,
            FacilitationRepository actions) {
        this.repository = repository;
        this.conversations = conversations;
        this.limits = limits;
        this.actions = actions;
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
        limits.note(pass);
        BoardRepository.LiveSeq live = liveSeq(pass.conversationId());
        if (!live.template().has(category)) {
            throw new UserMessageException("note.error.category");
        }
        Stage stage = live.stage();
        if (stage.locked()) {
            // A pause, not a refusal: the tablet keeps the note and sends it again by itself.
            throw new TryAgainLaterException(LOCKED_RETRY, "table.error.locked");
        }
        if (!live.template().openIn(stage.phase()).contains(category)) {
            throw new UserMessageException("note.error.phase-closed");
        }
        Optional<NoteId> id = repository.insertNote(
                pass.conversationId(),
                clientId,
                pass.participantId(),
                category,
                text,
                consent,
                audience,
                stage.silent().contains(category),
                stage.residentsOnly(),
                live.seq());
        // Empty: a concurrent resend of the same note won the race (keep theirs), or the author was
        // erased or taken from the table meanwhile, or it is the residents' turn (the insert checks
        // all three, so the way of every note costs no extra query).
        return id.orElseGet(() -> {
            Optional<StoredNote> stored = repository.findNoteByClientId(clientId);
            if (stored.isPresent()) {
                return sameAuthor(pass, stored.get());
            }
            refuseIfRemoved(pass);
            if (stage.residentsOnly() && repository.roleOf(pass.participantId()).isPresent()) {
                throw new UserMessageException("table.error.residents-first");
            }
            throw new UserMessageException("table.error.not-joined");
        });
    }

    @PreAuthorize("permitAll()")
    @Transactional
    public void editNote(ParticipantPass pass, NoteId noteId, NoteText text) {
        limits.change(pass);
        refuseIfRemoved(pass);
        BoardRepository.LiveSeq live = liveSeq(pass.conversationId());
        if (live.stage().locked()) {
            throw new UserMessageException("table.error.locked");
        }
        long seq = live.seq();
        StoredNote note = ownNote(pass, noteId);
        if (note.status() != NoteStatus.ACTIVE) {
            throw new UserMessageException("note.error.not-found");
        }
        repository.updateNoteText(noteId, text, seq);
    }

    @PreAuthorize("permitAll()")
    @Transactional
    public void withdrawNote(ParticipantPass pass, NoteId noteId) {
        limits.change(pass);
        refuseIfRemoved(pass);
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
        long seq = setModeration(conversationId, noteId, NoteStatus.MODERATED);
        actions.record(conversationId, FacilitationAction.HIDE, List.of(noteId), null, seq);
    }

    /** Puts a note that was set aside back on every screen. */
    @PreAuthorize(Roles.IS_FACILITATOR)
    @Transactional
    public void restoreNote(ConversationId conversationId, NoteId noteId) {
        setModeration(conversationId, noteId, NoteStatus.ACTIVE);
    }

    /**
     * Sets several notes aside at once, as one board change: every screen loses them together. Notes
     * that are gone meanwhile or already set aside are skipped; returns how many were set aside.
     */
    @PreAuthorize(Roles.IS_FACILITATOR)
    @Transactional
    public int moderateNotes(ConversationId conversationId, Collection<NoteId> noteIds) {
        conversations.getManaged(conversationId);
        long seq = stageSeq(conversationId);
        List<NoteId> done = new ArrayList<>();
        for (NoteId noteId : new LinkedHashSet<>(noteIds)) {
            Optional<StoredNote> note =
                    repository.findNote(noteId).filter(n -> n.conversation().equals(conversationId));
            if (note.isPresent() && note.get().status() == NoteStatus.ACTIVE) {
                repository.updateNoteStatus(noteId, NoteStatus.MODERATED, seq);
                done.add(noteId);
            }
        }
        if (!done.isEmpty()) {
            actions.record(conversationId, FacilitationAction.HIDE, done, null, seq);
        }
        return done.size();
    }

    /**
     * Takes a participant away from the table: from this moment they cannot write, and every note of
     * theirs still on the board is set aside on every screen (one board change). They keep their
     * rights to their notes (consent, their own copy, erasure). Returns how many notes were set aside.
     */
    @PreAuthorize(Roles.IS_FACILITATOR)
    @Transactional
    public int removeParticipant(ConversationId conversationId, ParticipantId participant) {
        long seq = setRemoved(conversationId, participant, true);
        int hidden = repository.moderateAllOf(participant, seq);
        AuditLog.event(
                "board.participant-removed",
                "conversation",
                conversationId.value(),
                "participant",
                participant.value(),
                "notes",
                hidden);
        return hidden;
    }

    /**
     * Lets a participant who was taken away write again. Their notes stay set aside; the facilitator
     * puts back the ones that belong on the board.
     */
    @PreAuthorize(Roles.IS_FACILITATOR)
    @Transactional
    public void returnParticipant(ConversationId conversationId, ParticipantId participant) {
        setRemoved(conversationId, participant, false);
        AuditLog.event(
                "board.participant-returned",
                "conversation",
                conversationId.value(),
                "participant",
                participant.value());
    }

    /** Takes or gives back a seat at a board the current facilitator runs; returns the change's number. */
    private long setRemoved(ConversationId conversationId, ParticipantId participant, boolean removed) {
        conversations.getManaged(conversationId);
        long seq = liveSeq(conversationId).seq();
        if (!repository.isSeatedAt(conversationId, participant)) {
            throw new UserMessageException("board.error.participant-not-found");
        }
        repository.setRemoved(participant, removed, seq);
        return seq;
    }

    private void refuseIfRemoved(ParticipantPass pass) {
        if (repository.isRemoved(pass.participantId())) {
            throw new UserMessageException("table.error.removed");
        }
    }

    private long setModeration(ConversationId conversationId, NoteId noteId, NoteStatus status) {
        conversations.getManaged(conversationId);
        long seq = stageSeq(conversationId);
        StoredNote note = repository
                .findNote(noteId)
                .filter(n -> n.conversation().equals(conversationId))
                .orElseThrow(() -> new UserMessageException("note.error.not-found"));
        if (note.isGone()) {
            throw new UserMessageException("note.error.not-found");
        }
        repository.updateNoteStatus(noteId, status, seq);
        return seq;
    }

    /** For moderation, which the facilitator can undo: the change writes the undo list too. */
    private long stageSeq(ConversationId conversation) {
        return repository
                .nextStageSeqIfLive(conversation)
                .orElseThrow(() -> new UserMessageException("board.error.closed"))
                .seq();
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
