package nl.keukentafel.support;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.keukentafel.base.UserMessageException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Asserts that a service refuses with the message a person would see. */
public final class Refusals {

    private Refusals() {}

    public static void assertRefused(ThrowingCallable call, String messageKey) {
        assertThatThrownBy(call)
                .isInstanceOf(UserMessageException.class)
                .extracting(e -> ((UserMessageException) e).messageKey())
                .isEqualTo(messageKey);
    }
}
