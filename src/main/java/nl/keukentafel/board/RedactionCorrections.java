package nl.keukentafel.board;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.keukentafel.conversation.ConversationId;
import nl.keukentafel.redaction.PiiType;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What staff decided about the detector's findings, per note: redact a fragment it missed, or keep
 * one it should not have touched. Stored with the fragment itself, so a correction applies only
 * while the note's text still has that fragment at that place, and survives every new detection.
 */
@Repository
class RedactionCorrections {

    /** One decision; {@code type} is set for a redaction and null for a keep. */
    record Correction(
            NoteId note,
            boolean redact,
            int start,
            int end,
            String fragment,
            @Nullable PiiType type) {

        boolean fits(String text) {
            return end <= text.length() && text.substring(start, end).equals(fragment);
        }
    }

    private final JdbcClient jdbc;

    RedactionCorrections(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<NoteId, List<Correction>> forConversation(ConversationId conversation) {
        return jdbc
                .sql("""
                        select c.note_id, c.action, c.start_at, c.end_at, c.fragment, c.pii_type
                        from redaction_correction c join note n on n.id = c.note_id
                        where n.conversation_id = :conversation
                        order by c.id
                        """)
                .param("conversation", conversation.value())
                .query((rs, row) -> {
                    String type = rs.getString("pii_type");
                    return new Correction(
                            new NoteId(rs.getLong("note_id")),
                            "REDACT".equals(rs.getString("action")),
                            rs.getInt("start_at"),
                            rs.getInt("end_at"),
                            rs.getString("fragment"),
                            type == null ? null : PiiType.valueOf(type));
                })
                .list()
                .stream()
                .collect(Collectors.groupingBy(Correction::note));
    }

    /** Names of erased participants that must stay redacted in others' notes of the conversation. */
    List<String> erasedNames(ConversationId conversation) {
        return jdbc.sql("select name from redaction_name where conversation_id = :conversation")
                .param("conversation", conversation.value())
                .query(String.class)
                .list();
    }

    void add(Correction correction, String staff) {
        jdbc.sql("""
                        insert into redaction_correction (note_id, action, start_at, end_at, fragment, pii_type, created_by)
                        values (:note, :action, :start, :end, :fragment, :type, :staff)
                        """)
                .param("note", correction.note().value())
                .param("action", correction.redact() ? "REDACT" : "KEEP")
                .param("start", correction.start())
                .param("end", correction.end())
                .param("fragment", correction.fragment())
                .param(
                        "type",
                        correction.type() == null ? null : correction.type().name())
                .param("staff", staff)
                .update();
    }
}
