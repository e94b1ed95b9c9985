package nl.keukentafel.bench.review;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.random.RandomGenerator;
import nl.keukentafel.bench.review.DutchNotes.Topic;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills an empty, migrated database with closed conversations, their participants and their notes,
 * directly with SQL (COPY for the bulk), as the board would have left them: every change took the
 * next board sequence number ({@code conversation.last_seq}), participants first, then notes in
 * the order they were written, then the changes after writing (consent given in the consent
 * round, withdrawn and moderated notes). Released notes are not written here: the app's
 * ReviewIndex builds them through the release gate.
 */
final class ReviewGenerator {

    private static final Logger log = LoggerFactory.getLogger(ReviewGenerator.class);
    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    static final String CONSENT_VERSION = "2026-12-consent-per-note";
    /** Looks like a bcrypt hash; nobody logs in with these accounts. */
    private static final String HASH = "$2a$10$abcdefghijklmnopqrstuu3Bench.Review.Hash.Not.A.Real.One";

    static final List<String> FACILITATORS = List.of(
            "Marloes Verbeek", "Hamid Benali", "Joke van Leeuwen", "Tim Scholten", "Saskia Groen", "Orhan Demir");
    static final List<String> TEAM_MEMBERS = List.of("Eva Timmer", "Rik Hendriks", "Nora Aydin");

    /** Municipalities added to the four of V2, and neighbourhoods per municipality (V2 has Coolhaveneiland). */
    private static final Map<String, List<String>> NEIGHBOURHOODS = new LinkedHashMap<>();

    static {
        NEIGHBOURHOODS.put("Rotterdam", List.of(
                "Delfshaven", "Spangen", "Bospolder-Tussendijken", "Carnisse", "Tarwewijk", "Hillesluis",
                "Afrikaanderwijk", "Ommoord", "Pendrecht", "Lombardijen"));
        NEIGHBOURHOODS.put("Schiedam", List.of("Nieuwland", "Schiedam-Oost", "Groenoord", "Centrum"));
        NEIGHBOURHOODS.put("Vlaardingen", List.of("Westwijk", "Babberspolder", "Holy"));
        NEIGHBOURHOODS.put("Barendrecht", List.of("Carnisselande"));
        NEIGHBOURHOODS.put("Maassluis", List.of("Sluispolder"));
        NEIGHBOURHOODS.put("Capelle aan den IJssel", List.of("Schollevaar"));
        NEIGHBOURHOODS.put("Ridderkerk", List.of());
    }

    /** How the municipalities share the conversations (Rotterdam the most). */
    private static final Map<String, Integer> MUNICIPALITY_WEIGHT = Map.of(
            "Rotterdam", 50, "Schiedam", 15, "Vlaardingen", 12, "Barendrecht", 6, "Maassluis", 6,
            "Capelle aan den IJssel", 7, "Ridderkerk", 4);

    private static final List<String> ROLES = List.of(
            "RESIDENT", "ON_BEHALF_OF_RESIDENT", "POLICY_MAKER", "SOCIAL_ENTREPRENEUR", "PROFESSIONAL",
            "TEACHER_RESEARCHER", "STUDENT");
    private static final int[] ROLE_WEIGHT = {52, 9, 10, 5, 14, 4, 6};
    /** Residents write more than others. */
    private static final Map<String, Integer> WRITES = Map.of(
            "RESIDENT", 5, "ON_BEHALF_OF_RESIDENT", 4, "POLICY_MAKER", 2, "SOCIAL_ENTREPRENEUR", 3,
            "PROFESSIONAL", 3, "TEACHER_RESEARCHER", 2, "STUDENT", 2);
    private static final int[] CATEGORY_WEIGHT = {40, 18, 15, 17, 10};

    private static final Map<String, Topic> THEME_TOPIC = Map.of(
            "Mantelzorgboete (kostendelersnorm)", Topic.KOSTENDELERSNORM,
            "Voorkomen huisuitzetting", Topic.EVICTION,
            "Patronen doorbreken tussen generaties", Topic.GENERATIONS,
            "Eenzaamheid", Topic.LONELINESS,
            "Ontmoeting in de wijk", Topic.MEETING);
    /** Topics that come up at every kind of table. */
    private static final Map<Topic, List<Topic>> NEAR = Map.of(
            Topic.KOSTENDELERSNORM, List.of(Topic.MANTELZORG, Topic.DEBTS, Topic.WMO),
            Topic.EVICTION, List.of(Topic.DEBTS, Topic.HUURTOESLAG, Topic.JEUGDZORG),
            Topic.GENERATIONS, List.of(Topic.JEUGDZORG, Topic.DEBTS, Topic.LONELINESS),
            Topic.LONELINESS, List.of(Topic.MANTELZORG, Topic.WMO, Topic.MEETING),
            Topic.MEETING, List.of(Topic.LONELINESS, Topic.WMO, Topic.HUURTOESLAG));

    private final RandomGenerator random;
    private final DutchNotes texts;

    ReviewGenerator(RandomGenerator random) {
        this.random = random;
        this.texts = new DutchNotes(random);
    }

    record Sizes(int conversations, int participants, int notes, long millis) {}

    private record Place(long municipality, String municipalityName, Long neighbourhood, String neighbourhoodName) {}

    private record Theme(long id, long werkteam, String name) {}

    private record Seat(String tokenHash, String name, String role, long seq) {}

    private record Planned(long id, Theme theme, Place place, ZonedDateTime start, List<Seat> seats, int notes) {}

    Sizes generate(Connection c, int conversations, int totalNotes) throws SQLException, IOException {
        long started = System.nanoTime();
        c.setAutoCommit(false);
        referenceData(c);
        List<Long> facilitators = staff(c);
        List<Theme> themes = themes(c);
        List<Place> places = places(c);
        c.commit();

        // Notes per conversation around the mean (70 … 130), summing to exactly totalNotes.
        int[] noteCounts = new int[conversations];
        int mean = totalNotes / conversations;
        for (int i = 0; i < conversations; i += 2) {
            int d = random.nextInt(31);
            noteCounts[i] = mean + d;
            if (i + 1 < conversations) {
                noteCounts[i + 1] = mean - d;
            }
        }
        noteCounts[0] += totalNotes - java.util.Arrays.stream(noteCounts).sum();

        List<Planned> planned = new ArrayList<>();
        try (PreparedStatement insert = c.prepareStatement("""
                insert into conversation (title, resident_question, theme_id, werkteam_id, municipality_id,
                    neighbourhood_id, host_location, starts_at, template, status, phase, join_code, facilitator_id,
                    last_seq, created_at, went_live_at, closed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, 'KEUKENTAFEL', 'CLOSED', 'OPEN', null, ?, 0, ?, ?, ?)
                returning id
                """)) {
            LocalDate first = LocalDate.of(2023, 1, 9);
            LocalDate last = LocalDate.of(2026, 11, 27);
            long days = last.toEpochDay() - first.toEpochDay();
            for (int i = 0; i < conversations; i++) {
                // More conversations in later years: the square root skews the days towards the end.
                LocalDate day = first.plusDays((long) (Math.sqrt(random.nextDouble()) * days));
                ZonedDateTime start = ZonedDateTime.of(day, LocalTime.of(9 + random.nextInt(11), random.nextBoolean() ? 0 : 30), ZONE);
                Theme theme = themes.get(random.nextInt(themes.size()));
                Place place = weightedPlace(places);
                Topic topic = THEME_TOPIC.getOrDefault(theme.name(), Topic.MEETING);
                insert.setString(1, title(theme, place, day));
                insert.setString(2, question(topic));
                insert.setLong(3, theme.id());
                insert.setLong(4, theme.werkteam());
                insert.setLong(5, place.municipality());
                insert.setObject(6, place.neighbourhood());
                insert.setString(7, place.neighbourhoodName() == null ? "Buurthuis" : "Buurthuis " + place.neighbourhoodName());
                insert.setObject(8, start.toOffsetDateTime());
                insert.setLong(9, facilitators.get(random.nextInt(facilitators.size())));
                insert.setObject(10, start.minusDays(7 + random.nextInt(30)).toOffsetDateTime());
                insert.setObject(11, start.toOffsetDateTime());
                insert.setObject(12, start.plusMinutes(90 + random.nextInt(60)).toOffsetDateTime());
                long id;
                try (ResultSet rs = insert.executeQuery()) {
                    rs.next();
                    id = rs.getLong(1);
                }
                int people = 6 + random.nextInt(10);
                List<Seat> seats = new ArrayList<>();
                for (int p = 0; p < people; p++) {
                    String role = weighted(ROLES, ROLE_WEIGHT);
                    boolean anonymous = random.nextInt(10) < 3;
                    String name = anonymous ? null
                            : texts.pick(DutchNotes.FIRST_NAMES) + (random.nextBoolean() ? "" : " " + texts.pick(DutchNotes.LAST_NAMES));
                    seats.add(new Seat(sha256(UUID.randomUUID().toString()), name, role, p + 1));
                }
                planned.add(new Planned(id, theme, place, start, seats, noteCounts[i]));
            }
        }
        c.commit();
        log.info("Inserted {} conversations", conversations);

        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        StringBuilder participants = new StringBuilder();
        int participantCount = 0;
        for (Planned p : planned) {
            for (Seat seat : p.seats()) {
                Instant joined = p.start().toInstant().plusSeconds(seat.seq() * 20);
                csv(participants, p.id(), seat.tokenHash(), seat.name(), seat.name() == null, seat.role(),
                        CONSENT_VERSION, joined, joined, seat.seq());
                participantCount++;
            }
        }
        copy.copyIn("copy participant (conversation_id, token_hash, display_name, anonymous, table_role,"
                + " consent_version, consented_at, joined_at, seq) from stdin with (format csv)",
                new StringReader(participants.toString()));
        Map<String, Long> participantIds = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select token_hash, id from participant")) {
            while (rs.next()) {
                participantIds.put(rs.getString(1), rs.getLong(2));
            }
        }
        c.commit();
        log.info("Inserted {} participants", participantCount);

        int noteCount = 0;
        StringBuilder notes = new StringBuilder(64 * 1024 * 1024);
        Map<Long, Long> lastSeq = new HashMap<>();
        for (Planned p : planned) {
            Topic main = THEME_TOPIC.getOrDefault(p.theme().name(), Topic.MEETING);
            List<Topic> near = NEAR.get(main);
            List<String> names = p.seats().stream().map(Seat::name).filter(n -> n != null).toList();
            int[] writes = p.seats().stream().mapToInt(s -> WRITES.get(s.role())).toArray();
            long seq = p.seats().size();
            record Row(long participant, String category, String text, String status, String visibility, String tier,
                    long createdSeq, Instant createdAt) {}
            List<Row> rows = new ArrayList<>();
            Instant start = p.start().toInstant();
            long spanSeconds = 80 * 60;
            for (int n = 0; n < p.notes(); n++) {
                Seat author = weighted(p.seats(), writes);
                String category = weighted(DutchNotes.CATEGORIES, CATEGORY_WEIGHT);
                Topic topic = random.nextInt(10) < 7 ? main : near.get(random.nextInt(near.size()));
                String text = texts.note(category, topic,
                        p.place().neighbourhoodName() == null ? p.place().municipalityName() : p.place().neighbourhoodName(), names);
                int r = random.nextInt(100);
                String tier = r < 35 ? "TABLE_ONLY" : r < 80 ? "REPORT" : "CASE_BUNDLE";
                int s = random.nextInt(1000);
                String status = s < 20 ? "WITHDRAWN" : s < 30 ? "MODERATED" : "ACTIVE";
                String visibility = random.nextInt(100) < 3 ? "FACILITATOR_ONLY" : "EVERYONE";
                seq++;
                rows.add(new Row(participantIds.get(author.tokenHash()), category, text, status, visibility, tier, seq,
                        start.plusSeconds(600 + spanSeconds * n / p.notes())));
            }
            // After writing: the consent round (every note that leaves the table changed once), then
            // withdrawals and moderation; each change takes the next sequence number.
            Instant end = start.plusSeconds(600 + spanSeconds + 300);
            for (Row row : rows) {
                long noteSeq = row.createdSeq();
                Instant updated = row.createdAt();
                if (!row.tier().equals("TABLE_ONLY") || !row.status().equals("ACTIVE")) {
                    noteSeq = ++seq;
                    updated = end.plusSeconds(seq - p.seats().size() - p.notes());
                }
                csv(notes, p.id(), UUID.randomUUID(), row.participant(), row.category(), row.text(), row.status(),
                        row.visibility(), row.tier(), row.createdSeq(), noteSeq, row.createdAt(), updated);
                noteCount++;
            }
            lastSeq.put(p.id(), seq);
        }
        copy.copyIn("copy note (conversation_id, client_id, participant_id, category, text, status, visibility,"
                + " consent_tier, created_seq, seq, created_at, updated_at) from stdin with (format csv)",
                new StringReader(notes.toString()));
        try (PreparedStatement update = c.prepareStatement("update conversation set last_seq = ? where id = ?")) {
            for (Map.Entry<Long, Long> e : lastSeq.entrySet()) {
                update.setLong(1, e.getValue());
                update.setLong(2, e.getKey());
                update.addBatch();
            }
            update.executeBatch();
        }
        c.commit();
        log.info("Inserted {} notes", noteCount);
        return new Sizes(conversations, participantCount, noteCount, (System.nanoTime() - started) / 1_000_000);
    }

    private void referenceData(Connection c) throws SQLException {
        try (PreparedStatement m = c.prepareStatement(
                        "insert into municipality (name) values (?) on conflict (name) do nothing");
                PreparedStatement n = c.prepareStatement("""
                        insert into neighbourhood (municipality_id, name)
                        values ((select id from municipality where name = ?), ?) on conflict do nothing
                        """)) {
            for (Map.Entry<String, List<String>> e : NEIGHBOURHOODS.entrySet()) {
                m.setString(1, e.getKey());
                m.executeUpdate();
                for (String name : e.getValue()) {
                    n.setString(1, e.getKey());
                    n.setString(2, name);
                    n.executeUpdate();
                }
            }
        }
    }

    private List<Long> staff(Connection c) throws SQLException {
        List<Long> facilitators = new ArrayList<>();
        try (PreparedStatement insert = c.prepareStatement(
                "insert into staff_account (username, display_name, password_hash, roles) values (?, ?, ?, ?::text[]) returning id")) {
            for (String name : FACILITATORS) {
                insert.setString(1, username(name));
                insert.setString(2, name);
                insert.setString(3, HASH);
                insert.setString(4, "{FACILITATOR}");
                try (ResultSet rs = insert.executeQuery()) {
                    rs.next();
                    facilitators.add(rs.getLong(1));
                }
            }
            for (String name : TEAM_MEMBERS) {
                insert.setString(1, username(name));
                insert.setString(2, name);
                insert.setString(3, HASH);
                insert.setString(4, "{TEAM_MEMBER}");
                insert.executeQuery().close();
            }
        }
        return facilitators;
    }

    static String username(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).replace(' ', '.');
    }

    private List<Theme> themes(Connection c) throws SQLException {
        List<Theme> themes = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select id, werkteam_id, name from theme order by id")) {
            while (rs.next()) {
                themes.add(new Theme(rs.getLong(1), rs.getLong(2), rs.getString(3)));
            }
        }
        return themes;
    }

    private List<Place> places(Connection c) throws SQLException {
        List<Place> places = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("""
                        select m.id, m.name, n.id, n.name from municipality m
                        left join neighbourhood n on n.municipality_id = m.id
                        union all select m.id, m.name, null, null from municipality m
                        order by 1, 3 nulls first
                        """)) {
            while (rs.next()) {
                places.add(new Place(rs.getLong(1), rs.getString(2), rs.getObject(3, Long.class), rs.getString(4)));
            }
        }
        return places;
    }

    /** A municipality by weight, then one of its neighbourhoods, or none (about one in three). */
    private Place weightedPlace(List<Place> places) {
        List<String> names = new ArrayList<>(MUNICIPALITY_WEIGHT.keySet());
        names.sort(null);
        int[] weights = names.stream().mapToInt(MUNICIPALITY_WEIGHT::get).toArray();
        String municipality = weighted(names, weights);
        List<Place> candidates = places.stream().filter(p -> p.municipalityName().equals(municipality)).toList();
        List<Place> withNeighbourhood = candidates.stream().filter(p -> p.neighbourhood() != null).toList();
        if (withNeighbourhood.isEmpty() || random.nextInt(3) == 0) {
            return candidates.stream().filter(p -> p.neighbourhood() == null).findFirst().orElseThrow();
        }
        return withNeighbourhood.get(random.nextInt(withNeighbourhood.size()));
    }

    private String title(Theme theme, Place place, LocalDate day) {
        String where = place.neighbourhoodName() == null ? place.municipalityName() : place.neighbourhoodName();
        return theme.name() + " in " + where + " (" + day + ")";
    }

    private String question(Topic topic) {
        return switch (topic) {
            case KOSTENDELERSNORM -> "Mijn uitkering ging omlaag toen ik voor mijn moeder ging zorgen. Waarom?";
            case EVICTION -> "Hoe voorkomen we dat gezinnen in deze wijk hun huis uit moeten?";
            case GENERATIONS -> "Hoe doorbreken we wat van ouder op kind overgaat?";
            case LONELINESS -> "Hoe komen mensen die alleen zijn weer in contact met de buurt?";
            default -> "Hoe vinden bewoners, wijkteams en beleidsmakers elkaar in de wijk?";
        };
    }

    private <T> T weighted(List<T> values, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return values.get(i);
            }
        }
        return values.getLast();
    }

    /** Appends one CSV line; null becomes an empty unquoted field (NULL in COPY's csv format). */
    static void csv(StringBuilder out, Object... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            Object f = fields[i];
            if (f == null) {
                continue;
            }
            String s = f.toString();
            if (f instanceof String) {
                out.append('"').append(s.replace("\"", "\"\"")).append('"');
            } else {
                out.append(s);
            }
        }
        out.append('\n');
    }

    static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
