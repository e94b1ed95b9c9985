package nl.keukentafel.conversation;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ConversationRepository {

    private static final String SELECT = """
            select c.id, c.title, c.resident_question, c.theme_id, t.name as theme_name, c.werkteam_id,
                   w.name as werkteam_name, c.municipality_id, m.name as municipality_name, c.neighbourhood_id,
                   n.name as neighbourhood_name, c.host_location, c.starts_at, c.template, c.status, c.join_code,
                   s.username as facilitator_username, s.display_name as facilitator_name, c.created_at,
                   array(select cs.username || ':' || cs.display_name from co_facilitator cf
                         join staff_account cs on cs.id = cf.staff_account_id
                         where cf.conversation_id = c.id order by cs.display_name, cs.username) as co_facilitators
            from conversation c
            join theme t on t.id = c.theme_id
            join werkteam w on w.id = c.werkteam_id
            join municipality m on m.id = c.municipality_id
            left join neighbourhood n on n.id = c.neighbourhood_id
            join staff_account s on s.id = c.facilitator_id
            """;

    private final JdbcClient jdbc;

    ConversationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    ConversationId insert(ConversationDraft draft, String facilitatorUsername) {
        long id = jdbc.sql("""
                        insert into conversation (title, resident_question, theme_id, werkteam_id, municipality_id,
                            neighbourhood_id, host_location, starts_at, template, facilitator_id)
                        values (:title, :question, :theme, :werkteam, :municipality, :neighbourhood, :location,
                            :startsAt, :template, (select id from staff_account where username = :facilitator))
                        returning id
                        """)
                .params(params(draft))
                .param("facilitator", facilitatorUsername)
                .query(Long.class)
                .single();
        return new ConversationId(id);
    }

    void update(ConversationId id, ConversationDraft draft) {
        jdbc.sql("""
                        update conversation set title = :title, resident_question = :question, theme_id = :theme,
                            werkteam_id = :werkteam, municipality_id = :municipality, neighbourhood_id = :neighbourhood,
                            host_location = :location, starts_at = :startsAt, template = :template
                        where id = :id
                        """).params(params(draft)).param("id", id.value()).update();
    }

    private static java.util.Map<String, Object> params(ConversationDraft draft) {
        var map = new java.util.HashMap<String, Object>();
        map.put("title", draft.title());
        map.put("question", draft.residentQuestion());
        map.put("theme", draft.themeId());
        map.put("werkteam", draft.werkteamId());
        map.put("municipality", draft.municipalityId());
        map.put("neighbourhood", draft.neighbourhoodId());
        map.put("location", draft.hostLocation());
        map.put("startsAt", Timestamp.from(draft.startsAt()));
        map.put("template", draft.template().name());
        return map;
    }

    Optional<Conversation> findById(ConversationId id) {
        return jdbc.sql(SELECT + " where c.id = :id")
                .param("id", id.value())
                .query(ConversationRepository::map)
                .optional();
    }

    Optional<Conversation> findLiveByCode(JoinCode code) {
        return jdbc.sql(SELECT + " where c.join_code = :code and c.status = 'LIVE'")
                .param("code", code.value())
                .query(ConversationRepository::map)
                .optional();
    }

    /** The conversations this staff member runs: as their facilitator or as a co-facilitator. */
    List<Conversation> findRunBy(String username) {
        return jdbc.sql(SELECT + """
                         where s.username = :username
                            or c.id in (select cf.conversation_id from co_facilitator cf
                                        join staff_account cs on cs.id = cf.staff_account_id
                                        where cs.username = :username)
                         order by c.starts_at desc limit 500""")
                .param("username", username)
                .query(ConversationRepository::map)
                .list();
    }

    List<Conversation> findByStatus(ConversationStatus status) {
        return jdbc.sql(SELECT + " where c.status = :status order by c.starts_at desc limit 500")
                .param("status", status.name())
                .query(ConversationRepository::map)
                .list();
    }

    /** Makes a prepared conversation live with the code; false when the code is taken by another live one. */
    boolean tryGoLive(ConversationId id, JoinCode code) {
        int updated = jdbc.sql("""
                        update conversation set status = 'LIVE', join_code = :code, went_live_at = now()
                        where id = :id and status = 'PREPARED'
                          and not exists (select 1 from conversation other where other.join_code = :code)
                        """)
                .param("code", code.value())
                .param("id", id.value())
                .update();
        return updated == 1;
    }

    void close(ConversationId id) {
        jdbc.sql("""
                        update conversation set status = 'CLOSED', join_code = null, closed_at = now()
                        where id = :id and status <> 'CLOSED'
                        """).param("id", id.value()).update();
    }

    /** Enabled accounts with the facilitator role, by name (a few dozen in practice). */
    List<Colleague> facilitators() {
        return jdbc.sql("""
                        select username, display_name from staff_account
                        where enabled and 'FACILITATOR' = any(roles)
                        order by display_name, username limit 1000
                        """)
                .query((rs, row) -> new Colleague(rs.getString("username"), rs.getString("display_name")))
                .list();
    }

    /** Adds an enabled facilitator as co-facilitator; false when there is no such facilitator. */
    boolean addCoFacilitator(ConversationId id, String username) {
        int found = jdbc.sql("""
                        insert into co_facilitator (conversation_id, staff_account_id)
                        select :id, s.id from staff_account s
                        where s.username = :username and s.enabled and 'FACILITATOR' = any(s.roles)
                        on conflict do nothing
                        """)
                .param("id", id.value())
                .param("username", username)
                .update();
        return found == 1;
    }

    void removeCoFacilitator(ConversationId id, String username) {
        jdbc.sql("""
                        delete from co_facilitator
                        where conversation_id = :id
                          and staff_account_id = (select id from staff_account where username = :username)
                        """).param("id", id.value()).param("username", username).update();
    }

    /** Colleagues from {@code username:display name} texts (an account name has no colon). */
    private static List<Colleague> colleagues(Array array) throws SQLException {
        List<Colleague> colleagues = new ArrayList<>();
        for (Object entry : (Object[]) array.getArray()) {
            String text = (String) entry;
            int colon = text.indexOf(':');
            colleagues.add(new Colleague(text.substring(0, colon), text.substring(colon + 1)));
        }
        return colleagues;
    }

    private static Conversation map(ResultSet rs, int row) throws SQLException {
        long neighbourhood = rs.getLong("neighbourhood_id");
        Long neighbourhoodId = rs.wasNull() ? null : neighbourhood;
        String code = rs.getString("join_code");
        return new Conversation(
                new ConversationId(rs.getLong("id")),
                rs.getString("title"),
                rs.getString("resident_question"),
                rs.getLong("theme_id"),
                rs.getString("theme_name"),
                rs.getLong("werkteam_id"),
                rs.getString("werkteam_name"),
                rs.getLong("municipality_id"),
                rs.getString("municipality_name"),
                neighbourhoodId,
                rs.getString("neighbourhood_name"),
                rs.getString("host_location"),
                rs.getTimestamp("starts_at").toInstant(),
                BoardTemplate.valueOf(rs.getString("template")),
                ConversationStatus.valueOf(rs.getString("status")),
                code == null ? null : new JoinCode(code),
                rs.getString("facilitator_username"),
                rs.getString("facilitator_name"),
                colleagues(rs.getArray("co_facilitators")),
                rs.getTimestamp("created_at").toInstant());
    }
}
