package nl.keukentafel.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import nl.keukentafel.base.AuditLog;
import nl.keukentafel.security.CurrentStaff;
import nl.keukentafel.security.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes and lists the audit trail. A record joins the caller's transaction, so an action that
 * rolls back leaves no trace and one that commits always leaves one. Every record is also logged
 * as an audit log line, as before.
 */
@Service
public class AuditTrail {

    /** The most rows one listing returns. */
    public static final int MAX_ROWS = 500;

    /** Actor of scheduled work. */
    public static final String SYSTEM = "system";

    /** Actor of a resident acting on their own notes (residents have no account). */
    public static final String PARTICIPANT = "participant";

    /** The longest detail a record keeps. */
    static final int MAX_DETAIL = 1000;

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Records an action by the current staff member, or by a participant when no one is logged in.
     * Open to every caller: the service that performs the action has already checked who may.
     */
    @PreAuthorize("permitAll()")
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(
            AuditAction action, @Nullable Long conversationId, @Nullable Long objectId, @Nullable Integer noteCount) {
        recordAs(CurrentStaff.username().orElse(PARTICIPANT), action, conversationId, objectId, noteCount, null);
    }

    /**
     * Records an action by the current staff member with a few words on what it was about, such as
     * the selection an export was made from (never a name or a note's text).
     */
    @PreAuthorize("permitAll()")
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditAction action, @Nullable Long objectId, int noteCount, String detail) {
        recordAs(
                CurrentStaff.username().orElse(PARTICIPANT),
                action,
                null,
                objectId,
                noteCount,
                detail.length() > MAX_DETAIL ? detail.substring(0, MAX_DETAIL) : detail);
    }

    /** Records an action of scheduled work. */
    @PreAuthorize("permitAll()")
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordSystem(AuditAction action, @Nullable Long conversationId, @Nullable Integer noteCount) {
        recordAs(SYSTEM, action, conversationId, null, noteCount, null);
    }

    private void recordAs(
            String actor,
            AuditAction action,
            @Nullable Long conversationId,
            @Nullable Long objectId,
            @Nullable Integer noteCount,
            @Nullable String detail) {
        jdbc.sql("""
                        insert into audit_event (at, actor, action, conversation_id, object_id, note_count, detail)
                        values (:at, :actor, :action, :conversation, :object, :count, :detail)
                        """)
                .param("at", Timestamp.from(clock.instant()))
                .param("actor", actor)
                .param("action", action.name())
                .param("conversation", conversationId)
                .param("object", objectId)
                .param("count", noteCount)
                .param("detail", detail)
                .update();
        AuditLog.event(
                "privacy." + action.name().toLowerCase(Locale.ROOT),
                "actor",
                actor,
                "conversation",
                conversationId,
                "object",
                objectId,
                "notes",
                noteCount);
    }

    /** The newest events that match, at most {@link #MAX_ROWS}. */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional(readOnly = true)
    public List<AuditEvent> list(AuditFilter filter) {
        return jdbc.sql("""
                        select id, at, actor, action, conversation_id, object_id, note_count, detail from audit_event
                        where (cast(:action as text) is null or action = :action)
                          and (cast(:actor as text) is null or actor = :actor)
                          and (cast(:conversation as bigint) is null or conversation_id = :conversation)
                          and (cast(:from as timestamptz) is null or at >= :from)
                          and (cast(:until as timestamptz) is null or at < :until)
                        order by at desc, id desc
                        limit :limit
                        """)
                .param(
                        "action",
                        filter.action() == null ? null : filter.action().name())
                .param(
                        "actor",
                        filter.actor() == null || filter.actor().isBlank()
                                ? null
                                : filter.actor().strip())
                .param("conversation", filter.conversationId())
                .param("from", filter.from() == null ? null : Timestamp.from(filter.from()))
                .param("until", filter.until() == null ? null : Timestamp.from(filter.until()))
                .param("limit", MAX_ROWS)
                .query((rs, row) -> new AuditEvent(
                        rs.getLong("id"),
                        rs.getTimestamp("at").toInstant(),
                        rs.getString("actor"),
                        AuditAction.valueOf(rs.getString("action")),
                        rs.getObject("conversation_id", Long.class),
                        rs.getObject("object_id", Long.class),
                        rs.getObject("note_count", Integer.class),
                        rs.getString("detail")))
                .list();
    }
}
