package nl.keukentafel.board;

import java.time.Duration;
import nl.keukentafel.base.AuditLog;
import nl.keukentafel.base.ClientAddress;
import nl.keukentafel.security.AttemptThrottle;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Wrong join codes, counted per client (an IPv4 address, or an IPv6 /64) and over all clients
 * together. A client that typed too many wrong codes waits. Other people's wrong codes never keep a
 * client out that has a right one: when the overall count is over its budget (someone is guessing
 * from many addresses), only clients that typed a wrong code themselves in this period wait, so each
 * guessing address gets one guess per period. The arithmetic is in docs/adr/0006.
 */
@Component
class JoinThrottle {

    private static final String EVERYONE = "everyone";

    private final AttemptThrottle perClient;
    private final AttemptThrottle overall;
    /** Clients that typed a wrong code in the last period: one attempt each, refilled per period. */
    private final AttemptThrottle recentGuessers;

    JoinThrottle(
            @Value("${keukentafel.join.max-wrong-codes-per-client:10}") int perClientLimit,
            @Value("${keukentafel.join.max-wrong-codes-overall:300}") int overallLimit,
            @Value("${keukentafel.join.throttle-period:10m}") Duration period) {
        this.perClient = new AttemptThrottle(perClientLimit, period, 50_000);
        this.overall = new AttemptThrottle(overallLimit, period, 1);
        this.recentGuessers = new AttemptThrottle(1, period, 50_000);
    }

    /** True when this client must wait before it may try a code. */
    boolean isBlocked(String client) {
        String key = ClientAddress.key(client);
        return perClient.isBlocked(key) || (overall.isBlocked(EVERYONE) && recentGuessers.isBlocked(key));
    }

    void recordFailure(String client) {
        String key = ClientAddress.key(client);
        perClient.recordFailure(key);
        recentGuessers.recordFailure(key);
        overall.recordFailure(EVERYONE);
        AuditLog.event("join.wrong-code", "client", key);
    }
}
