package nl.keukentafel.board;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.keukentafel.audit.AuditAction;
import nl.keukentafel.audit.AuditTrail;
import nl.keukentafel.base.UserMessageException;
import nl.keukentafel.board.BoardSnapshot.NoteRow;
import nl.keukentafel.conversation.Conversation;
import nl.keukentafel.conversation.ConversationId;
import nl.keukentafel.conversation.ConversationService;
import nl.keukentafel.privacy.PrivacySettings;
import nl.keukentafel.security.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeping and forgetting. Every conversation has a retention date: its close plus its own term, or
 * the global one ({@code keukentafel.privacy.retention-months}). On that date the retention run
 * removes the participants' names, every note that did not leave the table (table only, only for
 * the facilitator, withdrawn, set aside) and the original texts of released notes, which keep only
 * their redacted words; staff's redaction corrections and the names of erased participants kept
 * for redaction go too. The run is safe with several nodes: one transaction-scoped PostgreSQL advisory lock lets one node work while
 * the others skip (docs/privacy.md).
 */
@Service
public class RetentionService {

    /** The advisory lock key of the retention run ("KTRETAIN" as a number). */
    static final long LOCK_KEY = 0x4B54_5245_5441_494EL;

    private final JdbcClient jdbc;
    private final BoardRepository repository;
    private final BoardReader reader;
    private final ReleaseGate gate;
    private final ConversationService conversations;
    private final PrivacySettings settings;
    private final AuditTrail audit;
    private final Clock clock;
    private final ReviewIndex reviewIndex;

    RetentionService(
            JdbcClient jdbc,
            BoardRepository repository,
            BoardReader reader,
            ReleaseGate gate,
            ConversationService conversations,
            PrivacySettings settings,
            AuditTrail audit,
            Clock clock,
            ReviewIndex reviewIndex) {
        this.jdbc = jdbc;
        this.repository = repository;
        this.reader = reader;
        this.gate = gate;
        this.conversations = conversations;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
        this.reviewIndex = reviewIndex;
    }

    /** The result of one run: how many conversations and notes it handled; -1 when another node ran. */
    public record RetentionRun(int conversations, int notesErased, int notesRedacted) {}

    /**
     * Runs retention for every conversation whose date has passed, unless another node is running
     * it. Started by {@link RetentionSchedule}; admins may start it too.
     */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional
    public RetentionRun run() {
        Boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(:key)")
                .param("key", LOCK_KEY)
                .query(Boolean.class)
                .single();
        if (!Boolean.TRUE.equals(locked)) {
            return new RetentionRun(-1, 0, 0);
        }
        List<ConversationId> due = jdbc.sql("""
                        select id from conversation
                        where status = 'CLOSED' and retained_at is null
                          and closed_at + make_interval(months => coalesce(retention_months, :months)) <= :now
                        order by id
                        """)
                .param("months", settings.retentionMonths())
                .param("now", Timestamp.from(clock.instant()))
                .query((rs, row) -> new ConversationId(rs.getLong(1)))
                .list();
        // Every due board's lock first, in id order: once the run has changed one (and with it the
        // review area's version row), it never waits for a board another transaction holds.
        jdbc.sql("select id from conversation where id = any(:ids) order by id for update")
                .param("ids", due.stream().map(ConversationId::value).toArray(Long[]::new))
                .query(Long.class)
                .list();
        int erased = 0;
        int redacted = 0;
        for (ConversationId id : due) {
            int[] counts = retain(id);
            erased += counts[0];
            redacted += counts[1];
        }
        return new RetentionRun(due.size(), erased, redacted);
    }

    private int[] retain(ConversationId id) {
        Conversation conversation = conversations.findForBoard(id).orElseThrow();
        // The sequence number first: it locks the board, so nothing changes between read and write.
        long seq = repository.nextSeq(id, true);
        BoardSnapshot snapshot = reader.load(id);
        // Released notes keep the words the release gate gives, in the default language.
        Visibility.Archive released = gate.visibility(ReadPurpose.ARCHIVE, snapshot, conversation, Locale.of("nl"));
        int redacted = 0;
        for (NoteRow note : snapshot.notes()) {
            if (note.status() != NoteStatus.ERASED && !note.redactedOnly() && released.shows(note)) {
                jdbc.sql("""
                                update note set text = :text, redacted_only = true, seq = :seq
                                where id = :id and status <> 'ERASED'
                                """)
                        .param("text", released.textOf(note))
                        .param("seq", seq)
                        .param("id", note.id().value())
                        .update();
                redacted++;
            }
        }
        // Agreements keep their redacted words and the owner's role, never a participant's name.
        ReleaseGate.Release release = gate.release(snapshot, conversation);
        for (BoardSnapshot.AgreementRow agreement : snapshot.agreements()) {
            TableRole role = snapshot.ownerRole(agreement);
            jdbc.sql("""
                            update agreement set what = :what, owner_organisation = :organisation, owner_role = :role,
                                owner_participant_id = null, seq = :seq
                            where id = :id
                            """)
                    .param("what", gate.redactTableText(agreement.what(), release, Locale.of("nl")))
                    .param(
                            "organisation",
                            agreement.ownerOrganisation() == null
                                    ? null
                                    : gate.redactTableText(agreement.ownerOrganisation(), release, Locale.of("nl")))
                    .param("role", role == null ? null : role.name())
                    .param("seq", seq)
                    .param("id", agreement.id())
                    .update();
        }
        int erased = jdbc.sql("""
                        update note set status = 'ERASED', text = '', seq = :seq, updated_at = now()
                        where conversation_id = :conversation and status <> 'ERASED' and not redacted_only
                        """)
                .param("seq", seq)
                .param("conversation", id.value())
                .update();
        jdbc.sql("""
                        update participant set display_name = null, anonymous = true, seq = :seq
                        where conversation_id = :conversation
                        """).param("seq", seq).param("conversation", id.value()).update();
        jdbc.sql("""
                        delete from redaction_correction
                        where note_id in (select id from note where conversation_id = :conversation)
                        """).param("conversation", id.value()).update();
        jdbc.sql("delete from redaction_name where conversation_id = :conversation")
                .param("conversation", id.value())
                .update();
        jdbc.sql("update conversation set retained_at = :now where id = :id")
                .param("now", Timestamp.from(clock.instant()))
                .param("id", id.value())
                .update();
        audit.recordSystem(AuditAction.RETENTION_RUN, id.value(), erased + redacted);
        reviewIndex.refresh(id);
        return new int[] {erased, redacted};
    }

    /** A conversation's retention: its own term (null: the global one) and, once closed, its date. */
    public record Retention(
            @Nullable Integer ownMonths,
            int months,
            @Nullable LocalDate date,
            boolean done) {}

    @PreAuthorize(Roles.IS_FACILITATOR_OR_ADMIN)
    @Transactional(readOnly = true)
    public Retention retentionOf(ConversationId id) {
        conversations.getManagedOrAdmin(id);
        return jdbc.sql("select retention_months, closed_at, retained_at from conversation where id = :id")
                .param("id", id.value())
                .query((rs, row) -> {
                    Integer own = rs.getObject("retention_months", Integer.class);
                    int months = own == null ? settings.retentionMonths() : own;
                    Optional<Instant> closed =
                            Optional.ofNullable(rs.getTimestamp("closed_at")).map(Timestamp::toInstant);
                    LocalDate date = closed.map(at ->
                                    at.atZone(ZoneOffset.UTC).plusMonths(months).toLocalDate())
                            .orElse(null);
                    return new Retention(own, months, date, rs.getTimestamp("retained_at") != null);
                })
                .single();
    }

    /** Sets a conversation's own term in months (1 to 120), or back to the global one with null. */
    @PreAuthorize(Roles.IS_FACILITATOR_OR_ADMIN)
    @Transactional
    public void setRetention(ConversationId id, @Nullable Integer months) {
        conversations.getManagedOrAdmin(id);
        if (months != null && (months < 1 || months > 120)) {
            throw new UserMessageException("retention.error.range", 1, 120);
        }
        jdbc.sql("update conversation set retention_months = :months where id = :id and retained_at is null")
                .param("months", months)
                .param("id", id.value())
                .update();
    }
}
