package nl.keukentafel.base;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.LoggingEventBuilder;

/**
 * Structured log lines for security-relevant events (logins, failed logins, admin actions). Each
 * line carries an {@code event} key and key-value pairs; with
 * {@code logging.structured.format.console=ecs} they become JSON fields. Never log note texts or
 * passwords here.
 *
 * <p>Values can come from whoever is on the other side (a typed account name, a header), so each
 * is written as {@link #safe(Object)} makes it: one line that cannot pose as another entry.
 */
public final class AuditLog {

    /** Longest value written; anything longer is cut and marked. */
    static final int MAX_VALUE_LENGTH = 120;

    private static final Logger log = LoggerFactory.getLogger("nl.keukentafel.audit");

    private AuditLog() {}

    /** Logs {@code event} with alternating key/value pairs, e.g. {@code ("login.failed", "user", u)}. */
    public static void event(String event, Object... keyValues) {
        LoggingEventBuilder builder = log.atInfo().addKeyValue("event", event);
        StringBuilder message = new StringBuilder("event=").append(event);
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            String value = safe(keyValues[i + 1]);
            builder = builder.addKeyValue(String.valueOf(keyValues[i]), value);
            message.append(' ').append(keyValues[i]).append('=').append(value);
        }
        builder.log(message.toString());
    }

    /**
     * A value as it is logged: unchanged when it is plain (letters, digits, {@code .-_:@/}),
     * otherwise in double quotes with quotes, backslashes, line breaks and other control or
     * invisible characters escaped ({@code \n}, {@code \u2028}); cut at {@value #MAX_VALUE_LENGTH}
     * characters.
     */
    public static String safe(Object value) {
        String text = String.valueOf(value);
        boolean cut = text.length() > MAX_VALUE_LENGTH;
        if (cut) {
            text = text.substring(0, MAX_VALUE_LENGTH);
        }
        if (!cut && !text.isEmpty() && text.chars().allMatch(AuditLog::plain)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8).append('"');
        text.chars().forEach(c -> {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.isISOControl(c)
                            || Character.getType(c) == Character.FORMAT
                            || Character.getType(c) == Character.LINE_SEPARATOR
                            || Character.getType(c) == Character.PARAGRAPH_SEPARATOR
                            || Character.isSurrogate((char) c)) {
                        out.append(String.format("\\u%04x", c));
                    } else {
                        out.append((char) c);
                    }
                }
            }
        });
        return out.append(cut ? "…\"" : "\"").toString();
    }

    private static boolean plain(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || ".-_:@/".indexOf(c) >= 0;
    }
}
