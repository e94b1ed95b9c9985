package nl.keukentafel.bench.review;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the team adds to released notes, written after the app built them: regulation and effect tags
 * on about a quarter of the released notes (with their tag history), and insights that each link a
 * few released notes (with their versions).
 */
final class ReviewTagger {

    private static final Logger log = LoggerFactory.getLogger(ReviewTagger.class);

    /** Words in a note that make a team member tag a regulation. */
    private static final Map<String, String> REGULATION_BY_WORD = Map.ofEntries(
            Map.entry("kostendelersnorm", "Kostendelersnorm"),
            Map.entry("bijstand", "Participatiewet"),
            Map.entry("uitkering", "Participatiewet"),
            Map.entry("wmo", "Wmo 2015"),
            Map.entry("scootmobiel", "Wmo 2015"),
            Map.entry("huishoudelijke hulp", "Wmo 2015"),
            Map.entry("huurtoeslag", "Huurtoeslag"),
            Map.entry("toeslag", "Huurtoeslag"),
            Map.entry("schuld", "Schuldhulpverlening"),
            Map.entry("bewindvoerder", "Schuldhulpverlening"),
            Map.entry("jeugdzorg", "Jeugdwet"),
            Map.entry("jeugdhulp", "Jeugdwet"),
            Map.entry("jeugdbescherming", "Jeugdwet"),
            Map.entry("huurachterstand", "Bijzondere bijstand"),
            Map.entry("mantelzorg", "Wet langdurige zorg"));

    private final RandomGenerator random;

    ReviewTagger(RandomGenerator random) {
        this.random = random;
    }

    record Sizes(int releasedNotes, int regulationTags, int effectTags, int tagHistory, int insights, int insightNotes,
            int insightRevisions) {}

    private record Released(long id, String text, String category, long theme, long werkteam, Instant closedAt) {}

    Sizes tag(Connection c, double share, int insightCount) throws SQLException, IOException {
        c.setAutoCommit(false);
        Map<String, Long> regulations = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select name, id from regulation")) {
            while (rs.next()) {
                regulations.put(rs.getString(1), rs.getLong(2));
            }
        }
        List<Released> released = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("""
                        select n.note_id, n.text, n.category, n.theme_id, n.werkteam_id, c.closed_at
                        from released_note n join conversation c on c.id = n.conversation_id order by n.note_id
                        """)) {
            while (rs.next()) {
                released.add(new Released(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getLong(5), rs.getTimestamp(6).toInstant()));
            }
        }
        List<String> team = ReviewGenerator.TEAM_MEMBERS.stream().map(ReviewGenerator::username).toList();
        List<String> regulationNames = new ArrayList<>(regulations.keySet());
        regulationNames.sort(null);

        StringBuilder noteRegulation = new StringBuilder();
        StringBuilder noteEffect = new StringBuilder();
        StringBuilder history = new StringBuilder();
        int regulationTags = 0;
        int effectTags = 0;
        int historyRows = 0;
        List<Released> tagged = new ArrayList<>();
        for (Released note : released) {
            if (random.nextDouble() >= share) {
                continue;
            }
            tagged.add(note);
            String who = team.get(random.nextInt(team.size()));
            Instant at = note.closedAt().plus(1 + random.nextInt(60), ChronoUnit.DAYS);
            String lower = note.text().toLowerCase(Locale.ROOT);
            Set<String> tags = new LinkedHashSet<>();
            REGULATION_BY_WORD.forEach((word, regulation) -> {
                if (lower.contains(word)) {
                    tags.add(regulation);
                }
            });
            if (tags.isEmpty() || random.nextInt(10) == 0) {
                tags.add(regulationNames.get(random.nextInt(regulationNames.size())));
            }
            for (String regulation : tags) {
                long id = regulations.get(regulation);
                ReviewGenerator.csv(noteRegulation, note.id(), id, who, at);
                ReviewGenerator.csv(history, note.id(), "REGULATION_ADDED", id, null, who, at);
                regulationTags++;
                historyRows++;
            }
            // Most tagged notes get an effect too; which one follows the category.
            if (random.nextInt(10) < 8) {
                String effect = switch (note.category()) {
                    case "ideas" -> "POLICY_IDEA";
                    case "policy-effect" -> random.nextBoolean() ? "UNINTENDED_EFFECT" : "EXPERIENCED_BOTTLENECK";
                    case "experience" -> random.nextInt(10) < 7 ? "EXPERIENCED_BOTTLENECK" : "WORKS_WELL";
                    default -> random.nextBoolean() ? "EXPERIENCED_BOTTLENECK" : "WORKS_WELL";
                };
                ReviewGenerator.csv(noteEffect, note.id(), effect, who, at);
                ReviewGenerator.csv(history, note.id(), "EFFECT_SET", null, effect, who, at);
                effectTags++;
                historyRows++;
            }
        }
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        copy.copyIn("copy note_regulation (note_id, regulation_id, tagged_by, tagged_at) from stdin with (format csv)",
                new StringReader(noteRegulation.toString()));
        copy.copyIn("copy note_effect (note_id, effect, tagged_by, tagged_at) from stdin with (format csv)",
                new StringReader(noteEffect.toString()));
        copy.copyIn("copy tag_history (note_id, action, regulation_id, effect, actor, at) from stdin with (format csv)",
                new StringReader(history.toString()));
        c.commit();
        log.info("Tagged {} of {} released notes ({} regulation tags, {} effects)", tagged.size(), released.size(),
                regulationTags, effectTags);

        // Insights: per theme, from the tagged notes of that theme (the team links what it tagged).
        Map<Long, List<Released>> byTheme = new HashMap<>();
        for (Released note : tagged) {
            byTheme.computeIfAbsent(note.theme(), t -> new ArrayList<>()).add(note);
        }
        List<Long> themes = new ArrayList<>(byTheme.keySet());
        themes.sort(null);
        int links = 0;
        int revisions = 0;
        try (PreparedStatement insight = c.prepareStatement("""
                        insert into insight (title, body, theme_id, werkteam_id, status, version, created_by, created_at,
                            updated_by, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
                        """);
                PreparedStatement link = c.prepareStatement("insert into insight_note (insight_id, note_id) values (?, ?)");
                PreparedStatement revision = c.prepareStatement("""
                        insert into insight_revision (insight_id, version, title, body, theme_id, werkteam_id, status,
                            note_ids, edited_by, edited_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)) {
            for (int i = 0; i < insightCount; i++) {
                List<Released> pool = byTheme.get(themes.get(random.nextInt(themes.size())));
                Set<Released> notes = new LinkedHashSet<>();
                int wanted = 2 + random.nextInt(7);
                while (notes.size() < wanted) {
                    notes.add(pool.get(random.nextInt(pool.size())));
                }
                Released first = notes.iterator().next();
                String[] content = insightText(first, i);
                int version = 1 + (random.nextInt(10) < 4 ? 1 + random.nextInt(3) : 0);
                String status = random.nextInt(10) < 4 ? "ESTABLISHED" : "CONCEPT";
                String author = team.get(random.nextInt(team.size()));
                Instant created = notes.stream().map(Released::closedAt).max(Instant::compareTo).orElseThrow()
                        .plus(5 + random.nextInt(90), ChronoUnit.DAYS);
                Instant updated = created.plus(version - 1L, ChronoUnit.DAYS);
                insight.setString(1, content[0]);
                insight.setString(2, content[1]);
                insight.setLong(3, first.theme());
                insight.setLong(4, first.werkteam());
                insight.setString(5, status);
                insight.setInt(6, version);
                insight.setString(7, author);
                insight.setObject(8, java.sql.Timestamp.from(created));
                insight.setString(9, author);
                insight.setObject(10, java.sql.Timestamp.from(updated));
                long id;
                try (ResultSet rs = insight.executeQuery()) {
                    rs.next();
                    id = rs.getLong(1);
                }
                for (Released note : notes) {
                    link.setLong(1, id);
                    link.setLong(2, note.id());
                    link.addBatch();
                    links++;
                }
                Long[] ids = notes.stream().map(Released::id).toArray(Long[]::new);
                for (int v = 1; v <= version; v++) {
                    revision.setLong(1, id);
                    revision.setInt(2, v);
                    revision.setString(3, content[0]);
                    revision.setString(4, v == version ? content[1] : content[1] + " (eerdere versie " + v + ")");
                    revision.setLong(5, first.theme());
                    revision.setLong(6, first.werkteam());
                    revision.setString(7, v == version ? status : "CONCEPT");
                    Long[] versionIds = v == version ? ids : java.util.Arrays.copyOf(ids, Math.max(1, ids.length - (version - v)));
                    revision.setArray(8, c.createArrayOf("bigint", versionIds));
                    revision.setString(9, author);
                    revision.setObject(10, java.sql.Timestamp.from(created.plus(v - 1L, ChronoUnit.DAYS)));
                    revision.addBatch();
                    revisions++;
                }
            }
            link.executeBatch();
            revision.executeBatch();
        }
        c.commit();
        log.info("Inserted {} insights linking {} notes", insightCount, links);
        return new Sizes(released.size(), regulationTags, effectTags, historyRows, insightCount, links, revisions);
    }

    private String[] insightText(Released note, int i) {
        String lower = note.text().toLowerCase(Locale.ROOT);
        String topic = REGULATION_BY_WORD.keySet().stream().filter(lower::contains).findFirst().orElse("de wijk");
        String[] titles = {
            "Regels rond %s werken averechts voor mantelzorgers",
            "Eerder contact voorkomt escalatie bij %s",
            "Schaamte houdt mensen weg van hulp bij %s",
            "Eén vast aanspreekpunt helpt bij %s",
            "Brieven over %s worden niet begrepen",
            "Wachttijden bij %s vergroten de problemen"
        };
        String title = titles[random.nextInt(titles.length)].formatted(topic) + " (" + (i + 1) + ")";
        String body = "Aan meerdere tafels vertelden bewoners hetzelfde over " + topic
                + ". Wat we zien: de regels zijn bedoeld om te helpen, maar in de praktijk stapelen de gevolgen zich op."
                + " Wat werkt: iemand die langskomt, uitlegt en blijft tot het geregeld is.";
        return new String[] {title, body};
    }
}
