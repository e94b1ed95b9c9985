package nl.keukentafel.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Run in a separate JVM by {@link EmbeddedPostgresServerTest}: starts an embedded PostgreSQL on the
 * data directory given as the only argument and then waits to be killed with -9, leaving its
 * postmaster behind exactly as a killed application would.
 */
final class OrphanedPostgres {

    private OrphanedPostgres() {}

    static void main(String[] args) throws Exception {
        EmbeddedPostgres.builder()
                .setDataDirectory(Path.of(args[0]))
                .setCleanDataDirectory(false)
                .start();
        new CountDownLatch(1).await();
    }
}
