package nl.keukentafel.review;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.keukentafel.board.NoteId;
import nl.keukentafel.board.TableRole;
import nl.keukentafel.conversation.Category;
import nl.keukentafel.conversation.ConversationId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The review area's SQL. Reads the released notes the board's release gate wrote, never the note
 * table; every query takes the {@link ReviewScope} and the {@link ReviewSelection} through one
 * {@link #where} (docs/adr/0011, query plans in bench/README.md).
 */
@Repository
class ReviewRepository {

    /** Marks around the words that match a search, inside ts_headline's output. */
    static final char MATCH_START = '\u2045';

    static final char MATCH_END = '\u2046';

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final int MAX_WORDS = 12;

    private final JdbcClient jdbc;

    ReviewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A where clause and its parameters. */
    record Where(String sql, Map<String, Object> params) {

        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
            JdbcClient.StatementSpec bound = spec;
            for (Map.Entry<String, Object> param : params.entrySet()) {
                bound = bound.param(param.getKey(), param.getValue());
            }
            return bound;
        }

        /** This where clause and one more condition with its parameter. */
        Where and(String clause, String name, Object value) {
            Map<String, Object> more = new LinkedHashMap<>(params);
            more.put(name, value);
            return new Where(sql + " and " + clause, more);
        }
    }

    /** The words of a search, each as a prefix: {@code huur:*}. */
    static List<String> terms(String words) {
        List<String> terms = new ArrayList<>();
        Matcher matcher = WORD.matcher(words);
        while (matcher.find() && terms.size() < MAX_WORDS) {
            terms.add(matcher.group().toLowerCase(Locale.ROOT) + ":*");
        }
        return terms;
    }

    /**
     * The words of a search as a PostgreSQL text-search query: every word must occur, in any Dutch
     * form (huurachterstanden finds huurachterstand) or as the start of a longer word. Each word is
     * taken both stemmed and as typed, because a stem is not always a prefix of the longer word's
     * stem ("huur" stems to "hur", "huurachterstand" stays). Dutch stop words are left out; empty
     * when no word is left.
     */
    String searchQuery(String words) {
        List<String> terms = terms(words);
        if (terms.isEmpty()) {
            return "";
        }
        return jdbc.sql("""
                        select coalesce(string_agg(
                            '(' || (to_tsquery('dutch', w) || to_tsquery('simple', w))::text || ')', ' & '), '')
                        from unnest(:terms::text[]) w
                        where numnode(to_tsquery('dutch', w)) > 0
                        """)
                .param("terms", terms.toArray(String[]::new))
                .query(String.class)
                .single();
    }

    /** Where a note (alias {@code n}) is in the scope and the selection. */
    Where where(ReviewSelection selection, ReviewScope scope) {
        List<String> clauses = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (scope.facilitator() != null) {
            clauses.add("""
                    (n.facilitator_id = (select id from staff_account where username = :facilitator)
                     or n.conversation_id in (select cf.conversation_id from co_facilitator cf
                         join staff_account cs on cs.id = cf.staff_account_id where cs.username = :facilitator))""");
            params.put("facilitator", scope.facilitator());
        }
        String query = searchQuery(selection.query());
        if (!query.isEmpty()) {
            clauses.add("n.search @@ :tsquery::tsquery");
            params.put("tsquery", query);
        }
        if (selection.from() != null) {
            clauses.add("n.held_on >= :from");
            params.put("from", selection.from());
        }
        if (selection.to() != null) {
            clauses.add("n.held_on <= :to");
            params.put("to", selection.to());
        }
        selection.filters().forEach((facet, value) -> {
            String name = facet.parameter();
            switch (facet) {
                case THEME, WERKTEAM, MUNICIPALITY, NEIGHBOURHOOD -> {
                    clauses.add(column(facet) + " = :" + name);
                    params.put(name, Long.parseLong(value));
                }
                case ROLE, CATEGORY -> {
                    clauses.add(column(facet) + " = :" + name);
                    params.put(name, value);
                }
                case REGULATION -> {
                    clauses.add("exists (select 1 from note_regulation t where t.note_id = n.note_id"
                            + " and t.regulation_id = :regulation)");
                    params.put(name, Long.parseLong(value));
                }
                case EFFECT -> {
                    clauses.add(
                            "exists (select 1 from note_effect e where e.note_id = n.note_id and e.effect = :effect)");
                    params.put(name, value);
                }
                case INSIGHT ->
                    clauses.add((Facet.WITH_INSIGHT.equals(value) ? "" : "not ")
                            + "exists (select 1 from insight_note i where i.note_id = n.note_id)");
            }
        });
        return new Where(clauses.isEmpty() ? "true" : String.join(" and ", clauses), params);
    }

    /** The column of a facet that is a column of released_note. */
    private static String column(Facet facet) {
        return switch (facet) {
            case THEME -> "n.theme_id";
            case WERKTEAM -> "n.werkteam_id";
            case MUNICIPALITY -> "n.municipality_id";
            case NEIGHBOURHOOD -> "n.neighbourhood_id";
            case ROLE -> "n.table_role";
            case CATEGORY -> "n.category";
            default -> throw new IllegalArgumentException(facet + " is not a column");
        };
    }

    /** The ids of the notes in the scope that match the selection's words; null when it has none. */
    long @Nullable [] matching(ReviewSelection selection, ReviewScope scope) {
        String query = searchQuery(selection.query());
        if (query.isEmpty()) {
            return null;
        }
        Where where = where(ReviewSelection.ALL.withQuery(selection.query()), scope);
        return where
                .bind(jdbc.sql("select n.note_id from released_note n where " + where.sql()))
                .query(Long.class)
                .list()
                .stream()
                .mapToLong(Long::longValue)
                .toArray();
    }

    /** The ids of every note in the scope and the selection, newest first. */
    List<NoteId> ids(ReviewSelection selection, ReviewScope scope) {
        Where where = where(selection, scope);
        return where.bind(jdbc.sql("select n.note_id from released_note n where " + where.sql()
                        + " order by n.held_on desc, n.conversation_id, n.created_seq"))
                .query((rs, row) -> new NoteId(rs.getLong(1)))
                .list();
    }

    /**
     * The ids of the conversations in a facilitator's scope, ascending: those they ran as
     * facilitator or co-facilitator. Null for everyone's.
     */
    long @Nullable [] conversations(ReviewScope scope) {
        if (scope.facilitator() == null) {
            return null;
        }
        return jdbc.sql("""
                        select c.id from conversation c join staff_account s on s.id = c.facilitator_id
                        where s.username = :username
                        union
                        select cf.conversation_id from co_facilitator cf
                        join staff_account s on s.id = cf.staff_account_id
                        where s.username = :username
                        order by 1
                        """).param("username", scope.facilitator()).query(Long.class).list().stream()
                .mapToLong(Long::longValue)
                .toArray();
    }

    /** The columns of a {@link ReleasedNote} from a released note {@code p} and what it is joined to. */
    private static final String NOTE_COLUMNS = """
            select p.note_id, p.conversation_id, c.title, %s as text, p.category, p.table_role,
                m.name as municipality, nb.name as neighbourhood, p.held_on, e.effect,
                array(select r.id || ':' || r.name from note_regulation t join regulation r on r.id = t.regulation_id
                      where t.note_id = p.note_id order by r.name) as regulations,
                (select count(*) from insight_note i where i.note_id = p.note_id) as insights
            from (%s) p
            join conversation c on c.id = p.conversation_id
            join municipality m on m.id = p.municipality_id
            left join neighbourhood nb on nb.id = p.neighbourhood_id
            left join note_effect e on e.note_id = p.note_id
            order by %s
            """;

    List<ReleasedNote> page(ReviewSelection selection, ReviewScope scope, int offset, int limit) {
        Where where = where(selection, scope);
        boolean searching = where.params().containsKey("tsquery");
        String order = searching
                ? "ts_rank(%1$s.search, :tsquery::tsquery) desc, %1$s.held_on desc, %1$s.note_id desc"
                : "%1$s.held_on desc, %1$s.note_id desc";
        String text = searching
                ? "ts_headline('dutch', p.text, :tsquery::tsquery," + " 'HighlightAll=true, StartSel=" + MATCH_START
                        + ", StopSel=" + MATCH_END + "')"
                : "p.text";
        // The page is chosen first, so the headlines and joins are made for its rows only.
        String chosen = "select n.* from released_note n where %s order by %s offset :offset limit :limit"
                .formatted(where.sql(), order.formatted("n"));
        return where.bind(jdbc.sql(NOTE_COLUMNS.formatted(text, chosen, order.formatted("p"))))
                .param("offset", offset)
                .param("limit", limit)
                .query((rs, row) -> note(rs))
                .list();
    }

    /** The released notes of one conversation in board order (a board holds at most a few hundred). */
    List<ReleasedNote> ofConversation(ConversationId id, ReviewScope scope) {
        Where where = where(ReviewSelection.ALL, scope);
        String chosen = ("select n.* from released_note n where n.conversation_id = :conversation and %s"
                        + " order by n.created_seq, n.note_id limit 2000")
                .formatted(where.sql());
        return where.bind(jdbc.sql(NOTE_COLUMNS.formatted("p.text", chosen, "p.created_seq, p.note_id")))
                .param("conversation", id.value())
                .query((rs, row) -> note(rs))
                .list();
    }

    /** These released notes, as far as they are released and in the scope, newest first. */
    List<ReleasedNote> byIds(List<NoteId> ids, ReviewScope scope) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Where where = where(ReviewSelection.ALL, scope);
        String chosen = "select n.* from released_note n where n.note_id = any(:ids) and " + where.sql();
        return where.bind(jdbc.sql(NOTE_COLUMNS.formatted("p.text", chosen, "p.held_on desc, p.note_id desc")))
                .param("ids", ids.stream().map(NoteId::value).toArray(Long[]::new))
                .query((rs, row) -> note(rs))
                .list();
    }

    /** The conversation a released note in the scope belongs to. */
    Optional<ConversationId> conversationOf(NoteId id, ReviewScope scope) {
        Where where = where(ReviewSelection.ALL, scope);
        return where.bind(jdbc.sql(
                        "select n.conversation_id from released_note n where n.note_id = :id and " + where.sql()))
                .param("id", id.value())
                .query((rs, row) -> new ConversationId(rs.getLong(1)))
                .optional();
    }

    /** Which of these notes are released and in the scope. */
    List<NoteId> released(List<NoteId> ids, ReviewScope scope) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Where where = where(ReviewSelection.ALL, scope);
        return where.bind(jdbc.sql(
                        "select n.note_id from released_note n where n.note_id = any(:ids) and " + where.sql()))
                .param("ids", ids.stream().map(NoteId::value).toArray(Long[]::new))
                .query((rs, row) -> new NoteId(rs.getLong(1)))
                .list();
    }

    private static ReleasedNote note(ResultSet rs) throws SQLException {
        String effect = rs.getString("effect");
        return new ReleasedNote(
                new NoteId(rs.getLong("note_id")),
                new ConversationId(rs.getLong("conversation_id")),
                rs.getString("title"),
                parts(rs.getString("text")),
                TableRole.valueOf(rs.getString("table_role")),
                new Category(rs.getString("category")),
                rs.getString("municipality"),
                rs.getString("neighbourhood"),
                rs.getObject("held_on", LocalDate.class),
                tags(rs.getArray("regulations")),
                effect == null ? null : Effect.valueOf(effect),
                rs.getInt("insights"));
    }

    private static List<ReleasedNote.Tag> tags(Array array) throws SQLException {
        List<ReleasedNote.Tag> tags = new ArrayList<>();
        for (Object entry : (Object[]) array.getArray()) {
            String text = (String) entry;
            int colon = text.indexOf(':');
            tags.add(new ReleasedNote.Tag(Long.parseLong(text.substring(0, colon)), text.substring(colon + 1)));
        }
        return List.copyOf(tags);
    }

    /** A text with search marks split into parts; the marks themselves are dropped. */
    static List<ReleasedNote.TextPart> parts(String marked) {
        List<ReleasedNote.TextPart> parts = new ArrayList<>();
        int at = 0;
        while (at < marked.length()) {
            int start = marked.indexOf(MATCH_START, at);
            if (start < 0) {
                break;
            }
            int end = marked.indexOf(MATCH_END, start + 1);
            if (end < 0) {
                break;
            }
            if (start > at) {
                parts.add(new ReleasedNote.TextPart(marked.substring(at, start), false));
            }
            parts.add(new ReleasedNote.TextPart(marked.substring(start + 1, end), true));
            at = end + 1;
        }
        if (at < marked.length()) {
            parts.add(new ReleasedNote.TextPart(
                    marked.substring(at)
                            .replace(String.valueOf(MATCH_START), "")
                            .replace(String.valueOf(MATCH_END), ""),
                    false));
        }
        return List.copyOf(parts);
    }
}
