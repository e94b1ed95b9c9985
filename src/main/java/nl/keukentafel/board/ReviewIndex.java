package nl.keukentafel.board;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.keukentafel.base.Languages;
import nl.keukentafel.board.BoardSnapshot.NoteRow;
import nl.keukentafel.conversation.Conversation;
import nl.keukentafel.conversation.ConversationId;
import nl.keukentafel.conversation.ConversationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the released notes of closed conversations ({@code released_note}), from which the review
 * area and the reports read: exactly what the {@link ReleaseGate} lets out for
 * {@link ReadPurpose#REVIEW}, redacted with Dutch placeholders, never a name. Every change that
 * alters what may leave a closed table (closing, consent, erasure, retention, a redaction
 * correction) rebuilds its conversation's rows in the same transaction; at start-up, boards that
 * changed since their rows were built, or were built by an older detector, are built again
 * (docs/adr/0011).
 */
@Component
class ReviewIndex {

    /**
     * Raise when the detector's rules or lists change, so every closed conversation is redacted
     * again at the next start (docs/redaction.md).
     */
    static final int DETECTOR_VERSION = 4;

    private static final Logger log = LoggerFactory.getLogger(ReviewIndex.class);
    private static final Locale DUTCH = Locale.of("nl");

    private final JdbcClient jdbc;
    private final BoardReader reader;
    private final ReleaseGate gate;
    private final ConversationService conversations;
    private final TransactionTemplate tx;

    ReviewIndex(
            JdbcClient jdbc,
            BoardReader reader,
            ReleaseGate gate,
            ConversationService conversations,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.reader = reader;
        this.gate = gate;
        this.conversations = conversations;
        this.tx = new TransactionTemplate(transactions);
    }

    /**
     * Builds the conversation's released notes again when it is closed; call it in the transaction
     * of the change, after the change. Does nothing for a conversation that is not closed.
     */
    void refresh(ConversationId id) {
        Conversation conversation = conversations.findForBoard(id).orElseThrow();
        if (!conversation.isClosed()) {
            return;
        }
        // The board's row lock first (callers that changed the board hold it already): two rebuilds
        // of one conversation never interleave, so none writes what it read before the other's change.
        jdbc.sql("select id from conversation where id = :id for update")
                .param("id", id.value())
                .query(Long.class)
                .single();
        BoardSnapshot snapshot = reader.load(id);
        Visibility.Archive released = gate.visibility(ReadPurpose.REVIEW, snapshot, conversation, DUTCH);
        List<Long> ids = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<String> categories = new ArrayList<>();
        List<String> roles = new ArrayList<>();
        List<String> tiers = new ArrayList<>();
        List<Long> seqs = new ArrayList<>();
        List<Timestamp> created = new ArrayList<>();
        for (NoteRow note : snapshot.notes()) {
            if (!released.shows(note)) {
                continue;
            }
            ids.add(note.id().value());
            texts.add(released.textOf(note));
            categories.add(note.category().key());
            roles.add(snapshot.author(note).role().name());
            tiers.add(note.consentTier().name());
            seqs.add(note.createdSeq());
            created.add(Timestamp.from(note.createdAt()));
        }
        jdbc.sql("delete from released_note where conversation_id = :id")
                .param("id", id.value())
                .update();
        if (!ids.isEmpty()) {
            jdbc.sql("""
                            insert into released_note (note_id, conversation_id, text, category, table_role,
                                consent_tier, theme_id, werkteam_id, municipality_id, neighbourhood_id,
                                facilitator_id, held_on, created_seq, created_at)
                            select r.note_id, c.id, r.text, r.category, r.table_role, r.consent_tier,
                                c.theme_id, c.werkteam_id, c.municipality_id, c.neighbourhood_id,
                                c.facilitator_id, (c.starts_at at time zone :zone)::date, r.created_seq,
                                r.created_at
                            from unnest(:ids::bigint[], :texts::text[], :categories::text[], :roles::text[],
                                    :tiers::text[], :seqs::bigint[], :created::timestamptz[])
                                as r(note_id, text, category, table_role, consent_tier, created_seq, created_at)
                            join conversation c on c.id = :id
                            """)
                    .param("ids", ids.toArray(Long[]::new))
                    .param("texts", texts.toArray(String[]::new))
                    .param("categories", categories.toArray(String[]::new))
                    .param("roles", roles.toArray(String[]::new))
                    .param("tiers", tiers.toArray(String[]::new))
                    .param("seqs", seqs.toArray(Long[]::new))
                    .param("created", created.toArray(Timestamp[]::new))
                    .param("zone", Languages.ZONE.getId())
                    .param("id", id.value())
                    .update();
        }
        releaseAgreements(id, snapshot, gate.release(snapshot, conversation));
        jdbc.sql("""
                        insert into released_conversation (conversation_id, released_seq, detector_version)
                        values (:id, :seq, :version)
                        on conflict (conversation_id) do update
                        set released_seq = excluded.released_seq, detector_version = excluded.detector_version,
                            released_at = now()
                        """)
                .param("id", id.value())
                .param("seq", snapshot.seq())
                .param("version", DETECTOR_VERSION)
                .update();
        jdbc.sql("delete from released_role_count where conversation_id = :id")
                .param("id", id.value())
                .update();
        snapshot.seatsPerRole()
                .forEach((role, count) -> jdbc.sql("""
                        insert into released_role_count (conversation_id, table_role, participants)
                        values (:id, :role, :count)
                        """)
                        .param("id", id.value())
                        .param("role", role.name())
                        .param("count", count)
                        .update());
    }

    /**
     * The table's agreements as they may leave it: redacted like notes, the owner as a role or an
     * organisation, never a name. Agreements are the table's shared outcome, spoken and shown on
     * every screen, so they need no author's consent (docs/privacy.md).
     */
    private void releaseAgreements(ConversationId id, BoardSnapshot snapshot, ReleaseGate.Release release) {
        jdbc.sql("delete from released_agreement where conversation_id = :id")
                .param("id", id.value())
                .update();
        for (BoardSnapshot.AgreementRow agreement : snapshot.agreements()) {
            TableRole role = snapshot.ownerRole(agreement);
            jdbc.sql("""
                            insert into released_agreement (agreement_id, conversation_id, what, owner_role,
                                owner_organisation, due_on)
                            values (:agreement, :id, :what, :role, :organisation, :due)
                            """)
                    .param("agreement", agreement.id())
                    .param("id", id.value())
                    .param("what", gate.redactTableText(agreement.what(), release, DUTCH))
                    .param("role", role == null ? null : role.name())
                    .param(
                            "organisation",
                            agreement.ownerOrganisation() == null
                                    ? null
                                    : gate.redactTableText(agreement.ownerOrganisation(), release, DUTCH))
                    .param("due", agreement.dueOn())
                    .update();
        }
    }

    /**
     * Builds again every closed conversation whose board changed since, or whose rows an older
     * detector made: after an upgrade, and for boards closed before the review area existed. Each
     * conversation in its own transaction; several nodes may do it at once without harm.
     */
    @EventListener(ApplicationReadyEvent.class)
    void catchUp() {
        Thread.ofPlatform().daemon().name("review-index-catch-up").start(this::rebuildStale);
    }

    /** The catch-up itself, also for tests: how many conversations it built again. */
    int rebuildStale() {
        List<ConversationId> stale = jdbc.sql("""
                        select c.id from conversation c
                        left join released_conversation r on r.conversation_id = c.id
                        where c.status = 'CLOSED'
                          and (r.conversation_id is null or r.released_seq < c.last_seq
                               or r.detector_version <> :version)
                        order by c.id
                        """)
                .param("version", DETECTOR_VERSION)
                .query((rs, row) -> new ConversationId(rs.getLong(1)))
                .list();
        int built = 0;
        for (ConversationId id : stale) {
            try {
                tx.executeWithoutResult(status -> refresh(id));
                built++;
            } catch (RuntimeException e) {
                log.warn("Could not build the released notes of conversation {}", id.value(), e);
            }
        }
        if (built > 0) {
            log.info("Built the released notes of {} closed conversations", built);
        }
        return built;
    }
}
