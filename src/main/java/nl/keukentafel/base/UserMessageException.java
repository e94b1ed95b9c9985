package nl.keukentafel.base;

import java.util.Arrays;

/**
 * A refusal meant for the person at the screen: carries a translation key (and its parameters)
 * rather than text, so views show it in the user's language and never as a stack trace.
 */
public class UserMessageException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] params;

    public UserMessageException(String messageKey, Object... params) {
        super(messageKey + (params.length == 0 ? "" : " " + Arrays.toString(params)));
        this.messageKey = messageKey;
        this.params = params.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] params() {
        return params.clone();
    }
}
