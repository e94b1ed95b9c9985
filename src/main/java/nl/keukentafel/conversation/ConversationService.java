package nl.keukentafel.conversation;

import java.util.List;
import java.util.Optional;
import java.util.Set;
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
 * closed conversations. A conversation is run by its facilitator and the co-facilitators they
 * added; only those manage it (admins any), and only the facilitator who prepared it (or an admin)
 * changes who co-facilitates (docs/adr/0006).
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

    /** The conversations the current facilitator runs, their own and co-facilitated ones, newest first. */
    @PreAuthorize(Roles.IS_FACILITATOR)
    @Transactional(readOnly = true)
    public List<Conversation> mine() {
        return conversations.findRunBy(CurrentStaff.username().orElseThrow());
    }

    /** The facilitators who can be added as co-facilitators (enabled accounts with that role). */
    @PreAuthorize(Roles.IS_FACILITATOR_OR_ADMIN)
    @Transactional(readOnly = true)
    public List<Colleague> colleagues() {
        return conversations.facilitators();
    }

    /**
     * Makes exactly these facilitators the co-facilitators of a prepared or live conversation. Only
     * its facilitator or an admin may: a co-facilitator is refused, anyone else gets "not found". Each addition and removal goes to the audit log, and takes effect at once: every
     * access check reads the list from the database.
     */
    @PreAuthorize(Roles.IS_FACILITATOR_OR_ADMIN)
    @Transactional
    public Conversation changeCoFacilitators(ConversationId id, Set<String> usernames) {
        Conversation conversation = manageable(id);
        if (!mayChangeCoFacilitators(conversation)) {
            throw new UserMessageException("conversation.error.co-facilitators-owner-only");
        }
        if (conversation.isClosed()) {
            throw new UserMessageException("conversation.error.closed");
        }
        if (usernames.contains(conversation.facilitatorUsername())) {
            throw new UserMessageException("conversation.error.co-facilitator-self");
        }
        List<String> removed = conversation.coFacilitators().stream()
                .map(Colleague::username)
                .filter(username -> !usernames.contains(username))
                .toList();
        List<String> added = usernames.stream()
                .filter(username -> !conversation.isCoFacilitator(username))
                .sorted()
                .toList();
        removed.forEach(username -> conversations.removeCoFacilitator(id, username));
        for (String username : added) {
            if (!conversations.addCoFacilitator(id, username)) {
                throw new UserMessageException("conversation.error.co-facilitator-unknown", username);
            }
        }
        String by = CurrentStaff.username().orElse("?");
        removed.forEach(username -> AuditLog.event(
                "conversation.co-facilitator.removed", "by", by, "conversation", id.value(), "colleague", username));
        added.forEach(username -> AuditLog.event(
                "conversation.co-facilitator.added", "by", by, "conversation", id.value(), "colleague", username));
        return conversations.findById(id).orElseThrow();
    }

    /** A conversation the current staff member may open: one they run, any closed one for team members. */
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

    /**
     * True when the current staff member runs this conversation: its facilitator or a
     * co-facilitator (an admin is neither).
     */
    public static boolean runs(Conversation conversation) {
        return CurrentStaff.username().map(conversation::isRunBy).orElse(false);
    }

    /** True when the current staff member runs this conversation as a facilitator (or is an admin). */
    public static boolean mayManage(Conversation conversation) {
        return CurrentStaff.hasRole(StaffRole.ADMIN)
                || (CurrentStaff.hasRole(StaffRole.FACILITATOR) && runs(conversation));
    }

    /** True when the current staff member may change who co-facilitates: its facilitator, or an admin. */
    public static boolean mayChangeCoFacilitators(Conversation conversation) {
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
