package nl.keukentafel.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After a kill -9 of the application its PostgreSQL keeps running and holds the data directory;
 * the next start must stop it without losing committed data.
 */
class EmbeddedPostgresServerTest {

    @TempDir
    Path temp;

    private Process orphanJvm;
    private Process bystander;

    @AfterEach
    void stopLeftovers() throws Exception {
        for (Process process : new Process[] {orphanJvm, bystander}) {
            if (process != null && process.isAlive()) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
        Path pidFile = temp.resolve("data").resolve("postmaster.pid");
        if (Files.exists(pidFile)) {
            EmbeddedPostgresServer.stopOrphanPostmaster(temp.resolve("data"));
        }
    }

    /** Starts PostgreSQL on {@code dataDir} in another JVM and waits until it accepts connections. */
    private Process startPostgresInAnotherJvm(Path dataDir) throws IOException {
        Process jvm = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        OrphanedPostgres.class.getName(),
                        dataDir.toString())
                .redirectErrorStream(true)
                .redirectOutput(temp.resolve("orphan-jvm.log").toFile())
                .start();
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(200))
                .failFast("the JVM starting PostgreSQL died", () -> !jvm.isAlive())
                .until(() -> postmasterStatus(dataDir).equals("ready"));
        return jvm;
    }

    /** The last line of postmaster.pid: "ready" once PostgreSQL accepts connections. */
    private static String postmasterStatus(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return "";
        }
        List<String> lines = Files.readAllLines(pidFile);
        return lines.size() >= 8 ? lines.get(7).trim() : "";
    }

    private static long postmasterPid(Path dataDir) throws IOException {
        return Long.parseLong(
                Files.readAllLines(dataDir.resolve("postmaster.pid")).getFirst().trim());
    }

    private static int postmasterPort(Path dataDir) throws IOException {
        return Integer.parseInt(
                Files.readAllLines(dataDir.resolve("postmaster.pid")).get(3).trim());
    }

    private static boolean isAlive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private static void writePidFile(Path dataDir, long pid) throws IOException {
        Files.createDirectories(dataDir);
        Files.writeString(
                dataDir.resolve("postmaster.pid"),
                pid + "\n" + dataDir + "\n1700000000\n5432\n/tmp\nlocalhost\n  1234   5678\nready   \n");
    }

    @Test
    void anOrphanedPostmasterIsStoppedAndItsCommittedDataSurvives() throws Exception {
        Path dataDir = temp.resolve("data");
        orphanJvm = startPostgresInAnotherJvm(dataDir);
        long postmaster = postmasterPid(dataDir);
        String jdbcUrl = "jdbc:postgresql://localhost:" + postmasterPort(dataDir) + "/postgres";
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute("create table note (text text not null)");
            statement.execute("insert into note values ('Wat helpt is dat iemand echt luistert')");
        }

        orphanJvm.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertThat(orphanJvm.isAlive()).isFalse();
        assertThat(isAlive(postmaster))
                .as("the postmaster outlives its killed JVM")
                .isTrue();

        EmbeddedPostgresServer.stopOrphanPostmaster(dataDir);

        assertThat(isAlive(postmaster)).as("orphaned postmaster stopped").isFalse();
        assertThat(dataDir.resolve("postmaster.pid")).doesNotExist();
        try (EmbeddedPostgres restarted = EmbeddedPostgres.builder()
                        .setDataDirectory(dataDir)
                        .setCleanDataDirectory(false)
                        .start();
                Connection connection = restarted.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement();
                ResultSet notes = statement.executeQuery("select text from note")) {
            assertThat(notes.next()).isTrue();
            assertThat(notes.getString("text")).isEqualTo("Wat helpt is dat iemand echt luistert");
        }
    }

    @Test
    void aStalePidFileOfADeadProcessIsRemoved() throws Exception {
        Path dataDir = temp.resolve("data");
        Process finished = new ProcessBuilder("true").start();
        finished.waitFor(10, TimeUnit.SECONDS);
        writePidFile(dataDir, finished.pid());

        EmbeddedPostgresServer.stopOrphanPostmaster(dataDir);

        assertThat(dataDir.resolve("postmaster.pid")).doesNotExist();
    }

    @Test
    void aPidFileNamingAnotherLiveProcessIsRemovedWithoutTouchingThatProcess() throws Exception {
        Path dataDir = temp.resolve("data");
        bystander = new ProcessBuilder("sleep", "300").start();
        writePidFile(dataDir, bystander.pid());

        EmbeddedPostgresServer.stopOrphanPostmaster(dataDir);

        assertThat(dataDir.resolve("postmaster.pid")).doesNotExist();
        assertThat(bystander.isAlive())
                .as("a process that is not PostgreSQL is left alone")
                .isTrue();
    }

    @Test
    void anEmptyOrGarbledPidFileIsRemoved() throws Exception {
        Path dataDir = temp.resolve("data");
        Files.createDirectories(dataDir);
        Files.writeString(dataDir.resolve("postmaster.pid"), "");
        EmbeddedPostgresServer.stopOrphanPostmaster(dataDir);
        assertThat(dataDir.resolve("postmaster.pid")).doesNotExist();

        Files.writeString(dataDir.resolve("postmaster.pid"), "not-a-pid\n");
        EmbeddedPostgresServer.stopOrphanPostmaster(dataDir);
        assertThat(dataDir.resolve("postmaster.pid")).doesNotExist();
    }

    @Test
    void aDataDirectoryWithoutPidFileIsLeftAsItIs() throws Exception {
        Path dataDir = temp.resolve("data");
        Files.createDirectories(dataDir);
        Files.writeString(dataDir.resolve("PG_VERSION"), "17\n");

        EmbeddedPostgresServer.stopOrphanPostmaster(dataDir);

        assertThat(dataDir)
                .isDirectoryContaining(p -> p.getFileName().toString().equals("PG_VERSION"));
    }
}
