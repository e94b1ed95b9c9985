package nl.keukentafel.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores casuïstiekbundels and their cases. */
@Repository
class BundleRepository {

    private final JdbcClient jdbc;

    BundleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(BundleDraft draft, String actor) {
        return jdbc.sql("""
                        insert into case_bundle (title, subtitle, introduction, language, dismissed, created_by, updated_by)
                        values (:title, :subtitle, :introduction, :language, :dismissed, :actor, :actor)
                        returning id
                        """)
                .param("title", draft.title())
                .param("subtitle", draft.subtitle())
                .param("introduction", draft.introduction())
                .param("language", draft.language().getLanguage())
                .param("dismissed", draft.dismissed().stream().sorted().toArray(String[]::new))
                .param("actor", actor)
                .query(Long.class)
                .single();
    }

    boolean update(long id, int version, BundleDraft draft, String actor) {
        return jdbc.sql("""
                                update case_bundle set title = :title, subtitle = :subtitle,
                                    introduction = :introduction, language = :language, dismissed = :dismissed,
                                    version = version + 1, updated_by = :actor, updated_at = now()
                                where id = :id and version = :version
                                """)
                        .param("id", id)
                        .param("version", version)
                        .param("title", draft.title())
                        .param("subtitle", draft.subtitle())
                        .param("introduction", draft.introduction())
                        .param("language", draft.language().getLanguage())
                        .param("dismissed", draft.dismissed().stream().sorted().toArray(String[]::new))
                        .param("actor", actor)
                        .update()
                == 1;
    }

    /** Marks the bundle changed by a change to one of its cases. */
    void touch(long id, String actor) {
        jdbc.sql("update case_bundle set version = version + 1, updated_by = :actor, updated_at = now() where id = :id")
                .param("id", id)
                .param("actor", actor)
                .update();
    }

    Optional<Bundle> find(long id) {
        List<Bundle.Case> cases = jdbc.sql("select * from bundle_case where bundle_id = :id order by position, id")
                .param("id", id)
                .query((rs, row) -> bundleCase(rs))
                .list();
        return jdbc.sql("select * from case_bundle where id = :id")
                .param("id", id)
                .query((rs, row) -> new Bundle(
                        rs.getLong("id"),
                        new BundleDraft(
                                rs.getString("title"),
                                rs.getString("subtitle"),
                                rs.getString("introduction"),
                                Locale.of(rs.getString("language")),
                                Set.of((String[]) rs.getArray("dismissed").getArray())),
                        rs.getInt("version"),
                        rs.getString("updated_by"),
                        rs.getTimestamp("updated_at").toInstant(),
                        cases))
                .optional();
    }

    List<Bundle.Summary> list() {
        return jdbc.sql("""
                        select b.id, b.title, b.updated_by, b.updated_at,
                            (select count(*) from bundle_case c where c.bundle_id = b.id) as cases
                        from case_bundle b order by b.updated_at desc
                        """)
                .query((rs, row) -> new Bundle.Summary(
                        rs.getLong("id"),
                        rs.getString("title"),
                        rs.getInt("cases"),
                        rs.getString("updated_by"),
                        rs.getTimestamp("updated_at").toInstant()))
                .list();
    }

    void delete(long id) {
        jdbc.sql("delete from case_bundle where id = :id").param("id", id).update();
    }

    long insertCase(long bundle, CaseDraft draft) {
        return jdbc.sql("""
                        insert into bundle_case (bundle_id, position, title, what_happened, questions, note_ids,
                            insight_ids, dismissed)
                        values (:bundle, (select coalesce(max(position), 0) + 1 from bundle_case where bundle_id = :bundle),
                            :title, :what, :questions, :notes, :insights, :dismissed)
                        returning id
                        """)
                .param("bundle", bundle)
                .params(caseParams(draft))
                .query(Long.class)
                .single();
    }

    void updateCase(long id, CaseDraft draft) {
        jdbc.sql("""
                        update bundle_case set title = :title, what_happened = :what, questions = :questions,
                            note_ids = :notes, insight_ids = :insights, dismissed = :dismissed
                        where id = :id
                        """).param("id", id).params(caseParams(draft)).update();
    }

    private static Map<String, Object> caseParams(CaseDraft draft) {
        return Map.of(
                "title", draft.title(),
                "what", draft.whatHappened(),
                "questions", draft.questions(),
                "notes", draft.notes().toArray(Long[]::new),
                "insights", draft.insights().toArray(Long[]::new),
                "dismissed", draft.dismissed().stream().sorted().toArray(String[]::new));
    }

    void deleteCase(long id) {
        jdbc.sql("delete from bundle_case where id = :id").param("id", id).update();
    }

    /** Swaps a case with its neighbour before ({@code -1}) or after ({@code 1}). */
    void move(long bundle, long id, int direction) {
        List<Long> order = jdbc.sql("select id from bundle_case where bundle_id = :bundle order by position, id")
                .param("bundle", bundle)
                .query(Long.class)
                .list();
        int at = order.indexOf(id);
        int to = at + Integer.signum(direction);
        if (at < 0 || to < 0 || to >= order.size()) {
            return;
        }
        ArrayList<Long> next = new ArrayList<>(order);
        next.set(at, order.get(to));
        next.set(to, id);
        for (int i = 0; i < next.size(); i++) {
            jdbc.sql("update bundle_case set position = :position where id = :id")
                    .param("position", i + 1)
                    .param("id", next.get(i))
                    .update();
        }
    }

    /** The bundle a case belongs to. */
    Optional<Long> bundleOf(long caseId) {
        return jdbc.sql("select bundle_id from bundle_case where id = :id")
                .param("id", caseId)
                .query(Long.class)
                .optional();
    }

    private static Bundle.Case bundleCase(ResultSet rs) throws SQLException {
        return new Bundle.Case(
                rs.getLong("id"),
                rs.getInt("position"),
                new CaseDraft(
                        rs.getString("title"),
                        rs.getString("what_happened"),
                        rs.getString("questions"),
                        List.of((Long[]) rs.getArray("note_ids").getArray()),
                        List.of((Long[]) rs.getArray("insight_ids").getArray()),
                        Set.of((String[]) rs.getArray("dismissed").getArray())));
    }
}
