package nl.keukentafel.review;

import java.time.YearMonth;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.keukentafel.base.Languages;
import nl.keukentafel.board.TableRole;
import nl.keukentafel.conversation.Category;
import nl.keukentafel.conversation.ConversationId;
import nl.keukentafel.security.Roles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures behind the Overzicht for the selection of the review area. Conversations count when
 * they match the selection's conversation filters and period, and, when the selection narrows the
 * notes (words, role, category, tags), when at least one of their released notes matches it.
 */
@Service
public class OverviewService {

    /** How many regulations the bottleneck chart shows. */
    static final int TOP_REGULATIONS = 8;

    private final JdbcClient jdbc;
    private final ReviewRepository repository;

    OverviewService(JdbcClient jdbc, ReviewRepository repository) {
        this.jdbc = jdbc;
        this.repository = repository;
    }

    @PreAuthorize(Roles.IS_STAFF)
    @Transactional(readOnly = true)
    public Overview overview(ReviewSelection selection) {
        ReviewScope scope = ReviewScope.current();
        return overview(
                repository.where(selection, scope),
                repository.where(conversationPart(selection), scope),
                selection.narrowsNotes());
    }

    /** The same figures for these closed conversations as a whole (a report's selection). */
    @PreAuthorize(Roles.IS_STAFF)
    @Transactional(readOnly = true)
    public Overview overviewOf(Collection<ConversationId> conversations) {
        ReviewRepository.Where these = repository
                .where(ReviewSelection.ALL, ReviewScope.current())
                .and(
                        "n.conversation_id = any(:conversations)",
                        "conversations",
                        conversations.stream().map(ConversationId::value).toArray(Long[]::new));
        return overview(these, these, false);
    }

    private Overview overview(
            ReviewRepository.Where notes, ReviewRepository.Where conversations, boolean narrowsNotes) {
        String matching = """
                (select c.id as conversation_id, c.theme_id, c.werkteam_id, c.municipality_id, c.neighbourhood_id,
                    c.facilitator_id, (c.starts_at at time zone :zone)::date as held_on, c.starts_at
                 from conversation c join released_conversation r on r.conversation_id = c.id) n
                where %s%s
                """.formatted(
                        conversations.sql(),
                        narrowsNotes
                                ? " and n.conversation_id in (select n.conversation_id from released_note n where "
                                        + notes.sql() + ")"
                                : "");

        Map<YearMonth, Integer> perMonth = new TreeMap<>();
        notes.bind(conversations.bind(
                        jdbc.sql("select date_trunc('month', n.held_on)::date as month, count(*) as n from " + matching
                                + " group by 1")))
                .param("zone", Languages.ZONE.getId())
                .query(rs -> {
                    perMonth.put(YearMonth.from(rs.getDate("month").toLocalDate()), rs.getInt("n"));
                });

        Map<TableRole, Integer> perRole = new EnumMap<>(TableRole.class);
        notes.bind(conversations.bind(jdbc.sql("""
                                select rc.table_role, sum(rc.participants) as n from released_role_count rc
                                where rc.conversation_id in (select n.conversation_id from %s)
                                group by 1
                                """.formatted(matching))))
                .param("zone", Languages.ZONE.getId())
                .query(rs -> {
                    perRole.put(TableRole.valueOf(rs.getString("table_role")), rs.getInt("n"));
                });

        Map<Category, Integer> perCategory = new LinkedHashMap<>();
        notes.bind(jdbc.sql("select n.category, count(*) as n from released_note n where " + notes.sql()
                        + " group by 1 order by 2 desc, 1"))
                .query(rs -> {
                    perCategory.put(new Category(rs.getString("category")), rs.getInt("n"));
                });

        List<Overview.Bottleneck> bottlenecks = notes.bind(jdbc.sql("""
                        with tagged as (
                            select t.regulation_id, n.municipality_id from released_note n
                            join note_effect e on e.note_id = n.note_id and e.effect = 'EXPERIENCED_BOTTLENECK'
                            join note_regulation t on t.note_id = n.note_id
                            where %s),
                        top as (
                            select regulation_id from tagged group by 1 order by count(*) desc, 1 limit :top)
                        select r.name as regulation, m.name as municipality, count(*) as n
                        from tagged g
                        join top on top.regulation_id = g.regulation_id
                        join regulation r on r.id = g.regulation_id
                        join municipality m on m.id = g.municipality_id
                        group by r.name, m.name
                        order by sum(count(*)) over (partition by r.name) desc, r.name, m.name
                        """.formatted(notes.sql())))
                .param("top", TOP_REGULATIONS)
                .query((rs, row) -> new Overview.Bottleneck(
                        rs.getString("regulation"), rs.getString("municipality"), rs.getInt("n")))
                .list();
        return new Overview(withEmptyMonths(perMonth), perRole, perCategory, bottlenecks);
    }

    /** Every month from the first to the last, so a time axis shows the months without conversations. */
    static Map<YearMonth, Integer> withEmptyMonths(Map<YearMonth, Integer> perMonth) {
        if (perMonth.isEmpty()) {
            return perMonth;
        }
        TreeMap<YearMonth, Integer> all = new TreeMap<>(perMonth);
        for (YearMonth m = all.firstKey(); m.isBefore(all.lastKey()); m = m.plusMonths(1)) {
            all.putIfAbsent(m, 0);
        }
        return all;
    }

    /** Only what describes conversations: their facets and the period. */
    private static ReviewSelection conversationPart(ReviewSelection selection) {
        Map<Facet, String> filters = new EnumMap<>(Facet.class);
        selection.filters().forEach((facet, value) -> {
            if (facet.ofConversation()) {
                filters.put(facet, value);
            }
        });
        return new ReviewSelection("", selection.from(), selection.to(), filters);
    }
}
