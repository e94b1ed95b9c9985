package nl.keukentafel.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The benchmark's PostgreSQL: embedded (durable commits) unless an external one is given. Boards and
 * participants are inserted here directly with SQL, off the measured path, keeping
 * {@code conversation.last_seq} consistent with the rows' sequence numbers as the app does.
 */
public final class BenchDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(BenchDatabase.class);
    private static final String CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A participant as the load generator knows it: the secret stays here, only its hash is stored. */
    public record Seat(long participantId, String secret, String name) {}

    /** A live board with its join code and seated participants. */
    public record Board(int index, long conversationId, String code, List<Seat> seats) {}

    private final @Nullable EmbeddedPostgres embedded;
    public final String url;
    public final String user;
    public final String password;

    private BenchDatabase(@Nullable EmbeddedPostgres embedded, String url, String user, String password) {
        this.embedded = embedded;
        this.url = url;
        this.user = user;
        this.password = password;
    }

    public static BenchDatabase embedded() throws IOException {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("fsync", "on")
                .setServerConfig("max_connections", "300")
                .setServerConfig("timezone", "UTC")
                .start();
        String url = postgres.getJdbcUrl("postgres", "postgres");
        log.info("Embedded PostgreSQL at {} (fsync on, synchronous_commit on)", url);
        return new BenchDatabase(postgres, url, "postgres", "postgres");
    }

    static BenchDatabase external(String url, String user, String password) {
        return new BenchDatabase(null, url, user, password);
    }

    boolean isEmbedded() {
        return embedded != null;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** Inserts live boards with participants; each board gets a fresh join code. */
    public List<Board> createBoards(int count, int participants, String label) throws SQLException {
        List<Board> boards = new ArrayList<>();
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            long admin = single(c, "select id from staff_account where username = 'benchadmin'");
            long theme = single(c, "select min(id) from theme");
            long werkteam = single(c, "select min(id) from werkteam");
            long municipality = single(c, "select min(id) from municipality");
            for (int b = 0; b < count; b++) {
                String code = freeCode(c);
                long conversation;
                try (PreparedStatement insert = c.prepareStatement("""
                        insert into conversation (title, resident_question, theme_id, werkteam_id, municipality_id,
                            starts_at, template, status, join_code, facilitator_id, went_live_at, last_seq)
                        values (?, ?, ?, ?, ?, now(), 'KEUKENTAFEL', 'LIVE', ?, ?, now(), 0)
                        returning id
                        """)) {
                    insert.setString(1, "Bench " + label + " board " + b);
                    insert.setString(2, "Benchmark board: how fast does a note reach every screen?");
                    insert.setLong(3, theme);
                    insert.setLong(4, werkteam);
                    insert.setLong(5, municipality);
                    insert.setString(6, code);
                    insert.setLong(7, admin);
                    conversation = single(insert);
                }
                List<Seat> seats = new ArrayList<>();
                for (int p = 0; p < participants; p++) {
                    long seq;
                    try (PreparedStatement next = c.prepareStatement(
                            "update conversation set last_seq = last_seq + 1 where id = ? returning last_seq")) {
                        next.setLong(1, conversation);
                        seq = single(next);
                    }
                    String secret = newSecret();
                    String name = "Bench b" + b + " p" + p;
                    try (PreparedStatement insert = c.prepareStatement("""
                            insert into participant (conversation_id, token_hash, display_name, anonymous, table_role,
                                consent_version, consented_at, seq)
                            values (?, ?, ?, false, 'RESIDENT', '2026-11-table-only', now(), ?)
                            returning id
                            """)) {
                        insert.setLong(1, conversation);
                        insert.setString(2, sha256(secret));
                        insert.setString(3, name);
                        insert.setLong(4, seq);
                        seats.add(new Seat(single(insert), secret, name));
                    }
                }
                boards.add(new Board(b, conversation, code, List.copyOf(seats)));
            }
            c.commit();
        }
        return boards;
    }

    /** The board's active notes in board order (created_seq), as the checker compares them. */
    public List<String> activeNotes(long conversationId) throws SQLException {
        try (Connection c = connect();
                PreparedStatement query = c.prepareStatement(
                        "select text from note where conversation_id = ? and status = 'ACTIVE' order by created_seq")) {
            query.setLong(1, conversationId);
            List<String> texts = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    texts.add(rs.getString(1));
                }
            }
            return texts;
        }
    }

    /** Ends the boards of a finished repeat so their join codes are free again. */
    public void closeBoards(List<Board> boards) throws SQLException {
        try (Connection c = connect();
                PreparedStatement close = c.prepareStatement(
                        "update conversation set status = 'CLOSED', join_code = null, closed_at = now() where id = ?")) {
            for (Board board : boards) {
                close.setLong(1, board.conversationId());
                close.addBatch();
            }
            close.executeBatch();
        }
    }

    private static String freeCode(Connection c) throws SQLException {
        while (true) {
            StringBuilder code = new StringBuilder();
            for (int i = 0; i < 6; i++) {
                code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
            }
            try (PreparedStatement query =
                    c.prepareStatement("select count(*) from conversation where join_code = ?")) {
                query.setString(1, code.toString());
                if (single(query) == 0) {
                    return code.toString();
                }
            }
        }
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (PreparedStatement query = c.prepareStatement(sql)) {
            return single(query);
        }
    }

    private static long single(PreparedStatement statement) throws SQLException {
        try (ResultSet rs = statement.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("No row for " + statement);
            }
            return rs.getLong(1);
        }
    }

    private static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String sha256(String secret) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    @Override
    public void close() throws IOException {
        if (embedded != null) {
            embedded.close();
        }
    }
}
