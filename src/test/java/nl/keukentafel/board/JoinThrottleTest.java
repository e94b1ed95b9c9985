package nl.keukentafel.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@link JoinThrottle} with the production limits: 10 wrong codes per client, 300 overall, per 10 minutes. */
class JoinThrottleTest {

    private final JoinThrottle throttle = new JoinThrottle(10, 300, Duration.ofMinutes(10));

    @Test
    void aClientThatTypedTenWrongCodesWaits() {
        for (int i = 0; i < 10; i++) {
            assertThat(throttle.isBlocked("192.0.2.1")).isFalse();
            throttle.recordFailure("192.0.2.1");
        }
        assertThat(throttle.isBlocked("192.0.2.1")).isTrue();
        assertThat(throttle.isBlocked("192.0.2.2")).isFalse();
    }

    @Test
    void otherPeoplesWrongCodesNeverKeepOutAClientThatTypedNone() {
        // 300 wrong codes from 300 addresses: the overall budget is used up.
        for (int i = 0; i < 300; i++) {
            throttle.recordFailure("198.51." + (i / 250) + "." + (i % 250));
        }

        assertThat(throttle.isBlocked("203.0.113.5"))
                .as("a resident with the right code")
                .isFalse();
    }

    @Test
    void whileTheOverallBudgetIsUsedUpAGuessingAddressGetsOneGuess() {
        for (int i = 0; i < 300; i++) {
            throttle.recordFailure("10.1." + (i / 250) + "." + (i % 250));
        }

        assertThat(throttle.isBlocked("203.0.113.9")).isFalse();
        throttle.recordFailure("203.0.113.9");
        assertThat(throttle.isBlocked("203.0.113.9")).isTrue();
    }

    @Test
    void addressesInOneIpv6Slash64CountAsOneClient() {
        for (int i = 1; i <= 10; i++) {
            throttle.recordFailure("2001:db8:1:2::" + Integer.toHexString(i));
        }

        assertThat(throttle.isBlocked("2001:db8:1:2:abcd::1")).isTrue();
        assertThat(throttle.isBlocked("2001:db8:1:3::1")).isFalse();
    }
}
