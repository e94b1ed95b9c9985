package nl.keukentafel.board;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.keukentafel.board.BoardSnapshot.NoteRow;
import nl.keukentafel.board.BoardSnapshot.NoteStatus;
import nl.keukentafel.board.BoardSnapshot.ParticipantRow;
import nl.keukentafel.conversation.ConversationId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class BoardRepository {

    /** The PostgreSQL channel every node listens on; the payload is "conversationId:seq". */
    static final String CHANNEL = "board_changes";

    private final JdbcClient jdbc;

    BoardRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Takes the board's next sequence number and announces it. The row lock on the conversation
     * orders concurrent changes of one board; the NOTIFY is only delivered if the transaction
     * commits.
     */
    long nextSeq(ConversationId conversation) {
        return jdbc.sql("""
                        with next as (
                            update conversation set last_seq = last_seq + 1 where id = :id returning id, last_seq)
                        select last_seq, pg_notify('board_changes', id || ':' || last_seq) from next
                        """)
                .param("id", conversation.value())
                .query((rs, row) -> rs.getLong(1))
                .single();
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

    Optional<ParticipantPass> findPassByTokenHash(String tokenHash) {
        return jdbc.sql("select id, conversation_id from participant where token_hash = :hash")
                .param("hash", tokenHash)
                .query((rs, row) ->
                        new ParticipantPass(rs.getLong("id"), new ConversationId(rs.getLong("conversation_id"))))
                .optional();
    }

    /** Inserts the note unless its client id is known; returns the stored note's id and owner. */
    Optional<Long> insertNote(
            ConversationId conversation, UUID clientId, long participantId, String category, String text, long seq) {
        return jdbc.sql("""
                        insert into note (conversation_id, client_id, participant_id, category, text, created_seq, seq)
                        values (:conversation, :clientId, :participant, :category, :text, :seq, :seq)
                        on conflict (client_id) do nothing
                        returning id
                        """)
                .param("conversation", conversation.value())
                .param("clientId", clientId)
                .param("participant", participantId)
                .param("category", category)
                .param("text", text)
                .param("seq", seq)
                .query(Long.class)
                .optional();
    }

    record StoredNote(long id, ConversationId conversation, long participantId, NoteStatus status) {}

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

    void updateNoteText(NoteId id, String text, long seq) {
        jdbc.sql("update note set text = :text, seq = :seq, updated_at = now() where id = :id")
                .param("text", text)
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

    /** Participants and notes changed after {@code afterSeq}; read in the caller's transaction. */
    List<ParticipantRow> participantsAfter(ConversationId conversation, long afterSeq) {
        return jdbc.sql("""
                        select id, display_name, anonymous, table_role, seq from participant
                        where conversation_id = :conversation and seq > :after order by seq
                        """)
                .param("conversation", conversation.value())
                .param("after", afterSeq)
                .query((rs, row) -> new ParticipantRow(
                        rs.getLong("id"),
                        rs.getString("display_name"),
                        rs.getBoolean("anonymous"),
                        TableRole.valueOf(rs.getString("table_role")),
                        rs.getLong("seq")))
                .list();
    }

    List<NoteRow> notesAfter(ConversationId conversation, long afterSeq) {
        return jdbc.sql("""
                        select id, participant_id, category, text, status, created_at, updated_at, created_seq, seq
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

    private static NoteRow mapNote(ResultSet rs, int row) throws SQLException {
        return new NoteRow(
                rs.getLong("id"),
                rs.getLong("participant_id"),
                rs.getString("category"),
                rs.getString("text"),
                NoteStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getLong("created_seq"),
                rs.getLong("seq"));
    }

    private static StoredNote mapStored(ResultSet rs, int row) throws SQLException {
        return new StoredNote(
                rs.getLong("id"),
                new ConversationId(rs.getLong("conversation_id")),
                rs.getLong("participant_id"),
                NoteStatus.valueOf(rs.getString("status")));
    }
}
