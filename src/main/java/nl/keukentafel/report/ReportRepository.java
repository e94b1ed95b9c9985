package nl.keukentafel.report;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.keukentafel.board.ReadPurpose;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Stores kenniscafé verslagen and their frozen versions. */
@Repository
class ReportRepository {

    /** Counts, per version, the quoted notes that are no longer released for reports (by primary key). */
    private static final String NOT_RELEASED = """
            (select count(*) from unnest(v.quoted_notes) q(note_id)
             where not exists (select 1 from released_note n
                               where n.note_id = q.note_id and n.consent_tier = any(:tiers)))""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ReportRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    long insert(ReportDraft draft, String actor) {
        return jdbc.sql("""
                        insert into report (title, cafe_date, place, introduction, language, conversation_ids,
                            filters, texts, left_out, dismissed, status, created_by, updated_by)
                        values (:title, :date, :place, :introduction, :language, :conversations, :filters,
                            :texts::jsonb, :leftOut, :dismissed, 'CONCEPT', :actor, :actor)
                        returning id
                        """).params(params(draft, actor)).query(Long.class).single();
    }

    /** Saves a concept; false when someone saved another version in between. */
    boolean update(long id, int version, ReportDraft draft, String actor) {
        Map<String, Object> params = params(draft, actor);
        params.put("id", id);
        params.put("version", version);
        return jdbc.sql("""
                                update report set title = :title, cafe_date = :date, place = :place,
                                    introduction = :introduction, language = :language,
                                    conversation_ids = :conversations, filters = :filters, texts = :texts::jsonb,
                                    left_out = :leftOut, dismissed = :dismissed, status = 'CONCEPT',
                                    version = version + 1, updated_by = :actor, updated_at = now()
                                where id = :id and version = :version
                                """).params(params).update() == 1;
    }

    private Map<String, Object> params(ReportDraft draft, String actor) {
        Map<String, String> texts = new LinkedHashMap<>();
        draft.texts().forEach((section, text) -> texts.put(section.key(), text));
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("title", draft.title());
        params.put("date", draft.cafeDate());
        params.put("place", draft.place());
        params.put("introduction", draft.introduction());
        params.put("language", draft.language().getLanguage());
        params.put("conversations", draft.conversations().toArray(Long[]::new));
        params.put("filters", draft.filters());
        params.put("texts", json.writeValueAsString(texts));
        params.put("leftOut", draft.leftOut().stream().sorted().toArray(Long[]::new));
        params.put("dismissed", draft.dismissed().stream().sorted().toArray(String[]::new));
        params.put("actor", actor);
        return params;
    }

    Optional<Report> find(long id) {
        return jdbc.sql("select * from report where id = :id")
                .param("id", id)
                .query((rs, row) -> report(rs, versions(id)))
                .optional();
    }

    List<Report.Summary> list() {
        return jdbc.sql("""
                        select r.id, r.title, r.cafe_date, r.status, r.updated_by, r.updated_at,
                            (select count(*) from report_version v where v.report_id = r.id) as versions,
                            coalesce((select %s from report_version v where v.report_id = r.id
                                      order by v.number desc limit 1), 0) as not_released
                        from report r order by r.updated_at desc
                        """.formatted(NOT_RELEASED))
                .param("tiers", tiers())
                .query((rs, row) -> new Report.Summary(
                        rs.getLong("id"),
                        rs.getString("title"),
                        rs.getObject("cafe_date", LocalDate.class),
                        ReportStatus.valueOf(rs.getString("status")),
                        rs.getInt("versions"),
                        rs.getInt("not_released"),
                        rs.getString("updated_by"),
                        rs.getTimestamp("updated_at").toInstant()))
                .list();
    }

    private List<Report.Version> versions(long id) {
        return jdbc.sql("""
                        select v.number, v.published_by, v.published_at, cardinality(v.quoted_notes) as quotes,
                            %s as not_released
                        from report_version v where v.report_id = :id order by v.number desc
                        """.formatted(NOT_RELEASED))
                .param("id", id)
                .param("tiers", tiers())
                .query((rs, row) -> new Report.Version(
                        rs.getInt("number"),
                        rs.getString("published_by"),
                        rs.getTimestamp("published_at").toInstant(),
                        rs.getInt("quotes"),
                        rs.getInt("not_released")))
                .list();
    }

    /** Freezes a document as the next version and marks the report published; the version's number. */
    int publish(long id, int version, Document document, String actor) {
        int updated = jdbc.sql("""
                        update report set status = 'PUBLISHED', version = version + 1, updated_by = :actor,
                            updated_at = now()
                        where id = :id and version = :version
                        """)
                .param("id", id)
                .param("version", version)
                .param("actor", actor)
                .update();
        if (updated != 1) {
            return 0;
        }
        int number = jdbc.sql("select coalesce(max(number), 0) + 1 from report_version where report_id = :id")
                .param("id", id)
                .query(Integer.class)
                .single();
        jdbc.sql("""
                        insert into report_version (report_id, number, content, quoted_notes, published_by)
                        values (:id, :number, :content::jsonb, :quoted, :actor)
                        """)
                .param("id", id)
                .param("number", number)
                .param("content", json.writeValueAsString(document))
                .param("quoted", document.quotedNotes().toArray(Long[]::new))
                .param("actor", actor)
                .update();
        return number;
    }

    Optional<Document> frozen(long id, int number) {
        return jdbc.sql("select content::text from report_version where report_id = :id and number = :number")
                .param("id", id)
                .param("number", number)
                .query(String.class)
                .optional()
                .map(content -> json.readValue(content, Document.class));
    }

    void delete(long id) {
        jdbc.sql("delete from report where id = :id").param("id", id).update();
    }

    private Report report(ResultSet rs, List<Report.Version> versions) throws SQLException {
        Map<String, String> stored = json.readValue(rs.getString("texts"), new TypeReference<Map<String, String>>() {});
        EnumMap<ReportSection, String> texts = new EnumMap<>(ReportSection.class);
        stored.forEach((key, text) -> ReportSection.ofKey(key).ifPresent(s -> texts.put(s, text)));
        ReportDraft draft = new ReportDraft(
                rs.getString("title"),
                rs.getObject("cafe_date", LocalDate.class),
                rs.getString("place"),
                rs.getString("introduction"),
                Locale.of(rs.getString("language")),
                List.of((Long[]) rs.getArray("conversation_ids").getArray()),
                rs.getString("filters"),
                texts,
                Set.of((Long[]) rs.getArray("left_out").getArray()),
                Set.of(strings(rs.getArray("dismissed"))));
        return new Report(
                rs.getLong("id"),
                draft,
                ReportStatus.valueOf(rs.getString("status")),
                rs.getInt("version"),
                rs.getString("updated_by"),
                rs.getTimestamp("updated_at").toInstant(),
                versions);
    }

    private static String[] strings(Array array) throws SQLException {
        return (String[]) array.getArray();
    }

    private static String[] tiers() {
        return ReadPurpose.REPORT.allowedTiers().toArray(String[]::new);
    }
}
