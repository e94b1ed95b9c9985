package nl.keukentafel.base;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.LoggingEventBuilder;

/**
 * Structured log lines for security-relevant events (logins, failed logins, admin actions). Each
 * line carries an {@code event} key and key-value pairs; with
 * {@code logging.structured.format.console=ecs} they become JSON fields. Never log note texts or
 * passwords here.
 */
public final class AuditLog {

    private static final Logger log = LoggerFactory.getLogger("nl.keukentafel.audit");

    private AuditLog() {}

    /** Logs {@code event} with alternating key/value pairs, e.g. {@code ("login.failed", "user", u)}. */
    public static void event(String event, Object... keyValues) {
        LoggingEventBuilder builder = log.atInfo().addKeyValue("event", event);
        StringBuilder message = new StringBuilder("event=").append(event);
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            builder = builder.addKeyValue(String.valueOf(keyValues[i]), keyValues[i + 1]);
            message.append(' ').append(keyValues[i]).append('=').append(keyValues[i + 1]);
        }
        builder.log(message.toString());
    }
}
