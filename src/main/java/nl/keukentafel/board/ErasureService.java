package nl.keukentafel.board;

import nl.keukentafel.audit.AuditAction;
import nl.keukentafel.audit.AuditTrail;
import nl.keukentafel.base.UserMessageException;
import nl.keukentafel.conversation.ConversationId;
import nl.keukentafel.conversation.ConversationService;
import nl.keukentafel.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erasure, final: a participant's name, secret and every note they wrote, or a whole
 * conversation's. On a live board the notes leave every screen at once (an erasure is a board
 * change like any other). The audit trail keeps who erased what and how many notes, never the
 * erased content (docs/privacy.md).
 */
@Service
public class ErasureService {

    private final BoardRepository repository;
    private final ConversationService conversations;
    private final AuditTrail audit;
    private final ReviewIndex reviewIndex;

    ErasureService(
            BoardRepository repository, ConversationService conversations, AuditTrail audit, ReviewIndex reviewIndex) {
        this.repository = repository;
        this.conversations = conversations;
        this.audit = audit;
        this.reviewIndex = reviewIndex;
    }

    /** The facilitator (own conversations) or an admin erases one participant. */
    @PreAuthorize(Roles.IS_FACILITATOR_OR_ADMIN)
    @Transactional
    public int eraseParticipant(ConversationId conversationId, ParticipantId participant) {
        conversations.getManagedOrAdmin(conversationId);
        long seq = repository.nextSeq(conversationId);
        if (!repository.isSeatedAt(conversationId, participant)) {
            throw new UserMessageException("erasure.error.not-found");
        }
        int notes = repository.erase(conversationId, participant, seq);
        audit.record(AuditAction.PARTICIPANT_ERASED, conversationId.value(), participant.value(), notes);
        reviewIndex.refresh(conversationId);
        return notes;
    }

    /** The facilitator (own conversations) or an admin erases everyone and everything at a table. */
    @PreAuthorize(Roles.IS_FACILITATOR_OR_ADMIN)
    @Transactional
    public int eraseConversation(ConversationId conversationId) {
        conversations.getManagedOrAdmin(conversationId);
        long seq = repository.nextSeq(conversationId);
        int notes = repository.erase(conversationId, null, seq);
        audit.record(AuditAction.CONVERSATION_ERASED, conversationId.value(), null, notes);
        reviewIndex.refresh(conversationId);
        return notes;
    }

    /** A participant erases themselves (from their tablet or their notes page after close). */
    @PreAuthorize("permitAll()")
    @Transactional
    public int eraseSelf(ParticipantPass pass) {
        long seq = repository.nextSeq(pass.conversationId());
        if (!repository.isSeatedAt(pass.conversationId(), pass.participantId())) {
            throw new UserMessageException("erasure.error.not-found");
        }
        int notes = repository.erase(pass.conversationId(), pass.participantId(), seq);
        audit.record(
                AuditAction.PARTICIPANT_ERASED,
                pass.conversationId().value(),
                pass.participantId().value(),
                notes);
        reviewIndex.refresh(pass.conversationId());
        return notes;
    }
}
