package nl.keukentafel.report;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.keukentafel.base.Languages;
import nl.keukentafel.board.ReadPurpose;
import nl.keukentafel.board.TableRole;
import nl.keukentafel.conversation.Category;
import nl.keukentafel.review.Effect;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What reports may read: the released notes the board's release gate wrote (never the note table),
 * narrowed to the consent tiers of a {@link ReadPurpose}, with the conversations they came from,
 * their tags and insights, and how many people sat at each table per role.
 */
@Repository
class SourceRepository {

    private static final String NOTES = """
            select n.note_id, n.conversation_id, c.title as conversation_title, n.text, n.category, n.table_role,
                n.held_on, m.name as municipality, nb.name as neighbourhood, t.name as theme, w.name as werkteam,
                e.effect,
                array(select r.name from note_regulation nr join regulation r on r.id = nr.regulation_id
                      where nr.note_id = n.note_id order by r.name) as regulations,
                array(select i.title from insight_note inn join insight i on i.id = inn.insight_id
                      where inn.note_id = n.note_id order by i.title) as insights
            from released_note n
            join conversation c on c.id = n.conversation_id
            join municipality m on m.id = n.municipality_id
            left join neighbourhood nb on nb.id = n.neighbourhood_id
            join theme t on t.id = n.theme_id
            join werkteam w on w.id = n.werkteam_id
            left join note_effect e on e.note_id = n.note_id
            where n.consent_tier = any(:tiers) and %s
            order by n.held_on, n.conversation_id, n.created_seq
            """;

    private static final String CONVERSATIONS = """
            select c.id, c.title, c.resident_question, (c.starts_at at time zone :zone)::date as held_on,
                t.name as theme, w.name as werkteam, m.name as municipality, nb.name as neighbourhood,
                (select count(*) from released_note n where n.conversation_id = c.id
                    and n.consent_tier = any(:tiers)) as released
            from conversation c
            join released_conversation r on r.conversation_id = c.id
            join theme t on t.id = c.theme_id
            join werkteam w on w.id = c.werkteam_id
            join municipality m on m.id = c.municipality_id
            left join neighbourhood nb on nb.id = c.neighbourhood_id
            where c.status = 'CLOSED' and %s
            order by c.starts_at, c.id
            """;

    private final JdbcClient jdbc;

    SourceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The released notes of these conversations that the purpose may use, in board order. */
    List<SourceNote> notesOf(Collection<Long> conversations, ReadPurpose purpose) {
        return jdbc.sql(NOTES.formatted("n.conversation_id = any(:ids)"))
                .param("ids", conversations.toArray(Long[]::new))
                .param("tiers", purpose.allowedTiers().toArray(String[]::new))
                .query((rs, row) -> note(rs))
                .list();
    }

    /** These notes as far as they are released for the purpose, in board order. */
    List<SourceNote> notes(Collection<Long> ids, ReadPurpose purpose) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(NOTES.formatted("n.note_id = any(:ids)"))
                .param("ids", ids.toArray(Long[]::new))
                .param("tiers", purpose.allowedTiers().toArray(String[]::new))
                .query((rs, row) -> note(rs))
                .list();
    }

    /** The current redacted words of those of these notes that are still released for the purpose. */
    Map<Long, String> releasedTexts(Collection<Long> ids, ReadPurpose purpose) {
        Map<Long, String> texts = new HashMap<>();
        if (ids.isEmpty()) {
            return texts;
        }
        jdbc.sql("select note_id, text from released_note where note_id = any(:ids) and consent_tier = any(:tiers)")
                .param("ids", ids.toArray(Long[]::new))
                .param("tiers", purpose.allowedTiers().toArray(String[]::new))
                .query(rs -> {
                    texts.put(rs.getLong(1), rs.getString(2));
                });
        return texts;
    }

    /** Released notes for the purpose whose words contain all of {@code words} (for picking notes). */
    List<SourceNote> search(String words, ReadPurpose purpose, int limit) {
        return jdbc.sql(NOTES.formatted("n.text ilike all(:patterns)") + " limit :limit")
                .param("patterns", patterns(words))
                .param("tiers", purpose.allowedTiers().toArray(String[]::new))
                .param("limit", limit)
                .query((rs, row) -> note(rs))
                .list();
    }

    private static String[] patterns(String words) {
        List<String> patterns = new ArrayList<>();
        for (String word : words.strip().split("\\s+")) {
            if (!word.isEmpty()) {
                patterns.add(
                        "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            }
        }
        return patterns.isEmpty() ? new String[] {"%"} : patterns.toArray(String[]::new);
    }

    /** Closed conversations filed under these (optional) filters, oldest first. */
    List<SourceConversation> conversations(
            @Nullable Long theme,
            @Nullable Long werkteam,
            @Nullable Long municipality,
            @Nullable LocalDate from,
            @Nullable LocalDate to,
            ReadPurpose purpose) {
        return jdbc.sql(CONVERSATIONS.formatted("""
                        (cast(:theme as bigint) is null or c.theme_id = :theme)
                        and (cast(:werkteam as bigint) is null or c.werkteam_id = :werkteam)
                        and (cast(:municipality as bigint) is null or c.municipality_id = :municipality)
                        and (cast(:from as date) is null or (c.starts_at at time zone :zone)::date >= :from)
                        and (cast(:to as date) is null or (c.starts_at at time zone :zone)::date <= :to)
                        """))
                .param("theme", theme)
                .param("werkteam", werkteam)
                .param("municipality", municipality)
                .param("from", from)
                .param("to", to)
                .param("zone", Languages.ZONE.getId())
                .param("tiers", purpose.allowedTiers().toArray(String[]::new))
                .query((rs, row) -> conversation(rs))
                .list();
    }

    /** These closed conversations, oldest first. */
    List<SourceConversation> conversations(Collection<Long> ids, ReadPurpose purpose) {
        return jdbc.sql(CONVERSATIONS.formatted("c.id = any(:ids)"))
                .param("ids", ids.toArray(Long[]::new))
                .param("zone", Languages.ZONE.getId())
                .param("tiers", purpose.allowedTiers().toArray(String[]::new))
                .query((rs, row) -> conversation(rs))
                .list();
    }

    /** How many people sat at these tables, per municipality and role (counts only). */
    List<Seats> seats(Collection<Long> conversations) {
        return jdbc.sql("""
                        select m.name as municipality, rc.table_role, sum(rc.participants) as people
                        from released_role_count rc
                        join conversation c on c.id = rc.conversation_id
                        join municipality m on m.id = c.municipality_id
                        where rc.conversation_id = any(:ids)
                        group by m.name, rc.table_role
                        order by m.name
                        """)
                .param("ids", conversations.toArray(Long[]::new))
                .query((rs, row) -> new Seats(
                        rs.getString("municipality"),
                        TableRole.valueOf(rs.getString("table_role")),
                        rs.getInt("people")))
                .list();
    }

    /**
     * The agreements of these closed conversations as they may leave the table (redacted, the
     * owner as a role or an organisation), in the order the conversations were held.
     */
    List<SourceAgreement> agreementsOf(Collection<Long> conversations) {
        return jdbc.sql("""
                        select a.agreement_id, a.what, a.owner_role, a.owner_organisation, a.due_on, m.name as municipality,
                            (c.starts_at at time zone :zone)::date as held_on
                        from released_agreement a
                        join conversation c on c.id = a.conversation_id
                        join municipality m on m.id = c.municipality_id
                        where a.conversation_id = any(:ids)
                        order by c.starts_at, c.id, a.agreement_id
                        """)
                .param("ids", conversations.toArray(Long[]::new))
                .param("zone", Languages.ZONE.getId())
                .query((rs, row) -> new SourceAgreement(
                        rs.getLong("agreement_id"),
                        rs.getString("what"),
                        Optional.ofNullable(rs.getString("owner_role"))
                                .map(TableRole::valueOf)
                                .orElse(null),
                        rs.getString("owner_organisation"),
                        rs.getObject("due_on", LocalDate.class),
                        rs.getString("municipality"),
                        rs.getObject("held_on", LocalDate.class)))
                .list();
    }

    /** An agreement a table recorded, as it may leave the table. */
    record SourceAgreement(
            long id,
            String what,
            @Nullable TableRole ownerRole,
            @Nullable String ownerOrganisation,
            @Nullable LocalDate dueOn,
            String municipality,
            LocalDate heldOn) {}

    /** People at the tables of one municipality in one role. */
    record Seats(String municipality, TableRole role, int people) {}

    /** The insights that these notes support, with which of these notes support each. */
    List<SupportedInsight> insightsOf(Collection<Long> notes) {
        return jdbc.sql("""
                        select i.id, i.title, i.body, i.status, array_agg(inn.note_id order by inn.note_id) as notes
                        from insight i
                        join insight_note inn on inn.insight_id = i.id
                        where inn.note_id = any(:ids)
                        group by i.id
                        order by i.status desc, i.title
                        """)
                .param("ids", notes.toArray(Long[]::new))
                .query((rs, row) -> insight(rs))
                .list();
    }

    /** An insight and the notes (of those asked about) that support it. */
    record SupportedInsight(long id, String title, String body, String status, List<Long> notes) {}

    /** Insights by id, for the case bundle. */
    List<SupportedInsight> insights(Collection<Long> ids) {
        return jdbc.sql("""
                        select i.id, i.title, i.body, i.status,
                            array(select note_id from insight_note inn where inn.insight_id = i.id) as notes
                        from insight i where i.id = any(:ids) order by i.title
                        """)
                .param("ids", ids.toArray(Long[]::new))
                .query((rs, row) -> insight(rs))
                .list();
    }

    /** Every insight, newest first, for picking. */
    List<SupportedInsight> allInsights() {
        return insights(jdbc.sql("select id from insight order by updated_at desc limit 500")
                .query(Long.class)
                .list());
    }

    private static SourceNote note(ResultSet rs) throws SQLException {
        String effect = rs.getString("effect");
        return new SourceNote(
                rs.getLong("note_id"),
                rs.getLong("conversation_id"),
                rs.getString("conversation_title"),
                rs.getString("text"),
                new Category(rs.getString("category")),
                TableRole.valueOf(rs.getString("table_role")),
                rs.getObject("held_on", LocalDate.class),
                rs.getString("municipality"),
                rs.getString("neighbourhood"),
                rs.getString("theme"),
                rs.getString("werkteam"),
                strings(rs.getArray("regulations")),
                effect == null ? null : Effect.valueOf(effect),
                strings(rs.getArray("insights")));
    }

    private static SupportedInsight insight(ResultSet rs) throws SQLException {
        return new SupportedInsight(
                rs.getLong("id"),
                rs.getString("title"),
                rs.getString("body"),
                rs.getString("status"),
                longs(rs.getArray("notes")));
    }

    private static SourceConversation conversation(ResultSet rs) throws SQLException {
        return new SourceConversation(
                rs.getLong("id"),
                rs.getString("title"),
                rs.getString("resident_question"),
                rs.getObject("held_on", LocalDate.class),
                rs.getString("theme"),
                rs.getString("werkteam"),
                rs.getString("municipality"),
                rs.getString("neighbourhood"),
                rs.getInt("released"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return List.of((String[]) array.getArray());
    }

    private static List<Long> longs(Array array) throws SQLException {
        return List.of((Long[]) array.getArray());
    }
}
