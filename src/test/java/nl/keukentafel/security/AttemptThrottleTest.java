package nl.keukentafel.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class AttemptThrottleTest {

    private static final Duration LONG = Duration.ofHours(1);

    private static void fail(AttemptThrottle throttle, String key, int times) {
        for (int i = 0; i < times; i++) {
            throttle.recordFailure(key);
        }
    }

    @Test
    void aKeyIsBlockedOnceItUsedUpItsCapacity() {
        AttemptThrottle throttle = new AttemptThrottle(3, LONG, 100);

        assertThat(throttle.isBlocked("account:jan")).isFalse();
        fail(throttle, "account:jan", 2);
        assertThat(throttle.isBlocked("account:jan")).isFalse();
        fail(throttle, "account:jan", 1);
        assertThat(throttle.isBlocked("account:jan")).isTrue();
        fail(throttle, "account:jan", 5);
        assertThat(throttle.isBlocked("account:jan")).isTrue();
    }

    @Test
    void keysAreCountedIndependently() {
        AttemptThrottle throttle = new AttemptThrottle(2, LONG, 100);

        fail(throttle, "account:jan", 2);
        fail(throttle, "account:piet", 1);

        assertThat(throttle.isBlocked("account:jan")).isTrue();
        assertThat(throttle.isBlocked("account:piet")).isFalse();
        assertThat(throttle.isBlocked("account:kees")).isFalse();
    }

    @Test
    void aBlockedKeyIsFreedAgainWhenItsBucketRefills() {
        AttemptThrottle throttle = new AttemptThrottle(1, Duration.ofMillis(300), 100);

        fail(throttle, "client:10.0.0.1", 1);
        assertThat(throttle.isBlocked("client:10.0.0.1")).isTrue();

        await().atMost(Duration.ofSeconds(5)).until(() -> !throttle.isBlocked("client:10.0.0.1"));
    }

    @Test
    void memoryIsBoundedByForgettingTheLeastRecentlyUsedKey() {
        AttemptThrottle throttle = new AttemptThrottle(1, LONG, 2);

        fail(throttle, "a", 1);
        fail(throttle, "b", 1);
        assertThat(throttle.isBlocked("a")).isTrue(); // "a" is now more recently used than "b"
        fail(throttle, "c", 1);

        assertThat(throttle.isBlocked("a")).isTrue();
        assertThat(throttle.isBlocked("c")).isTrue();
        assertThat(throttle.isBlocked("b"))
                .as("the least recently used key was forgotten")
                .isFalse();
    }

    @Test
    void manyKeysNeverGrowBeyondTheBound() {
        AttemptThrottle throttle = new AttemptThrottle(1, LONG, 10);

        for (int i = 0; i < 1_000; i++) {
            fail(throttle, "client:" + i, 1);
        }

        long stillBlocked = java.util.stream.IntStream.range(0, 1_000)
                .filter(i -> throttle.isBlocked("client:" + i))
                .count();
        assertThat(stillBlocked).isEqualTo(10);
        assertThat(throttle.isBlocked("client:999")).isTrue();
    }
}
