package nl.keukentafel.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;

/**
 * The text size choice on resident screens: A, A+ and A++ (100 %, 125 %, 150 %), remembered in this
 * browser. The buttons work in the browser alone ({@code scripts/keukentafel-help.js}), and every
 * page applies the remembered size before it draws ({@link TextSizeBootstrap}).
 */
public class TextSize extends Div {

    public TextSize() {
        addClassName("text-size");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", getTranslation("text-size.label"));
        add(
                size("m", "A", "text-size.normal"),
                size("l", "A+", "text-size.larger"),
                size("xl", "A++", "text-size.largest"));
    }

    private NativeButton size(String key, String shown, String labelKey) {
        NativeButton button = new NativeButton(shown);
        button.getElement().setAttribute("type", "button");
        button.getElement().setAttribute("data-text-size", key);
        button.getElement().setAttribute("aria-label", getTranslation(labelKey));
        button.addClassName("text-size-" + key);
        return button;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        ReadAloud.load(attachEvent.getUI());
        // Once the buttons are in the page (after the script): show which size is on.
        getElement()
                .executeJs("window.keukentafelHelp && window.keukentafelHelp.applySize("
                        + "document.documentElement.dataset.textSize || 'm')");
    }
}
