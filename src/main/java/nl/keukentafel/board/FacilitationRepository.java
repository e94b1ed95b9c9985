package nl.keukentafel.board;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.keukentafel.board.BoardSnapshot.AgreementRow;
import nl.keukentafel.board.BoardSnapshot.GroupRow;
import nl.keukentafel.board.BoardSnapshot.VoteRow;
import nl.keukentafel.conversation.Category;
import nl.keukentafel.conversation.ConversationId;
import nl.keukentafel.conversation.Phase;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The facilitation state of boards (docs/adr/0013): the stage columns of the conversation row,
 * groups, votes, agreements and the undo list. Every write here belongs to a board change: the
 * caller took the board's next sequence number first ({@link BoardRepository#nextSeqIfLive}).
 */
@Repository
class FacilitationRepository {

    private final JdbcClient jdbc;

    FacilitationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // The stage (conversation row).

    void setPhase(ConversationId conversation, @Nullable Phase phase, boolean everyoneWrites, Set<Category> silent) {
        jdbc.sql("""
                        update conversation set phase = :phase, everyone_writes = :everyone,
                            silent_categories = cast(:silent as text[])
                        where id = :id
                        """)
                .param("phase", phase == null ? BoardRepository.NO_PHASE : phase.name())
                .param("everyone", everyoneWrites)
                .param(
                        "silent",
                        textArray(silent.stream().map(Category::key).sorted().toList()))
                .param("id", conversation.value())
                .update();
    }

    void setLocked(ConversationId conversation, boolean locked) {
        set(conversation, "locked", locked);
    }

    void setSpotlight(ConversationId conversation, @Nullable NoteId note) {
        set(conversation, "spotlight_note_id", note == null ? null : note.value());
    }

    void setVotesRevealed(ConversationId conversation, boolean revealed) {
        set(conversation, "votes_revealed", revealed);
    }

    void setDots(ConversationId conversation, int dots) {
        set(conversation, "dots_per_participant", dots);
    }

    void setTimer(ConversationId conversation, @Nullable Instant startedAt, @Nullable Instant endsAt) {
        jdbc.sql("update conversation set timer_started_at = :started, timer_ends_at = :ends where id = :id")
                .param("started", startedAt == null ? null : Timestamp.from(startedAt))
                .param("ends", endsAt == null ? null : Timestamp.from(endsAt))
                .param("id", conversation.value())
                .update();
    }

    private void set(ConversationId conversation, String column, @Nullable Object value) {
        // The column names come from this class only, never from input.
        jdbc.sql("update conversation set " + column + " = :value where id = :id")
                .param("value", value)
                .param("id", conversation.value())
                .update();
    }

    // Notes.

    /** The note's facts that facilitation checks. */
    record NoteFacts(
            NoteId id,
            ConversationId conversation,
            Category category,
            NoteStatus status,
            NoteAudience audience,
            boolean unrevealed,
            @Nullable Long groupId,
            @Nullable NoteId mergedInto) {

        /** On the board for everyone at the table: the only notes that may be grouped, voted on or merged. */
        boolean onTheBoard() {
            return status == NoteStatus.ACTIVE && audience == NoteAudience.EVERYONE && !unrevealed;
        }
    }

    Optional<NoteFacts> note(ConversationId conversation, NoteId id) {
        return jdbc.sql("""
                        select id, conversation_id, category, status, visibility, unrevealed, group_id, merged_into
                        from note where id = :id and conversation_id = :conversation
                        """)
                .param("id", id.value())
                .param("conversation", conversation.value())
                .query((rs, row) -> new NoteFacts(
                        new NoteId(rs.getLong("id")),
                        new ConversationId(rs.getLong("conversation_id")),
                        new Category(rs.getString("category")),
                        NoteStatus.valueOf(rs.getString("status")),
                        NoteAudience.valueOf(rs.getString("visibility")),
                        rs.getBoolean("unrevealed"),
                        rs.getObject("group_id", Long.class),
                        Optional.ofNullable(rs.getObject("merged_into", Long.class))
                                .map(NoteId::new)
                                .orElse(null)))
                .optional();
    }

    /**
     * Reveals the silent notes still waiting, of one category or (null) all; returns their ids.
     * Notes only for the facilitator stay only for the facilitator.
     */
    List<NoteId> revealAll(ConversationId conversation, @Nullable Category category, long seq) {
        return jdbc.sql("""
                        update note set unrevealed = false, seq = :seq
                        where conversation_id = :conversation and unrevealed
                          and (cast(:category as text) is null or category = :category)
                        returning id
                        """)
                .param("seq", seq)
                .param("conversation", conversation.value())
                .param("category", category == null ? null : category.key())
                .query((rs, row) -> new NoteId(rs.getLong(1)))
                .list();
    }

    void setUnrevealed(Collection<NoteId> notes, boolean unrevealed, long seq) {
        jdbc.sql("update note set unrevealed = :unrevealed, seq = :seq where id = any(cast(:ids as bigint[]))")
                .param("unrevealed", unrevealed)
                .param("seq", seq)
                .param("ids", idArray(notes))
                .update();
    }

    /** Puts notes set aside back on the board, those that are still set aside. */
    void restoreModerated(Collection<NoteId> notes, long seq) {
        jdbc.sql("""
                        update note set status = 'ACTIVE', seq = :seq
                        where id = any(cast(:ids as bigint[])) and status = 'MODERATED'
                        """).param("seq", seq).param("ids", idArray(notes)).update();
    }

    void setGroup(NoteId note, @Nullable Long group, long seq) {
        jdbc.sql("update note set group_id = :group, seq = :seq where id = :id")
                .param("group", group)
                .param("seq", seq)
                .param("id", note.value())
                .update();
    }

    void setMergedInto(NoteId note, @Nullable NoteId into, long seq) {
        jdbc.sql("update note set merged_into = :into, seq = :seq where id = :id")
                .param("into", into == null ? null : into.value())
                .param("seq", seq)
                .param("id", note.value())
                .update();
    }

    /** Notes merged into this one: they follow it when it moves to a group. */
    List<NoteId> mergedInto(NoteId note) {
        return jdbc.sql("select id from note where merged_into = :id")
                .param("id", note.value())
                .query((rs, row) -> new NoteId(rs.getLong(1)))
                .list();
    }

    // Groups.

    long insertGroup(ConversationId conversation, Category category, String name, long seq) {
        return jdbc.sql("""
                        insert into note_group (conversation_id, category, name, seq)
                        values (:conversation, :category, :name, :seq) returning id
                        """)
                .param("conversation", conversation.value())
                .param("category", category.key())
                .param("name", name)
                .param("seq", seq)
                .query(Long.class)
                .single();
    }

    Optional<GroupRow> group(ConversationId conversation, long id) {
        return jdbc.sql("""
                        select id, category, name, removed, seq from note_group
                        where id = :id and conversation_id = :conversation
                        """)
                .param("id", id)
                .param("conversation", conversation.value())
                .query(FacilitationRepository::mapGroup)
                .optional();
    }

    void renameGroup(long id, String name, long seq) {
        jdbc.sql("update note_group set name = :name, seq = :seq where id = :id")
                .param("name", name)
                .param("seq", seq)
                .param("id", id)
                .update();
    }

    /** Removes a group (or brings it back); removing it takes its notes out of it. */
    void setGroupRemoved(long id, boolean removed, long seq) {
        jdbc.sql("update note_group set removed = :removed, seq = :seq where id = :id")
                .param("removed", removed)
                .param("seq", seq)
                .param("id", id)
                .update();
        if (removed) {
            jdbc.sql("update note set group_id = null, seq = :seq where group_id = :id")
                    .param("seq", seq)
                    .param("id", id)
                    .update();
        }
    }

    // Votes.

    /** The participant's dots that count, at this conversation. */
    int dotsUsed(ParticipantId participant) {
        return jdbc.sql("select count(*) from vote where participant_id = :id and not withdrawn")
                .param("id", participant.value())
                .query(Integer.class)
                .single();
    }

    Optional<Long> voteByClientId(UUID clientId, ParticipantId participant) {
        return jdbc.sql("select id from vote where client_id = :client and participant_id = :participant")
                .param("client", clientId)
                .param("participant", participant.value())
                .query(Long.class)
                .optional();
    }

    boolean clientIdTaken(UUID clientId) {
        return jdbc.sql("select count(*) > 0 from vote where client_id = :client")
                .param("client", clientId)
                .query(Boolean.class)
                .single();
    }

    long insertVote(
            ConversationId conversation,
            ParticipantId participant,
            UUID clientId,
            @Nullable NoteId note,
            @Nullable Long group,
            long seq) {
        return jdbc.sql("""
                        insert into vote (conversation_id, participant_id, client_id, note_id, group_id, seq)
                        values (:conversation, :participant, :client, :note, :group, :seq) returning id
                        """)
                .param("conversation", conversation.value())
                .param("participant", participant.value())
                .param("client", clientId)
                .param("note", note == null ? null : note.value())
                .param("group", group)
                .param("seq", seq)
                .query(Long.class)
                .single();
    }

    /** Takes back one of the participant's dots on the target; false when there was none. */
    boolean withdrawVote(ParticipantId participant, @Nullable NoteId note, @Nullable Long group, long seq) {
        return jdbc.sql("""
                                update vote set withdrawn = true, seq = :seq
                                where id = (select id from vote
                                            where participant_id = :participant and not withdrawn
                                              and note_id is not distinct from :note
                                              and group_id is not distinct from :group
                                            order by id desc limit 1)
                                """)
                        .param("seq", seq)
                        .param("participant", participant.value())
                        .param("note", note == null ? null : note.value())
                        .param("group", group)
                        .update()
                > 0;
    }

    // Agreements.

    /** What an agreement says, as the facilitator wrote it. */
    record AgreementFields(
            String what,
            @Nullable TableRole ownerRole,
            @Nullable ParticipantId ownerParticipant,
            @Nullable String ownerOrganisation,
            @Nullable LocalDate dueOn,
            @Nullable NoteId note) {}

    Optional<Long> agreementByClientId(UUID clientId) {
        return jdbc.sql("select id from agreement where client_id = :client")
                .param("client", clientId)
                .query(Long.class)
                .optional();
    }

    long insertAgreement(ConversationId conversation, UUID clientId, AgreementFields fields, long seq) {
        return jdbc.sql("""
                        insert into agreement (conversation_id, client_id, what, owner_role, owner_participant_id,
                            owner_organisation, due_on, note_id, seq)
                        values (:conversation, :client, :what, :role, :participant, :organisation, :due, :note, :seq)
                        returning id
                        """)
                .param("conversation", conversation.value())
                .param("client", clientId)
                .params(agreementParams(fields))
                .param("seq", seq)
                .query(Long.class)
                .single();
    }

    boolean updateAgreement(ConversationId conversation, long id, AgreementFields fields, long seq) {
        return jdbc.sql("""
                                update agreement set what = :what, owner_role = :role,
                                    owner_participant_id = :participant, owner_organisation = :organisation,
                                    due_on = :due, note_id = :note, seq = :seq
                                where id = :id and conversation_id = :conversation and not removed
                                """)
                        .params(agreementParams(fields))
                        .param("seq", seq)
                        .param("id", id)
                        .param("conversation", conversation.value())
                        .update()
                > 0;
    }

    boolean removeAgreement(ConversationId conversation, long id, long seq) {
        return jdbc.sql("""
                                update agreement set removed = true, seq = :seq
                                where id = :id and conversation_id = :conversation and not removed
                                """)
                        .param("seq", seq)
                        .param("id", id)
                        .param("conversation", conversation.value())
                        .update()
                > 0;
    }

    private static Map<String, @Nullable Object> agreementParams(AgreementFields fields) {
        Map<String, @Nullable Object> params = new HashMap<>();
        params.put("what", fields.what());
        params.put(
                "role", fields.ownerRole() == null ? null : fields.ownerRole().name());
        params.put(
                "participant",
                fields.ownerParticipant() == null
                        ? null
                        : fields.ownerParticipant().value());
        params.put("organisation", fields.ownerOrganisation());
        params.put("due", fields.dueOn());
        params.put("note", fields.note() == null ? null : fields.note().value());
        return params;
    }

    // The undo list.

    /** An action that can still be undone. */
    record ActionRow(
            long id,
            FacilitationAction kind,
            List<NoteId> notes,
            @Nullable String previous) {}

    void record(
            ConversationId conversation,
            FacilitationAction kind,
            Collection<NoteId> notes,
            @Nullable String previous,
            long seq) {
        jdbc.sql("""
                        insert into facilitation_action (conversation_id, kind, note_ids, previous, seq)
                        values (:conversation, :kind, cast(:notes as bigint[]), :previous, :seq)
                        """)
                .param("conversation", conversation.value())
                .param("kind", kind.name())
                .param("notes", idArray(notes))
                .param("previous", previous)
                .param("seq", seq)
                .update();
    }

    Optional<ActionRow> latestAction(ConversationId conversation) {
        return jdbc.sql("""
                        select id, kind, note_ids, previous from facilitation_action
                        where conversation_id = :conversation and undone_seq is null
                        order by id desc limit 1
                        """)
                .param("conversation", conversation.value())
                .query((rs, row) -> {
                    List<NoteId> notes = new ArrayList<>();
                    for (Long id : (Long[]) rs.getArray("note_ids").getArray()) {
                        notes.add(new NoteId(id));
                    }
                    return new ActionRow(
                            rs.getLong("id"),
                            FacilitationAction.valueOf(rs.getString("kind")),
                            List.copyOf(notes),
                            rs.getString("previous"));
                })
                .optional();
    }

    void markUndone(long action, long seq) {
        jdbc.sql("update facilitation_action set undone_seq = :seq where id = :id")
                .param("seq", seq)
                .param("id", action)
                .update();
    }

    // Reads for live copies and history (in the reader's transaction).

    List<GroupRow> groupsAfter(ConversationId conversation, long afterSeq) {
        return jdbc.sql("""
                        select id, category, name, removed, seq from note_group
                        where conversation_id = :conversation and seq > :after order by seq
                        """)
                .param("conversation", conversation.value())
                .param("after", afterSeq)
                .query(FacilitationRepository::mapGroup)
                .list();
    }

    List<VoteRow> votesAfter(ConversationId conversation, long afterSeq) {
        return jdbc.sql("""
                        select id, participant_id, note_id, group_id, withdrawn, seq from vote
                        where conversation_id = :conversation and seq > :after order by seq
                        """)
                .param("conversation", conversation.value())
                .param("after", afterSeq)
                .query((rs, row) -> new VoteRow(
                        rs.getLong("id"),
                        new ParticipantId(rs.getLong("participant_id")),
                        Optional.ofNullable(rs.getObject("note_id", Long.class))
                                .map(NoteId::new)
                                .orElse(null),
                        rs.getObject("group_id", Long.class),
                        rs.getBoolean("withdrawn"),
                        rs.getLong("seq")))
                .list();
    }

    List<AgreementRow> agreementsAfter(ConversationId conversation, long afterSeq) {
        return jdbc.sql("""
                        select id, what, owner_role, owner_participant_id, owner_organisation, due_on, note_id,
                            removed, seq
                        from agreement where conversation_id = :conversation and seq > :after order by seq
                        """)
                .param("conversation", conversation.value())
                .param("after", afterSeq)
                .query((rs, row) -> new AgreementRow(
                        rs.getLong("id"),
                        rs.getString("what"),
                        Optional.ofNullable(rs.getString("owner_role"))
                                .map(TableRole::valueOf)
                                .orElse(null),
                        Optional.ofNullable(rs.getObject("owner_participant_id", Long.class))
                                .map(ParticipantId::new)
                                .orElse(null),
                        rs.getString("owner_organisation"),
                        rs.getObject("due_on", LocalDate.class),
                        Optional.ofNullable(rs.getObject("note_id", Long.class))
                                .map(NoteId::new)
                                .orElse(null),
                        rs.getBoolean("removed"),
                        rs.getLong("seq")))
                .list();
    }

    /** What the facilitator's undo button would undo now, read with every refresh. */
    Optional<FacilitationAction> undoable(ConversationId conversation) {
        return latestAction(conversation).map(ActionRow::kind);
    }

    private static GroupRow mapGroup(ResultSet rs, int row) throws SQLException {
        return new GroupRow(
                rs.getLong("id"),
                new Category(rs.getString("category")),
                rs.getString("name"),
                rs.getBoolean("removed"),
                rs.getLong("seq"));
    }

    /** PostgreSQL array literals: the values are numbers and category keys, never free text. */
    private static String idArray(Collection<NoteId> ids) {
        return textArray(ids.stream().map(id -> Long.toString(id.value())).toList());
    }

    private static String textArray(List<String> values) {
        return "{" + String.join(",", values) + "}";
    }
}
