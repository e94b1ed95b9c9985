package nl.keukentafel.review;

import java.util.List;
import nl.keukentafel.board.NoteId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The team's tags on released notes and their history. */
@Repository
class TagRepository {

    private final JdbcClient jdbc;

    TagRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Puts the regulation on the note; false when it was already there. */
    boolean addRegulation(NoteId note, long regulation, String actor) {
        int added = jdbc.sql("""
                        insert into note_regulation (note_id, regulation_id, tagged_by) values (:note, :regulation, :actor)
                        on conflict do nothing
                        """)
                .param("note", note.value())
                .param("regulation", regulation)
                .param("actor", actor)
                .update();
        if (added > 0) {
            history(note, TagChange.Action.REGULATION_ADDED, regulation, null, actor);
        }
        return added > 0;
    }

    boolean removeRegulation(NoteId note, long regulation, String actor) {
        int removed = jdbc.sql("delete from note_regulation where note_id = :note and regulation_id = :regulation")
                .param("note", note.value())
                .param("regulation", regulation)
                .update();
        if (removed > 0) {
            history(note, TagChange.Action.REGULATION_REMOVED, regulation, null, actor);
        }
        return removed > 0;
    }

    /** Gives the note this effect (a note has one); false when it already had it. */
    boolean setEffect(NoteId note, Effect effect, String actor) {
        int changed = jdbc.sql("""
                        insert into note_effect (note_id, effect, tagged_by) values (:note, :effect, :actor)
                        on conflict (note_id) do update
                        set effect = excluded.effect, tagged_by = excluded.tagged_by, tagged_at = now()
                        where note_effect.effect <> excluded.effect
                        """)
                .param("note", note.value())
                .param("effect", effect.name())
                .param("actor", actor)
                .update();
        if (changed > 0) {
            history(note, TagChange.Action.EFFECT_SET, null, effect, actor);
        }
        return changed > 0;
    }

    boolean clearEffect(NoteId note, String actor) {
        int removed = jdbc.sql("delete from note_effect where note_id = :note")
                .param("note", note.value())
                .update();
        if (removed > 0) {
            history(note, TagChange.Action.EFFECT_CLEARED, null, null, actor);
        }
        return removed > 0;
    }

    boolean regulationIsActive(long regulation) {
        return jdbc.sql("select exists(select 1 from regulation where id = :id and active)")
                .param("id", regulation)
                .query(Boolean.class)
                .single();
    }

    List<TagChange> history(NoteId note) {
        return jdbc.sql("""
                        select h.action, r.name, h.effect, h.actor, h.at from tag_history h
                        left join regulation r on r.id = h.regulation_id
                        where h.note_id = :note order by h.at desc, h.id desc limit 200
                        """)
                .param("note", note.value())
                .query((rs, row) -> {
                    String effect = rs.getString("effect");
                    return new TagChange(
                            TagChange.Action.valueOf(rs.getString("action")),
                            rs.getString("name"),
                            effect == null ? null : Effect.valueOf(effect),
                            rs.getString("actor"),
                            rs.getTimestamp("at").toInstant());
                })
                .list();
    }

    private void history(
            NoteId note, TagChange.Action action, @Nullable Long regulation, @Nullable Effect effect, String actor) {
        jdbc.sql("""
                        insert into tag_history (note_id, action, regulation_id, effect, actor)
                        values (:note, :action, :regulation, :effect, :actor)
                        """)
                .param("note", note.value())
                .param("action", action.name())
                .param("regulation", regulation)
                .param("effect", effect == null ? null : effect.name())
                .param("actor", actor)
                .update();
    }
}
