package nl.keukentafel.base.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** Asking before an action that cannot be taken back: the action's button in red, "cancel" beside it. */
public final class Confirmations {

    private Confirmations() {}

    /** Opens the question; {@code onConfirm} runs only when the person confirms. */
    public static void confirmDestructive(String title, String explanation, String action, Runnable onConfirm) {
        ConfirmDialog dialog = new ConfirmDialog(title, explanation, action, e -> onConfirm.run());
        dialog.setCancelable(true);
        dialog.setCancelText(dialog.getTranslation("action.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }
}
