package nl.keukentafel.support;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.awaitility.core.ThrowingRunnable;

/**
 * Waits for a live board update to reach the mocked browser. Updates arrive from a background
 * thread through {@code UI.access}, which queues them while the test thread holds the session
 * lock; each poll runs that queue in the test thread and then checks the screen again.
 */
public final class LiveUpdates {

    private LiveUpdates() {}

    /** Runs the queued UI updates until the assertion holds (at most ten seconds). */
    public static void awaitOnScreen(ThrowingRunnable assertion) {
        Awaitility.await()
                .pollInSameThread()
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(25))
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> {
                    MockVaadin.runUIQueue();
                    assertion.run();
                });
    }
}
