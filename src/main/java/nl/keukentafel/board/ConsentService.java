package nl.keukentafel.board;

import nl.keukentafel.audit.AuditAction;
import nl.keukentafel.audit.AuditTrail;
import nl.keukentafel.base.UserMessageException;
import nl.keukentafel.board.BoardRepository.StoredNote;
import nl.keukentafel.conversation.ConversationId;
import nl.keukentafel.conversation.ConversationService;
import nl.keukentafel.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The author's say over what happens with their notes beyond the table: a choice per note that
 * they can change at any time, also after the conversation closed, and the consent round in which
 * the facilitator asks every participant to look at their notes once more. The facilitator learns
 * how many answered, never what (docs/privacy.md).
 */
@Service
public class ConsentService {

    private final BoardRepository repository;
    private final BoardReader reader;
    private final ConversationService conversations;
    private final AuditTrail audit;
    private final ReviewIndex reviewIndex;
    private final WriteLimits limits;

    ConsentService(
            BoardRepository repository,
            BoardReader reader,
            ConversationService conversations,
            AuditTrail audit,
            ReviewIndex reviewIndex,
            WriteLimits limits) {
        this.repository = repository;
        this.reader = reader;
        this.conversations = conversations;
        this.audit = audit;
        this.reviewIndex = reviewIndex;
        this.limits = limits;
    }

    /**
     * The participant's own notes with their choices, for their notes page, live or after close:
     * every note they wrote that was not erased, and no one else's.
     */
    @PreAuthorize("permitAll()")
    public BoardRecord ownNotes(ParticipantPass pass) {
        return new BoardRecord(
                conversations.findForBoard(pass.conversationId()).orElseThrow(),
                reader.load(pass.conversationId()).contentFor(new Visibility.Author(pass.participantId())));
    }

    /** The same, for the participant's own copy (right of access); the download is recorded. */
    @PreAuthorize("permitAll()")
    @Transactional
    public BoardRecord downloadOwnNotes(ParticipantPass pass) {
        BoardRecord own = ownNotes(pass);
        audit.record(
                AuditAction.OWN_NOTES_DOWNLOADED,
                pass.conversationId().value(),
                pass.participantId().value(),
                own.content().notes().size());
        return own;
    }

    /** The author changes their choice for one of their notes; live or after close. */
    @PreAuthorize("permitAll()")
    @Transactional
    public void changeConsent(ParticipantPass pass, NoteId noteId, ConsentTier consent) {
        limits.change(pass);
        // The sequence number first: it locks the board, so the note cannot be erased meanwhile.
        long seq = repository.nextSeq(pass.conversationId());
        StoredNote note = repository
                .findNote(noteId)
                .filter(n -> n.conversation().equals(pass.conversationId())
                        && n.participantId().equals(pass.participantId())
                        && !n.isGone())
                .orElseThrow(() -> new UserMessageException("note.error.not-found"));
        repository.updateConsent(note.id(), consent, seq);
        audit.record(AuditAction.CONSENT_CHANGED, pass.conversationId().value(), noteId.value(), 1);
        reviewIndex.refresh(pass.conversationId());
    }

    /** The facilitator asks every participant to look at their notes' choices once more. */
    @PreAuthorize(Roles.IS_FACILITATOR)
    @Transactional
    public void startRound(ConversationId conversationId) {
        conversations.getManaged(conversationId);
        long seq = liveSeq(conversationId);
        repository.startConsentRound(conversationId, seq);
        audit.record(AuditAction.CONSENT_ROUND_STARTED, conversationId.value(), null, null);
    }

    /** The facilitator ends the round; tablets stop asking. Choices stay as they were made. */
    @PreAuthorize(Roles.IS_FACILITATOR)
    @Transactional
    public void endRound(ConversationId conversationId) {
        conversations.getManaged(conversationId);
        liveSeq(conversationId);
        repository.endConsentRound(conversationId);
    }

    /** A participant says they are done with the round (their choices were saved one by one). */
    @PreAuthorize("permitAll()")
    @Transactional
    public void answerRound(ParticipantPass pass) {
        long seq = liveSeq(pass.conversationId());
        if (!repository.isSeatedAt(pass.conversationId(), pass.participantId())) {
            throw new UserMessageException("note.error.not-found");
        }
        if (repository.heading(pass.conversationId()).orElseThrow().heading().consentRoundSeq() == null) {
            throw new UserMessageException("consent.error.no-round");
        }
        repository.answerConsentRound(pass.participantId(), seq);
        audit.record(AuditAction.CONSENT_ROUND_ANSWERED, pass.conversationId().value(), null, null);
    }

    private long liveSeq(ConversationId conversationId) {
        return repository
                .nextSeqIfLive(conversationId)
                .orElseThrow(() -> new UserMessageException("board.error.closed"))
                .seq();
    }
}
