package nl.keukentafel.bench.review;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The review benchmark's PostgreSQL 17 (zonky, the same binaries as the app's embedded database),
 * with a data directory that survives between the generating and the measuring run, so the
 * measurement can start from the generated database without generating again.
 */
final class ReviewDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ReviewDatabase.class);

    private final EmbeddedPostgres postgres;
    final String url;
    final String user = "postgres";
    final String password = "postgres";
    final int port;

    private ReviewDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
        this.port = postgres.getPort();
        this.url = postgres.getJdbcUrl("postgres", "postgres");
    }

    /**
     * Starts PostgreSQL on {@code dataDir}; {@code fresh} wipes it first. {@code bulkLoad} turns fsync
     * off (generation only: the measured run always starts with fsync and synchronous commits on).
     */
    static ReviewDatabase start(Path dataDir, int port, boolean fresh, boolean bulkLoad) throws IOException {
        Files.createDirectories(dataDir.getParent());
        if (fresh && Files.exists(dataDir)) {
            // zonky's own "clean data directory" would also delete it on close; the data must stay.
            try (var paths = Files.walk(dataDir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setServerConfig("timezone", "UTC")
                .setServerConfig("max_connections", "50")
                .setServerConfig("fsync", bulkLoad ? "off" : "on")
                .setServerConfig("synchronous_commit", bulkLoad ? "off" : "on")
                .setServerConfig("full_page_writes", bulkLoad ? "off" : "on");
        if (bulkLoad) {
            builder.setServerConfig("max_wal_size", "4GB").setServerConfig("maintenance_work_mem", "256MB");
        }
        EmbeddedPostgres postgres = builder.start();
        ReviewDatabase db = new ReviewDatabase(postgres);
        log.info("PostgreSQL at {} (data {}, {})", db.url, dataDir, bulkLoad ? "bulk load: fsync off" : "fsync on");
        return db;
    }

    /** The app's own migrations (V1 … V6), as the app runs them at start. */
    void migrate() {
        Flyway.configure()
                .dataSource(url, user, password)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
