package nl.keukentafel.base;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The clock that dated work reads (retention dates, the audit trail), as a bean so tests can move
 * time forward instead of waiting for it.
 */
@Configuration(proxyBeanMethods = false)
class SystemClock {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
