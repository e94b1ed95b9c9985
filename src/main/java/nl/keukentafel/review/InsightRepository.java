package nl.keukentafel.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.keukentafel.board.NoteId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Insights, the notes they link to, and their saved versions. */
@Repository
class InsightRepository {

    /** An insight's own fields, without its evidence. */
    record Stored(
            long id,
            String title,
            String body,
            long themeId,
            String themeName,
            long werkteamId,
            String werkteamName,
            InsightStatus status,
            int version,
            String createdBy,
            Instant createdAt,
            String updatedBy,
            Instant updatedAt,
            List<NoteId> linked) {}

    private final JdbcClient jdbc;
    private final ReviewRepository notes;

    InsightRepository(JdbcClient jdbc, ReviewRepository notes) {
        this.jdbc = jdbc;
        this.notes = notes;
    }

    long insert(InsightDraft draft, String actor) {
        long id = jdbc.sql("""
                        insert into insight (title, body, theme_id, werkteam_id, status, created_by, updated_by)
                        values (:title, :body, :theme, :werkteam, :status, :actor, :actor)
                        returning id
                        """)
                .param("title", draft.title())
                .param("body", draft.body())
                .param("theme", draft.themeId())
                .param("werkteam", draft.werkteamId())
                .param("status", draft.status().name())
                .param("actor", actor)
                .query(Long.class)
                .single();
        link(id, draft.notes());
        revision(id, 1, draft, actor);
        return id;
    }

    /** Saves a new version when the stored one is {@code expectedVersion}; false when it was not. */
    boolean update(long id, int expectedVersion, InsightDraft draft, String actor) {
        int updated = jdbc.sql("""
                        update insight set title = :title, body = :body, theme_id = :theme, werkteam_id = :werkteam,
                            status = :status, version = version + 1, updated_by = :actor, updated_at = now()
                        where id = :id and version = :version
                        """)
                .param("title", draft.title())
                .param("body", draft.body())
                .param("theme", draft.themeId())
                .param("werkteam", draft.werkteamId())
                .param("status", draft.status().name())
                .param("actor", actor)
                .param("id", id)
                .param("version", expectedVersion)
                .update();
        if (updated == 0) {
            return false;
        }
        jdbc.sql("delete from insight_note where insight_id = :id")
                .param("id", id)
                .update();
        link(id, draft.notes());
        revision(id, expectedVersion + 1, draft, actor);
        return true;
    }

    private void link(long id, List<NoteId> notes) {
        jdbc.sql("insert into insight_note (insight_id, note_id) select :id, unnest(:notes::bigint[])")
                .param("id", id)
                .param("notes", notes.stream().map(NoteId::value).toArray(Long[]::new))
                .update();
    }

    private void revision(long id, int version, InsightDraft draft, String actor) {
        jdbc.sql("""
                        insert into insight_revision (insight_id, version, title, body, theme_id, werkteam_id, status,
                            note_ids, edited_by)
                        values (:id, :version, :title, :body, :theme, :werkteam, :status, :notes::bigint[], :actor)
                        """)
                .param("id", id)
                .param("version", version)
                .param("title", draft.title())
                .param("body", draft.body())
                .param("theme", draft.themeId())
                .param("werkteam", draft.werkteamId())
                .param("status", draft.status().name())
                .param("notes", draft.notes().stream().map(NoteId::value).toArray(Long[]::new))
                .param("actor", actor)
                .update();
    }

    Optional<Stored> find(long id) {
        return jdbc.sql("""
                        select i.*, t.name as theme_name, w.name as werkteam_name,
                            array(select note_id from insight_note l where l.insight_id = i.id order by note_id) as linked
                        from insight i join theme t on t.id = i.theme_id join werkteam w on w.id = i.werkteam_id
                        where i.id = :id
                        """).param("id", id).query((rs, row) -> stored(rs)).optional();
    }

    List<Insight.Summary> list(InsightFilter filter, List<Long> onlyIds) {
        List<String> clauses = new ArrayList<>();
        String query = notes.searchQuery(filter.query());
        if (!query.isEmpty()) {
            clauses.add("i.search @@ :tsquery::tsquery");
        }
        if (filter.theme() != null) {
            clauses.add("i.theme_id = :theme");
        }
        if (filter.werkteam() != null) {
            clauses.add("i.werkteam_id = :werkteam");
        }
        if (filter.status() != null) {
            clauses.add("i.status = :status");
        }
        if (!onlyIds.isEmpty()) {
            clauses.add("i.id = any(:ids)");
        }
        var spec = jdbc.sql("""
                select i.id, i.title, i.status, t.name as theme_name, w.name as werkteam_name, i.updated_at,
                    count(r.note_id) as notes, count(distinct r.conversation_id) as conversations,
                    count(distinct r.municipality_id) as municipalities
                from insight i
                join theme t on t.id = i.theme_id
                join werkteam w on w.id = i.werkteam_id
                left join insight_note l on l.insight_id = i.id
                left join released_note r on r.note_id = l.note_id
                where %s
                group by i.id, t.name, w.name
                order by i.updated_at desc, i.id desc
                limit 500
                """.formatted(clauses.isEmpty() ? "true" : String.join(" and ", clauses)));
        if (!query.isEmpty()) {
            spec = spec.param("tsquery", query);
        }
        if (filter.theme() != null) {
            spec = spec.param("theme", filter.theme());
        }
        if (filter.werkteam() != null) {
            spec = spec.param("werkteam", filter.werkteam());
        }
        if (filter.status() != null) {
            spec = spec.param("status", filter.status().name());
        }
        if (!onlyIds.isEmpty()) {
            spec = spec.param("ids", onlyIds.toArray(Long[]::new));
        }
        return spec.query((rs, row) -> new Insight.Summary(
                        rs.getLong("id"),
                        rs.getString("title"),
                        InsightStatus.valueOf(rs.getString("status")),
                        rs.getString("theme_name"),
                        rs.getString("werkteam_name"),
                        rs.getInt("notes"),
                        rs.getInt("conversations"),
                        rs.getInt("municipalities"),
                        rs.getTimestamp("updated_at").toInstant()))
                .list();
    }

    /** The insights a note supports. */
    List<Long> supportedBy(NoteId note) {
        return jdbc.sql("select insight_id from insight_note where note_id = :note order by insight_id")
                .param("note", note.value())
                .query(Long.class)
                .list();
    }

    List<Insight.Revision> revisions(long id) {
        return jdbc.sql("""
                        select r.*, t.name as theme_name, w.name as werkteam_name from insight_revision r
                        left join theme t on t.id = r.theme_id left join werkteam w on w.id = r.werkteam_id
                        where r.insight_id = :id order by r.version desc
                        """)
                .param("id", id)
                .query((rs, row) -> new Insight.Revision(
                        rs.getInt("version"),
                        rs.getString("title"),
                        rs.getString("body"),
                        InsightStatus.valueOf(rs.getString("status")),
                        rs.getString("theme_name"),
                        rs.getString("werkteam_name"),
                        ((Long[]) rs.getArray("note_ids").getArray()).length,
                        rs.getString("edited_by"),
                        rs.getTimestamp("edited_at").toInstant()))
                .list();
    }

    boolean themeAndTeamExist(long theme, long werkteam) {
        return jdbc.sql("""
                        select exists(select 1 from theme where id = :theme)
                            and exists(select 1 from werkteam where id = :werkteam)
                        """)
                .param("theme", theme)
                .param("werkteam", werkteam)
                .query(Boolean.class)
                .single();
    }

    private static Stored stored(ResultSet rs) throws SQLException {
        List<NoteId> linked = new ArrayList<>();
        for (Long id : (Long[]) rs.getArray("linked").getArray()) {
            linked.add(new NoteId(id));
        }
        return new Stored(
                rs.getLong("id"),
                rs.getString("title"),
                rs.getString("body"),
                rs.getLong("theme_id"),
                rs.getString("theme_name"),
                rs.getLong("werkteam_id"),
                rs.getString("werkteam_name"),
                InsightStatus.valueOf(rs.getString("status")),
                rs.getInt("version"),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("updated_by"),
                rs.getTimestamp("updated_at").toInstant(),
                List.copyOf(linked));
    }
}
