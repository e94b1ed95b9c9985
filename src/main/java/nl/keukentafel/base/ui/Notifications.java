package nl.keukentafel.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import nl.keukentafel.base.UserMessageException;

/**
 * Short messages to the person at the screen, always translated. {@link #attempt} is the one place
 * where a refusal of a person's action becomes a message; refusals that escape a view reach the
 * session's error handler, which shows them the same way.
 */
public final class Notifications {

    private Notifications() {}

    public static void success(Component context, String key, Object... params) {
        success(context.getTranslation(key, params));
    }

    /** A success message that is already translated. */
    public static void success(String text) {
        show(text, NotificationVariant.SUCCESS);
    }

    /**
     * Runs a person's action. When a service refuses it ({@link UserMessageException}), the refusal
     * shows as an error message and nothing else happens; returns whether the action went through.
     */
    public static boolean attempt(Runnable action) {
        try {
            action.run();
            return true;
        } catch (UserMessageException refusal) {
            error(refusal);
            return false;
        }
    }

    /** Shows a service's refusal as an error message. */
    public static void error(UserMessageException refusal) {
        error(refusal.messageKey(), refusal.params());
    }

    /** An error message from a translation key, in the current screen's language. */
    static void error(String key, Object... params) {
        UI ui = UI.getCurrent();
        if (ui != null) {
            show(ui.getTranslation(key, params), NotificationVariant.ERROR);
        }
    }

    private static void show(String text, NotificationVariant variant) {
        Notification notification = new Notification(text, 5000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(variant);
        notification.setAssertive(variant == NotificationVariant.ERROR);
        notification.open();
    }
}
