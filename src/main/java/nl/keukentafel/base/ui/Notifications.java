package nl.keukentafel.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import nl.keukentafel.base.UserMessageException;

/** Short messages to the person at the screen, always translated. */
public final class Notifications {

    private Notifications() {}

    public static void success(Component context, String key, Object... params) {
        success(context.getTranslation(key, params));
    }

    /** A success message that is already translated. */
    public static void success(String text) {
        show(text, NotificationVariant.SUCCESS);
    }

    public static void error(Component context, UserMessageException error) {
        show(context.getTranslation(error.messageKey(), error.params()), NotificationVariant.ERROR);
    }

    private static void show(String text, NotificationVariant variant) {
        Notification notification = new Notification(text, 5000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(variant);
        notification.setAssertive(variant == NotificationVariant.ERROR);
        notification.open();
    }
}
