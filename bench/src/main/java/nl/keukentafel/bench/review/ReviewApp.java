package nl.keukentafel.bench.review;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import nl.keukentafel.bench.AppContexts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The app's own Spring context in the benchmark's JVM, against the benchmark database, without
 * the web server: the same beans (ReviewIndex, ReviewService, OverviewService, the release gate)
 * with the production configuration of application.properties. The retention run's schedule is
 * switched off, so no job changes the data while it is measured.
 */
final class ReviewApp {

    private static final Logger log = LoggerFactory.getLogger(ReviewApp.class);

    private ReviewApp() {}

    static ConfigurableApplicationContext start(ReviewDatabase db, SqlRecorder recorder) {
        SpringApplication app = AppContexts.withoutWebServer();
        app.addInitializers(context -> context.getBeanFactory().addBeanPostProcessor(recorder));
        List<String> args = AppContexts.arguments(db.url, db.user, db.password);
        args.addAll(List.of(
                "--logging.level.root=WARN",
                "--logging.level.nl.keukentafel=INFO",
                "--logging.level.nl.keukentafel.bench=INFO"));
        long start = System.nanoTime();
        ConfigurableApplicationContext context = app.run(args.toArray(String[]::new));
        log.info("App context started in {} ms", (System.nanoTime() - start) / 1_000_000);
        return context;
    }

    /**
     * Waits until the app's start-up work is done: the ReviewIndex catch-up (which rebuilds every
     * closed conversation after a detector change, e.g. from an older benchmark database) and the
     * first load of the in-memory facet counts, and the PDF renderer's warm-up. Measuring meanwhile
     * would measure the catch-up.
     */
    static void awaitStartUpWork(Duration timeout) throws InterruptedException {
        long start = System.nanoTime();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().equals("review-index-catch-up")
                    || thread.getName().equals("review-facets-warm-up")
                    || thread.getName().equals("report-pdf-warm-up")) {
                thread.join(timeout);
            }
        }
        log.info("Start-up work done after {} ms", (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * Waits until the app's ReviewIndex (its catch-up at start, ApplicationReadyEvent) has built the
     * released notes of {@code conversations} closed conversations.
     */
    static void awaitReleased(ReviewDatabase db, int conversations, Duration timeout)
            throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long lastLog = 0;
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            while (true) {
                int built;
                try (ResultSet rs = s.executeQuery("select count(*) from released_conversation")) {
                    rs.next();
                    built = rs.getInt(1);
                }
                if (built >= conversations) {
                    log.info("Released notes built for all {} conversations", built);
                    return;
                }
                if (System.nanoTime() - lastLog > 15_000_000_000L) {
                    log.info("Release gate: {} of {} conversations built", built, conversations);
                    lastLog = System.nanoTime();
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Only " + built + " of " + conversations
                            + " conversations were released within " + timeout);
                }
                Thread.sleep(1000);
            }
        }
    }
}
