package nl.keukentafel.board.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import nl.keukentafel.base.ui.Notifications;
import nl.keukentafel.board.FacilitationService;

/**
 * Asks the facilitator for a group's name, to start a group or rename one. A refusal (no name, too
 * long) shows as a message and keeps the dialog open with what was typed.
 */
class GroupDialog extends Dialog {

    GroupDialog(String title, String name, Consumer<String> save) {
        setHeaderTitle(title);
        TextField field = new TextField(getTranslation("fac.group.name"));
        field.setId("group-name");
        field.setValue(name);
        field.setMaxLength(FacilitationService.MAX_GROUP_NAME);
        field.setRequired(true);
        field.setWidthFull();
        add(field);
        Button ok = new Button(getTranslation("action.save"), e -> {
            if (Notifications.attempt(() -> save.accept(field.getValue()))) {
                close();
            }
        });
        ok.addThemeVariants(ButtonVariant.PRIMARY);
        ok.setId("group-save");
        ok.addClickShortcut(Key.ENTER).listenOn(field);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), ok);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                field.focus();
            }
        });
    }
}
