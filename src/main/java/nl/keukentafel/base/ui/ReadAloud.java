package nl.keukentafel.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * A "Lees voor" button: the browser reads {@code text} aloud with its own speech, in the page's
 * language ({@code scripts/keukentafel-help.js}; nothing goes to a server or another service).
 * Pressing it again stops. Hidden where the browser has no speech.
 */
public class ReadAloud extends NativeButton {

    /** The browser script behind these buttons and the text size buttons. */
    public static final String SCRIPT = "context://scripts/keukentafel-help.js";

    /**
     * @param what a few words on what is read (part of the accessible name, after the visible
     *     "Lees voor"), so a screen reader user can tell the buttons apart
     * @param text the text read aloud
     */
    public ReadAloud(String what, String text) {
        Span icon = new Span(VaadinIcon.VOLUME_UP.create());
        icon.getElement().setAttribute("aria-hidden", "true");
        icon.addClassName("read-aloud-icon");
        add(icon, new Span(getTranslation("read-aloud.button")));
        addClassName("read-aloud");
        getElement().setAttribute("type", "button");
        getElement().setAttribute("data-read", text);
        getElement().setAttribute("aria-pressed", "false");
        getElement().setAttribute("aria-label", getTranslation("read-aloud.label", what));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        load(attachEvent.getUI());
    }

    /** Loads the script once for the page; screens with read-aloud or text size buttons call it. */
    public static void load(UI ui) {
        ui.getPage().addJavaScript(SCRIPT);
    }
}
