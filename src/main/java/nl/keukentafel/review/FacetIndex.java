package nl.keukentafel.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The facet counts of the review area, counted in memory. Counting in SQL meant a pass over every
 * released note per facet (about 300 ms at 120,000 released notes on two cores, bench/README.md);
 * here each node keeps the facts a count needs (a few bytes per note) and counts them in one pass.
 * PostgreSQL stays the source of truth: the version row {@code review_version}, raised by triggers
 * in the transaction of every change to released notes and tags, tells a node when to load again.
 * Words are still searched in PostgreSQL (GIN index); only their matches are counted here
 * (docs/adr/0011).
 */
@Component
class FacetIndex {

    private final JdbcClient jdbc;
    private final TransactionTemplate readOnly;
    private volatile @Nullable Notes notes;
    private volatile @Nullable Tags tags;

    FacetIndex(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.readOnly.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The facts of every released note that the facets and filters need, by position. */
    private record Notes(
            long version,
            long[] ids,
            long[] conversation,
            int[] heldOn,
            String[][] values,
            Map<Long, Integer> positions) {}

    /** The team's tags per note position: effect, whether it supports an insight, regulations. */
    private record Tags(
            long version, long notesVersion, @Nullable String[] effect, BitSet insight, long[][] regulations) {}

    /** Notes and tags that belong together. */
    private record State(Notes notes, Tags tags) {}

    /** Loads the facts at start, so the first person in the review area does not wait for it. */
    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        Thread.ofPlatform().daemon().name("review-facets-warm-up").start(this::current);
    }

    /**
     * Counts the notes of the scope and selection per facet value; a facet's own filter is left out
     * of its counts. {@code conversations} holds the scope's conversation ids in ascending order,
     * or is null for everyone's; {@code matching} holds the ids of the notes that match the
     * selection's words, or is null when there are none.
     */
    ReviewCounts count(ReviewSelection selection, long @Nullable [] conversations, long @Nullable [] matching) {
        State state = current();
        Notes n = state.notes();
        Tags t = state.tags();
        Facet[] facets = Facet.values();
        String[] wanted = new String[facets.length];
        for (Facet facet : facets) {
            wanted[facet.ordinal()] = selection.filters().get(facet);
        }
        BitSet words = null;
        if (matching != null) {
            words = new BitSet(n.ids().length);
            for (long id : matching) {
                Integer at = n.positions().get(id);
                if (at != null) {
                    words.set(at);
                }
            }
        }
        int from = selection.from() == null
                ? Integer.MIN_VALUE
                : (int) selection.from().toEpochDay();
        int to = selection.to() == null
                ? Integer.MAX_VALUE
                : (int) selection.to().toEpochDay();
        @SuppressWarnings("unchecked")
        Map<String, Integer>[] counts = new Map[facets.length];
        for (int f = 0; f < facets.length; f++) {
            counts[f] = new HashMap<>();
        }
        String[] value = new String[facets.length];
        int total = 0;
        int size = n.ids().length;
        for (int i = 0; i < size; i++) {
            if ((words != null && !words.get(i))
                    || (conversations != null && Arrays.binarySearch(conversations, n.conversation()[i]) < 0)
                    || n.heldOn()[i] < from
                    || n.heldOn()[i] > to) {
                continue;
            }
            for (int f = 0; f < 6; f++) {
                value[f] = n.values()[f][i];
            }
            value[Facet.EFFECT.ordinal()] = t.effect()[i];
            value[Facet.INSIGHT.ordinal()] = t.insight().get(i) ? Facet.WITH_INSIGHT : Facet.WITHOUT_INSIGHT;
            long[] regulations = t.regulations()[i];
            int failing = -1;
            int failures = 0;
            for (int f = 0; f < facets.length && failures < 2; f++) {
                if (wanted[f] != null && !passes(facets[f], wanted[f], value[f], regulations)) {
                    failing = f;
                    failures++;
                }
            }
            if (failures == 0) {
                total++;
                for (int f = 0; f < facets.length; f++) {
                    add(counts, facets[f], value[f], regulations);
                }
            } else if (failures == 1) {
                // Fails only its own filter: it counts towards that facet's other values.
                add(counts, facets[failing], value[failing], regulations);
            }
        }
        Map<Facet, Map<String, Integer>> result = new EnumMap<>(Facet.class);
        for (Facet facet : facets) {
            result.put(facet, sorted(counts[facet.ordinal()]));
        }
        return new ReviewCounts(result, total);
    }

    private static boolean passes(Facet facet, String wanted, @Nullable String value, long @Nullable [] regulations) {
        if (facet == Facet.REGULATION) {
            if (regulations == null) {
                return false;
            }
            long id = Long.parseLong(wanted);
            for (long regulation : regulations) {
                if (regulation == id) {
                    return true;
                }
            }
            return false;
        }
        return wanted.equals(value);
    }

    private static void add(
            Map<String, Integer>[] counts, Facet facet, @Nullable String value, long @Nullable [] regulations) {
        if (facet == Facet.REGULATION) {
            if (regulations != null) {
                for (long regulation : regulations) {
                    counts[facet.ordinal()].merge(Long.toString(regulation), 1, Integer::sum);
                }
            }
        } else if (value != null) {
            counts[facet.ordinal()].merge(value, 1, Integer::sum);
        }
    }

    private static Map<String, Integer> sorted(Map<String, Integer> counts) {
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(
                Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        Map<String, Integer> ordered = new LinkedHashMap<>();
        entries.forEach(e -> ordered.put(e.getKey(), e.getValue()));
        return ordered;
    }

    /** The notes and tags as the database has them now; loads what changed since the last look. */
    private State current() {
        return readOnly.execute(status -> {
            long[] versions = jdbc.sql("select notes, tags from review_version where id = 1")
                    .query((rs, row) -> new long[] {rs.getLong(1), rs.getLong(2)})
                    .single();
            Notes n = notes;
            if (n == null || n.version() != versions[0]) {
                n = loadNotes(versions[0]);
                notes = n;
            }
            Tags t = tags;
            if (t == null || t.version() != versions[1] || t.notesVersion() != n.version()) {
                t = loadTags(versions[1], n);
                tags = t;
            }
            return new State(n, t);
        });
    }

    private Notes loadNotes(long version) {
        List<Object[]> rows = jdbc.sql("""
                        select note_id, conversation_id, held_on, theme_id, werkteam_id, municipality_id,
                            neighbourhood_id, table_role, category
                        from released_note order by note_id
                        """)
                .query((rs, row) -> new Object[] {
                    rs.getLong(1),
                    rs.getLong(2),
                    rs.getObject(3, LocalDate.class),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getString(7),
                    rs.getString(8),
                    rs.getString(9)
                })
                .list();
        int size = rows.size();
        long[] ids = new long[size];
        long[] conversation = new long[size];
        int[] heldOn = new int[size];
        String[][] values = new String[6][size];
        Map<Long, Integer> positions = new HashMap<>(size * 2);
        Map<String, String> interned = new HashMap<>();
        for (int i = 0; i < size; i++) {
            Object[] row = rows.get(i);
            ids[i] = (Long) row[0];
            conversation[i] = (Long) row[1];
            heldOn[i] = (int) ((LocalDate) row[2]).toEpochDay();
            for (int f = 0; f < 6; f++) {
                String v = (String) row[3 + f];
                values[f][i] = v == null ? null : interned.computeIfAbsent(v, x -> x);
            }
            positions.put(ids[i], i);
        }
        return new Notes(version, ids, conversation, heldOn, values, positions);
    }

    private Tags loadTags(long version, Notes n) {
        int size = n.ids().length;
        String[] effect = new String[size];
        BitSet insight = new BitSet(size);
        long[][] regulations = new long[size][];
        jdbc.sql("select note_id, effect from note_effect").query(rs -> {
            Integer at = n.positions().get(rs.getLong(1));
            if (at != null) {
                effect[at] = rs.getString(2).intern();
            }
        });
        jdbc.sql("select distinct note_id from insight_note").query(rs -> {
            Integer at = n.positions().get(rs.getLong(1));
            if (at != null) {
                insight.set(at);
            }
        });
        jdbc.sql("select note_id, regulation_id from note_regulation order by note_id, regulation_id")
                .query(rs -> {
                    Integer at = n.positions().get(rs.getLong(1));
                    if (at != null) {
                        long[] before = regulations[at];
                        long[] after = before == null ? new long[1] : Arrays.copyOf(before, before.length + 1);
                        after[after.length - 1] = rs.getLong(2);
                        regulations[at] = after;
                    }
                });
        return new Tags(version, n.version(), effect, insight, regulations);
    }
}
