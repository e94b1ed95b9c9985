package nl.keukentafel.base;

import java.time.Duration;

/**
 * A refusal that passes: a limit on how fast someone may write was reached. The same request will
 * be taken after {@link #retryAfter()}, so a tablet keeps the note and sends it again by itself.
 */
public class TryAgainLaterException extends UserMessageException {

    private final Duration retryAfter;

    public TryAgainLaterException(Duration retryAfter, String messageKey, Object... params) {
        super(messageKey, params);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
