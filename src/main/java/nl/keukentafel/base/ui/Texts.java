package nl.keukentafel.base.ui;

import com.vaadin.flow.component.HasText;
import java.util.Objects;

/** Text updates for live screens, which redraw on every board change. */
public final class Texts {

    private Texts() {}

    /**
     * Sets the text only when it differs: Vaadin replaces the text node even for the same words,
     * which costs server time and push bytes on every screen for every change.
     */
    public static void update(HasText component, String text) {
        if (!Objects.equals(component.getText(), text)) {
            component.setText(text);
        }
    }
}
