package nl.keukentafel.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock in tests: real time plus an offset a test can move forward, so dated
 * work (retention) is tested by moving time, not by waiting. Tests that move it put it back.
 */
public final class MovableClock extends Clock {

    private volatile Duration offset = Duration.ZERO;

    public void moveForward(Duration by) {
        offset = offset.plus(by);
    }

    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    /** Makes the movable clock the one the application reads in every test context. */
    @Configuration(proxyBeanMethods = false)
    static class Setup {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }
}
