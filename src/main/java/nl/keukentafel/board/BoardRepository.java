package nl.keukentafel.board;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.keukentafel.board.BoardHeading.Stage;
import nl.keukentafel.board.BoardSnapshot.NoteRow;
import nl.keukentafel.board.BoardSnapshot.ParticipantRow;
import nl.keukentafel.conversation.BoardTemplate;
import nl.keukentafel.conversation.Category;
import nl.keukentafel.conversation.ConversationId;
import nl.keukentafel.conversation.ConversationStatus;
import nl.keukentafel.conversation.JoinCode;
import nl.keukentafel.conversation.Phase;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Participants and notes, and the board's columns of the conversation row: {@code last_seq}, which
 * only the board changes, and the few fields a board shows and checks (docs/adr/0009).
 */
@Repository
class BoardRepository {

    /** The PostgreSQL channel every node listens on; the payload is "conversationId:seq". */
    static final String CHANNEL = "board_changes";

    private final JdbcClient jdbc;

    BoardRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Takes the board's next sequence number and announces it, whatever the conversation's status
     * (for its own lifecycle changes). The row lock on the conversation orders concurrent changes of
     * one board; the NOTIFY is only delivered if the transaction commits.
     */
    long nextSeq(ConversationId conversation) {
        return nextSeq(conversation, false);
    }

    /**
     * Like {@link #nextSeq(ConversationId)}; {@code stage}: the change also writes facilitation rows
     * (groups, dots, agreements, the undo list), which live copies then read ({@code stage_seq}).
     */
    long nextSeq(ConversationId conversation, boolean stage) {
        return jdbc.sql("""
                        with next as (
                            update conversation set last_seq = last_seq + 1,
                                stage_seq = case when :stage then last_seq + 1 else stage_seq end
                            where id = :id returning id, last_seq)
                        select last_seq, pg_notify('board_changes', id || ':' || last_seq) from next
                        """)
                .param("id", conversation.value())
                .param("stage", stage)
                .query((rs, row) -> rs.getLong(1))
                .single();
    }

    /** A sequence number taken on a live board, with the board's template and stage. */
    record LiveSeq(long seq, BoardTemplate template, Stage stage) {}

    /** The stored phase of a board without phases. */
    static final String NO_PHASE = "OPEN";

    /** The conversation columns of the board's {@link Stage}, for the statements below. */
    private static final String STAGE_COLUMNS = """
            phase, everyone_writes, silent_categories, locked, spotlight_note_id, timer_started_at, timer_ends_at,
            dots_per_participant, votes_revealed""";

    /**
     * Like {@link #nextSeq}, but only while the conversation is live: empty when it is not. The
     * status check is part of the update, so it holds the row lock: a close that commits while this
     * waits for the lock is seen (PostgreSQL re-checks the condition on the newest row), and a close
     * that comes later waits for this transaction. Every write of participants or notes takes its
     * sequence number here, before anything else it writes.
     */
    Optional<LiveSeq> nextSeqIfLive(ConversationId conversation) {
        return nextSeqIfLive(conversation, false);
    }

    /** Like {@link #nextSeqIfLive(ConversationId)}, for a change that writes facilitation rows too. */
    Optional<LiveSeq> nextStageSeqIfLive(ConversationId conversation) {
        return nextSeqIfLive(conversation, true);
    }

    private Optional<LiveSeq> nextSeqIfLive(ConversationId conversation, boolean stage) {
        return jdbc.sql("""
                        with next as (
                            update conversation set last_seq = last_seq + 1,
                                stage_seq = case when :stage then last_seq + 1 else stage_seq end
                            where id = :id and status = 'LIVE'
                            returning id, last_seq, template, %s)
                        select *, pg_notify('board_changes', id || ':' || last_seq) from next
                        """.formatted(STAGE_COLUMNS))
                .param("id", conversation.value())
                .param("stage", stage)
                .query((rs, row) ->
                        new LiveSeq(rs.getLong("last_seq"), BoardTemplate.valueOf(rs.getString("template")), stage(rs)))
                .optional();
    }

    /**
     * The board's heading and its newest sequence number, from the conversation row alone, and the
     * newest change that touched facilitation rows.
     */
    record HeadingAt(BoardHeading heading, long seq, long stageSeq) {}

    Optional<HeadingAt> heading(ConversationId conversation) {
        return jdbc.sql("""
                        select id, title, resident_question, template, status, join_code, consent_round_seq, last_seq,
                            stage_seq, %s
                        from conversation where id = :id
                        """.formatted(STAGE_COLUMNS))
                .param("id", conversation.value())
                .query((rs, row) -> {
                    String code = rs.getString("join_code");
                    BoardHeading heading = new BoardHeading(
                            new ConversationId(rs.getLong("id")),
                            rs.getString("title"),
                            rs.getString("resident_question"),
                            BoardTemplate.valueOf(rs.getString("template")),
                            ConversationStatus.valueOf(rs.getString("status")),
                            code == null ? null : new JoinCode(code),
                            rs.getObject("consent_round_seq", Long.class),
                            stage(rs));
                    return new HeadingAt(heading, rs.getLong("last_seq"), rs.getLong("stage_seq"));
                })
                .optional();
    }

    long insertParticipant(
            ConversationId conversation,
            String tokenHash,
            @Nullable String name,
            boolean anonymous,
            TableRole role,
            String consentVersion,
            long seq) {
        return jdbc.sql("""
                        insert into participant (conversation_id, token_hash, display_name, anonymous, table_role,
                            consent_version, consented_at, seq)
                        values (:conversation, :hash, :name, :anonymous, :role, :consent, now(), :seq)
                        returning id
                        """)
                .param("conversation", conversation.value())
                .param("hash", tokenHash)
                .param("name", name)
                .param("anonymous", anonymous)
                .param("role", role.name())
                .param("consent", consentVersion)
                .param("seq", seq)
                .query(Long.class)
                .single();
    }

    /**
     * The pass of the participant whose browser keeps this secret under this join code: when they
     * sit at the conversation that has the code now, or at a closed one while no live conversation
     * has the code (a closed conversation's code is gone, its participants still read their board,
     * and a new conversation that drew the same code must not send them back to the old one).
     */
    Optional<ParticipantPass> findPass(String tokenHash, JoinCode code) {
        return jdbc.sql("""
                        select p.id, p.conversation_id from participant p
                        join conversation c on c.id = p.conversation_id
                        where p.token_hash = :hash
                          and (c.join_code = :code
                               or (c.status = 'CLOSED'
                                   and not exists (select 1 from conversation live where live.join_code = :code)))
                        """)
                .param("hash", tokenHash)
                .param("code", code.value())
                .query((rs, row) -> new ParticipantPass(
                        new ParticipantId(rs.getLong("id")), new ConversationId(rs.getLong("conversation_id"))))
                .optional();
    }

    /** The pass of the participant whose browser keeps this secret, at any conversation, live or closed. */
    Optional<ParticipantPass> findPass(String tokenHash) {
        return jdbc.sql("select id, conversation_id from participant where token_hash = :hash")
                .param("hash", tokenHash)
                .query((rs, row) -> new ParticipantPass(
                        new ParticipantId(rs.getLong("id")), new ConversationId(rs.getLong("conversation_id"))))
                .optional();
    }

    /**
     * Inserts the note unless its client id is known, its author was erased or taken from the table,
     * or ({@code residentsOnly}) its author is not a resident or someone on a resident's behalf: one
     * statement, no extra round trip on the way of every note. Returns the new note's id. {@code
     * unrevealed}: the note was written in silence and waits for the facilitator's reveal.
     */
    Optional<NoteId> insertNote(
            ConversationId conversation,
            UUID clientId,
            ParticipantId participant,
            Category category,
            NoteText text,
            ConsentTier tier,
            NoteAudience audience,
            boolean unrevealed,
            boolean residentsOnly,
            long seq) {
        return jdbc.sql("""
                        insert into note (conversation_id, client_id, participant_id, category, text, consent_tier,
                            visibility, unrevealed, created_seq, seq)
                        select :conversation, :clientId, :participant, :category, :text, :tier, :audience, :unrevealed,
                            :seq, :seq
                        where exists (select 1 from participant
                                      where id = :participant and erased_at is null and removed_at is null
                                        and (not :residentsOnly
                                             or table_role in ('RESIDENT', 'ON_BEHALF_OF_RESIDENT')))
                        on conflict (client_id) do nothing
                        returning id
                        """)
                .param("conversation", conversation.value())
                .param("clientId", clientId)
                .param("participant", participant.value())
                .param("category", category.key())
                .param("text", text.value())
                .param("tier", tier.name())
                .param("audience", audience.name())
                .param("unrevealed", unrevealed)
                .param("residentsOnly", residentsOnly)
                .param("seq", seq)
                .query((rs, row) -> new NoteId(rs.getLong(1)))
                .optional();
    }

    /** The participant's role at the table, while they have a seat. */
    Optional<TableRole> roleOf(ParticipantId participant) {
        return jdbc.sql("select table_role from participant where id = :id and erased_at is null")
                .param("id", participant.value())
                .query((rs, row) -> TableRole.valueOf(rs.getString(1)))
                .optional();
    }

    record StoredNote(NoteId id, ConversationId conversation, ParticipantId participantId, NoteStatus status) {

        boolean isGone() {
            return status == NoteStatus.WITHDRAWN || status == NoteStatus.ERASED;
        }
    }

    Optional<StoredNote> findNoteByClientId(UUID clientId) {
        return jdbc.sql("select id, conversation_id, participant_id, status from note where client_id = :clientId")
                .param("clientId", clientId)
                .query(BoardRepository::mapStored)
                .optional();
    }

    Optional<StoredNote> findNote(NoteId id) {
        return jdbc.sql("select id, conversation_id, participant_id, status from note where id = :id")
                .param("id", id.value())
                .query(BoardRepository::mapStored)
                .optional();
    }

    void updateNoteText(NoteId id, NoteText text, long seq) {
        jdbc.sql("update note set text = :text, seq = :seq, updated_at = now() where id = :id")
                .param("text", text.value())
                .param("seq", seq)
                .param("id", id.value())
                .update();
    }

    void updateNoteStatus(NoteId id, NoteStatus status, long seq) {
        jdbc.sql("update note set status = :status, seq = :seq where id = :id")
                .param("status", status.name())
                .param("seq", seq)
                .param("id", id.value())
                .update();
    }

    /** Whether the facilitator took this participant away from the table. */
    boolean isRemoved(ParticipantId participant) {
        return jdbc.sql("select removed_at is not null from participant where id = :id")
                .param("id", participant.value())
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    /** Takes a participant from the table or lets them back, as a board change. */
    void setRemoved(ParticipantId participant, boolean removed, long seq) {
        jdbc.sql("update participant set removed_at = case when :removed then now() end, seq = :seq where id = :id")
                .param("removed", removed)
                .param("seq", seq)
                .param("id", participant.value())
                .update();
    }

    /** Sets aside every note of the participant that is still on the board; returns how many. */
    int moderateAllOf(ParticipantId participant, long seq) {
        return jdbc.sql(
                        "update note set status = 'MODERATED', seq = :seq where participant_id = :id and status = 'ACTIVE'")
                .param("seq", seq)
                .param("id", participant.value())
                .update();
    }

    /** Whether the participant has a seat (not erased) at this conversation. */
    boolean isSeatedAt(ConversationId conversation, ParticipantId participant) {
        return jdbc.sql("""
                        select count(*) > 0 from participant
                        where id = :id and conversation_id = :conversation and erased_at is null
                        """)
                .param("id", participant.value())
                .param("conversation", conversation.value())
                .query(Boolean.class)
                .single();
    }

    void updateConsent(NoteId id, ConsentTier tier, long seq) {
        jdbc.sql("update note set consent_tier = :tier, seq = :seq where id = :id")
                .param("tier", tier.name())
                .param("seq", seq)
                .param("id", id.value())
                .update();
    }

    /** Opens a consent round at this sequence number; answers given before it no longer count. */
    void startConsentRound(ConversationId conversation, long seq) {
        jdbc.sql("update conversation set consent_round_seq = :seq where id = :id")
                .param("seq", seq)
                .param("id", conversation.value())
                .update();
    }

    void endConsentRound(ConversationId conversation) {
        jdbc.sql("update conversation set consent_round_seq = null where id = :id")
                .param("id", conversation.value())
                .update();
    }

    void answerConsentRound(ParticipantId participant, long seq) {
        jdbc.sql("update participant set consent_round_answered_seq = :seq, seq = :seq where id = :id")
                .param("seq", seq)
                .param("id", participant.value())
                .update();
    }

    /**
     * Erases participants and all their notes for good: names, texts, redaction corrections and the
     * secret's hash go (the hash is replaced by a value no browser secret can produce); rows stay as
     * tombstones so live screens learn of it. The name is kept apart, only to redact it from other
     * people's released notes until the retention date ({@code redaction_name}). {@code participant} null erases everyone at the conversation. Returns the
     * number of notes erased.
     */
    int erase(ConversationId conversation, @Nullable ParticipantId participant, long seq) {
        // The name stays only as something to redact in other people's released notes.
        jdbc.sql("""
                        insert into redaction_name (conversation_id, name)
                        select conversation_id, display_name from participant
                        where conversation_id = :conversation and erased_at is null and display_name is not null
                          and (cast(:participant as bigint) is null or id = :participant)
                        """)
                .param("conversation", conversation.value())
                .param("participant", participant == null ? null : participant.value())
                .update();
        // Corrections quote the original text.
        jdbc.sql("""
                        delete from redaction_correction where note_id in (
                            select id from note where conversation_id = :conversation
                              and (cast(:participant as bigint) is null or participant_id = :participant))
                        """)
                .param("conversation", conversation.value())
                .param("participant", participant == null ? null : participant.value())
                .update();
        int notes = jdbc.sql("""
                        update note set status = 'ERASED', text = '', redacted_only = false, seq = :seq,
                            updated_at = now()
                        where conversation_id = :conversation and status <> 'ERASED'
                          and (cast(:participant as bigint) is null or participant_id = :participant)
                        """)
                .param("seq", seq)
                .param("conversation", conversation.value())
                .param("participant", participant == null ? null : participant.value())
                .update();
        jdbc.sql("""
                        update participant set display_name = null, anonymous = true, erased_at = now(),
                            token_hash = 'erased:' || id, seq = :seq
                        where conversation_id = :conversation and erased_at is null
                          and (cast(:participant as bigint) is null or id = :participant)
                        """)
                .param("seq", seq)
                .param("conversation", conversation.value())
                .param("participant", participant == null ? null : participant.value())
                .update();
        return notes;
    }

    /** Participants and notes changed after {@code afterSeq}; read in the caller's transaction. */
    List<ParticipantRow> participantsAfter(ConversationId conversation, long afterSeq) {
        return jdbc.sql("""
                        select id, display_name, anonymous, table_role, erased_at, removed_at,
                            consent_round_answered_seq, seq
                        from participant
                        where conversation_id = :conversation and seq > :after order by seq
                        """)
                .param("conversation", conversation.value())
                .param("after", afterSeq)
                .query((rs, row) -> new ParticipantRow(
                        new ParticipantId(rs.getLong("id")),
                        rs.getString("display_name"),
                        rs.getBoolean("anonymous"),
                        TableRole.valueOf(rs.getString("table_role")),
                        rs.getTimestamp("erased_at") != null,
                        rs.getTimestamp("removed_at") != null,
                        rs.getObject("consent_round_answered_seq", Long.class),
                        rs.getLong("seq")))
                .list();
    }

    List<NoteRow> notesAfter(ConversationId conversation, long afterSeq) {
        return jdbc.sql("""
                        select id, participant_id, category, text, status, consent_tier, visibility, redacted_only,
                            unrevealed, group_id, merged_into, created_at, updated_at, created_seq, seq
                        from note where conversation_id = :conversation and seq > :after order by seq
                        """)
                .param("conversation", conversation.value())
                .param("after", afterSeq)
                .query(BoardRepository::mapNote)
                .list();
    }

    long lastSeq(ConversationId conversation) {
        return jdbc.sql("select last_seq from conversation where id = :id")
                .param("id", conversation.value())
                .query(Long.class)
                .single();
    }

    private static Stage stage(ResultSet rs) throws SQLException {
        String phase = rs.getString("phase");
        Set<Category> silent = new HashSet<>();
        for (String key : (String[]) rs.getArray("silent_categories").getArray()) {
            Category.parse(key).ifPresent(silent::add);
        }
        Long spotlight = rs.getObject("spotlight_note_id", Long.class);
        return new Stage(
                NO_PHASE.equals(phase) ? null : Phase.valueOf(phase),
                rs.getBoolean("everyone_writes"),
                Set.copyOf(silent),
                rs.getBoolean("locked"),
                spotlight == null ? null : new NoteId(spotlight),
                instant(rs, "timer_started_at"),
                instant(rs, "timer_ends_at"),
                rs.getInt("dots_per_participant"),
                rs.getBoolean("votes_revealed"));
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    private static NoteRow mapNote(ResultSet rs, int row) throws SQLException {
        return new NoteRow(
                new NoteId(rs.getLong("id")),
                new ParticipantId(rs.getLong("participant_id")),
                new Category(rs.getString("category")),
                rs.getString("text"),
                NoteStatus.valueOf(rs.getString("status")),
                ConsentTier.valueOf(rs.getString("consent_tier")),
                NoteAudience.valueOf(rs.getString("visibility")),
                rs.getBoolean("redacted_only"),
                rs.getBoolean("unrevealed"),
                rs.getObject("group_id", Long.class),
                Optional.ofNullable(rs.getObject("merged_into", Long.class))
                        .map(NoteId::new)
                        .orElse(null),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getLong("created_seq"),
                rs.getLong("seq"));
    }

    private static StoredNote mapStored(ResultSet rs, int row) throws SQLException {
        return new StoredNote(
                new NoteId(rs.getLong("id")),
                new ConversationId(rs.getLong("conversation_id")),
                new ParticipantId(rs.getLong("participant_id")),
                NoteStatus.valueOf(rs.getString("status")));
    }
}
