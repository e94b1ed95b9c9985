package nl.keukentafel.board;

import nl.keukentafel.security.SystemTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Starts the retention run on every node at the configured time ({@code
 * keukentafel.privacy.retention-cron}); the run's advisory lock lets only one node do the work.
 */
@Component
class RetentionSchedule {

    private static final Logger log = LoggerFactory.getLogger(RetentionSchedule.class);

    private final RetentionService retention;

    RetentionSchedule(RetentionService retention) {
        this.retention = retention;
    }

    @Scheduled(cron = "${keukentafel.privacy.retention-cron}")
    void run() {
        RetentionService.RetentionRun run = SystemTask.call("retention", retention::run);
        log.info(
                "Retention run: {} conversations, {} notes erased, {} notes kept redacted",
                run.conversations(),
                run.notesErased(),
                run.notesRedacted());
    }
}
