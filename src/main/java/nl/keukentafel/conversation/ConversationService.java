package nl.keukentafel.conversation;

import java.util.List;
import java.util.Optional;
import nl.keukentafel.base.AuditLog;
import nl.keukentafel.base.UserMessageException;
import nl.keukentafel.security.CurrentStaff;
import nl.keukentafel.security.Roles;
import nl.keukentafel.security.StaffRole;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Facilitators prepare their conversations, take them live and close them; team members open
 * closed conversations. A facilitator manages only their own conversations (admins any).
 */
@Service
public class ConversationService {

    private static final int CODE_ATTEMPTS = 20;

    private final ConversationRepository conversations;
    private final ApplicationEventPublisher events;

    ConversationService(ConversationRepository conversations, ApplicationEventPublisher events) {
        this.conversations = conversations;
        this.events = events;
    }

    @PreAuthorize(Roles.IS_FACILITATOR)
    @Transactional
    public Conversation prepare(ConversationDraft draft) {
        String facilitator = CurrentStaff.username().orElseThrow();
        ConversationId id = conversations.insert(draft, facilitator);
        AuditLog.event("conversation.prepared", "by", facilitator, "conversation", id.value());
        return conversations.findById(id).orElseThrow();
    }

    @PreAuthorize(Roles.IS_FACILITATOR)
    @Transactional
    public Conversation update(ConversationId id, ConversationDraft draft) {
        Conversation existing = manageable(id);
        if (existing.isClosed()) {
            throw new UserMessageException("conversation.error.closed");
        }
        if (existing.isLive() && existing.template() != draft.template()) {
            throw new UserMessageException("conversation.error.template-live");
        }
        conversations.update(id, draft);
        events.publishEvent(new ConversationEdited(id));
        return conversations.findById(id).orElseThrow();
    }

    /** The current facilitator's conversations, newest first. */
    @PreAuthorize(Roles.IS_FACILITATOR)
    @Transactional(readOnly = true)
    public List<Conversation> mine() {
        return conversations.findByFacilitator(CurrentStaff.username().orElseThrow());
    }

    /** A conversation the current staff member may open: their own, any closed one for team members. */
    @PreAuthorize(Roles.IS_STAFF)
    @Transactional(readOnly = true)
    public Conversation get(ConversationId id) {
        Conversation conversation =
                conversations.findById(id).orElseThrow(() -> new UserMessageException("conversation.error.not-found"));
        if (mayManage(conversation) || (conversation.isClosed() && CurrentStaff.hasRole(StaffRole.TEAM_MEMBER))) {
            return conversation;
        }
        throw new UserMessageException("conversation.error.not-found");
    }

    /** A conversation the current facilitator runs (admins: any); otherwise "not found". */
    @PreAuthorize(Roles.IS_FACILITATOR)
    @Transactional(readOnly = true)
    public Conversation getManaged(ConversationId id) {
        return manageable(id);
    }

    /**
     * Like {@link #getManaged}, for work an admin may do without the facilitator role (erasure,
     * retention): the current facilitator's own conversation, or any for an admin.
     */
    @PreAuthorize(Roles.IS_FACILITATOR_OR_ADMIN)
    @Transactional(readOnly = true)
    public Conversation getManagedOrAdmin(ConversationId id) {
        return manageable(id);
    }

    /** Closed conversations for review by team members. */
    @PreAuthorize("hasAnyRole('TEAM_MEMBER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<Conversation> closed() {
        return conversations.findByStatus(ConversationStatus.CLOSED);
    }

    @PreAuthorize(Roles.IS_FACILITATOR)
    @Transactional
    public Conversation goLive(ConversationId id) {
        Conversation conversation = manageable(id);
        if (conversation.status() != ConversationStatus.PREPARED) {
            throw new UserMessageException("conversation.error.not-prepared");
        }
        for (int attempt = 0; attempt < CODE_ATTEMPTS; attempt++) {
            JoinCode code = JoinCode.random();
            if (conversations.tryGoLive(id, code)) {
                events.publishEvent(new ConversationWentLive(id, code));
                AuditLog.event(
                        "conversation.live", "by", CurrentStaff.username().orElse("?"), "conversation", id.value());
                return conversations.findById(id).orElseThrow();
            }
        }
        throw new IllegalStateException("No free join code after " + CODE_ATTEMPTS + " attempts");
    }

    @PreAuthorize(Roles.IS_FACILITATOR)
    @Transactional
    public Conversation close(ConversationId id) {
        Conversation conversation = manageable(id);
        if (conversation.isClosed()) {
            return conversation;
        }
        conversations.close(id);
        events.publishEvent(new ConversationClosed(id));
        AuditLog.event("conversation.closed", "by", CurrentStaff.username().orElse("?"), "conversation", id.value());
        return conversations.findById(id).orElseThrow();
    }

    /** For joining: the live conversation behind a code. Residents have no account, hence permitAll. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<Conversation> findLive(JoinCode code) {
        return conversations.findLiveByCode(code);
    }

    /** For the board feature, which checks the participant's own access before calling this. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<Conversation> findForBoard(ConversationId id) {
        return conversations.findById(id);
    }

    /** True when the current staff member is the facilitator who runs this conversation. */
    public static boolean isOwn(Conversation conversation) {
        return CurrentStaff.username()
                .map(conversation.facilitatorUsername()::equals)
                .orElse(false);
    }

    /** True when the current staff member runs this conversation (or is an admin). */
    public static boolean mayManage(Conversation conversation) {
        return CurrentStaff.hasRole(StaffRole.ADMIN)
                || (CurrentStaff.hasRole(StaffRole.FACILITATOR)
                        && CurrentStaff.username()
                                .map(conversation.facilitatorUsername()::equals)
                                .orElse(false));
    }

    private Conversation manageable(ConversationId id) {
        Conversation conversation =
                conversations.findById(id).orElseThrow(() -> new UserMessageException("conversation.error.not-found"));
        if (!mayManage(conversation)) {
            throw new UserMessageException("conversation.error.not-found");
        }
        return conversation;
    }
}
