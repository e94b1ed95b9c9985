package nl.keukentafel.board;

import java.time.Duration;
import nl.keukentafel.base.AuditLog;
import nl.keukentafel.security.AttemptThrottle;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Wrong join codes are counted per client address and over all clients together. With six
 * characters from 31 there are about 887 million codes; at the overall limit guessing one would
 * take years.
 */
@Component
class JoinThrottle {

    private static final String EVERYONE = "everyone";

    private final AttemptThrottle perClient;
    private final AttemptThrottle overall;

    JoinThrottle(
            @Value("${keukentafel.join.max-wrong-codes-per-client:10}") int perClientLimit,
            @Value("${keukentafel.join.max-wrong-codes-overall:300}") int overallLimit,
            @Value("${keukentafel.join.throttle-period:10m}") Duration period) {
        this.perClient = new AttemptThrottle(perClientLimit, period, 10_000);
        this.overall = new AttemptThrottle(overallLimit, period, 1);
    }

    boolean isBlocked(String client) {
        return perClient.isBlocked(client) || overall.isBlocked(EVERYONE);
    }

    void recordFailure(String client) {
        perClient.recordFailure(client);
        overall.recordFailure(EVERYONE);
        AuditLog.event("join.wrong-code", "client", client);
    }
}
