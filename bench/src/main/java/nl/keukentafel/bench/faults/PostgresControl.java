package nl.keukentafel.bench.faults;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.keukentafel.bench.BenchDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops and starts the embedded PostgreSQL under the running app with its own {@code pg_ctl}, and
 * ends its LISTEN connections. pg_ctl refuses to run as root, as the bench does here; like zonky's
 * embedded PostgreSQL itself, the suite runs it in a user namespace ({@code unshare -U}), where it
 * is not root. The postmaster is started again on the same data directory, port and settings (read
 * from its command line in /proc) and recovers from its WAL as after a crash; at the end zonky's
 * own {@code pg_ctl stop} stops whichever postmaster runs on the data directory.
 */
final class PostgresControl {

    private static final Logger log = LoggerFactory.getLogger(PostgresControl.class);

    private final BenchDatabase db;
    private final Path dataDir;
    private final Path pgCtl;
    private final String serverOptions;
    private final Path logFile;

    PostgresControl(BenchDatabase db, Path logFile) throws SQLException, IOException {
        this.db = db;
        this.logFile = logFile;
        try (Connection c = db.connect();
                Statement statement = c.createStatement();
                ResultSet rs = statement.executeQuery("show data_directory")) {
            rs.next();
            this.dataDir = Path.of(rs.getString(1));
        }
        byte[] cmdline = Files.readAllBytes(Path.of("/proc/" + postmasterPid() + "/cmdline"));
        List<String> command = new ArrayList<>(Arrays.asList(new String(cmdline, StandardCharsets.UTF_8).split("\0")));
        command.removeIf(String::isEmpty);
        this.pgCtl = Path.of(command.getFirst()).resolveSibling("pg_ctl");
        // Everything after "postgres -D <dir>": port, -F, and the -c settings.
        List<String> options = new ArrayList<>(command.subList(1, command.size()));
        int d = options.indexOf("-D");
        if (d >= 0) {
            options.remove(d + 1);
            options.remove(d);
        }
        this.serverOptions = String.join(" ", options);
        log.info("PostgreSQL postmaster pid {}, data {}, options '{}'", postmasterPid(), dataDir, serverOptions);
    }

    /** The running postmaster's pid, from postmaster.pid in the data directory. */
    long postmasterPid() throws IOException {
        return Long.parseLong(
                Files.readAllLines(dataDir.resolve("postmaster.pid")).getFirst().strip());
    }

    /** {@code pg_ctl stop -m immediate}: the postmaster and every backend quit at once, no checkpoint. */
    void stopImmediately() throws IOException, InterruptedException {
        long pid = postmasterPid();
        pgCtl("-D", dataDir.toString(), "stop", "-m", "immediate", "-w", "-t", "30");
        ProcessHandle.of(pid).ifPresent(handle -> handle.onExit().join());
        log.info("PostgreSQL stopped immediately (pg_ctl stop -m immediate; postmaster {} gone)", pid);
    }

    /** {@code pg_ctl start} with the original settings; returns once it accepts connections. */
    void start(Duration timeout) throws IOException, InterruptedException {
        pgCtl(
                "-D",
                dataDir.toString(),
                "-o",
                serverOptions,
                "-l",
                logFile.toString(),
                "-w",
                "-t",
                Long.toString(timeout.toSeconds()),
                "start");
        try (Connection c = db.connect()) {
            log.info("PostgreSQL accepts connections again (postmaster {})", postmasterPid());
        } catch (SQLException e) {
            throw new IOException("PostgreSQL started but does not accept connections (see " + logFile + ")", e);
        }
    }

    /** Ends every backend that runs LISTEN (each app node's notification connection); returns how many. */
    int terminateListeners() throws SQLException {
        try (Connection c = db.connect();
                Statement statement = c.createStatement();
                ResultSet rs = statement.executeQuery("""
                        select count(*) filter (where pg_terminate_backend(pid))
                        from pg_stat_activity
                        where backend_type = 'client backend' and pid <> pg_backend_pid()
                          and query ilike 'listen %'
                        """)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Backends that run LISTEN now. */
    int listeners() throws SQLException {
        try (Connection c = db.connect();
                Statement statement = c.createStatement();
                ResultSet rs = statement.executeQuery("""
                        select count(*) from pg_stat_activity
                        where backend_type = 'client backend' and query ilike 'listen %'
                        """)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private void pgCtl(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("unshare", "-U", pgCtl.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .start();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("pg_ctl " + String.join(" ", args) + " did not finish in 90 s");
        }
        if (process.exitValue() != 0) {
            throw new IOException("pg_ctl " + String.join(" ", args) + " failed with " + process.exitValue() + " (see "
                    + logFile + ")");
        }
    }
}
