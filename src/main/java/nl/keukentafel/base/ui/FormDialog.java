package nl.keukentafel.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.function.Supplier;

/**
 * A dialog with a form, Cancel and one primary button. The action returns the (translated) message
 * to show on success; a refusal shows as an error and keeps the dialog open, so nothing typed is
 * lost.
 */
public final class FormDialog {

    private FormDialog() {}

    public static Dialog open(
            String title,
            Component content,
            String actionLabel,
            String actionId,
            Supplier<String> action,
            Runnable afterSuccess) {
        Dialog dialog = new Dialog(title);
        Button confirm = new Button(
                actionLabel,
                e -> Notifications.attempt(() -> {
                    Notifications.success(action.get());
                    dialog.close();
                    afterSuccess.run();
                }));
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.setId(actionId);
        dialog.add(content);
        dialog.getFooter().add(new Button(dialog.getTranslation("action.cancel"), e -> dialog.close()), confirm);
        dialog.open();
        return dialog;
    }
}
