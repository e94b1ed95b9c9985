package nl.keukentafel.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import nl.keukentafel.base.Languages;

/**
 * Chooses Dutch or English. The choice is kept in a cookie, so the browser keeps its language on
 * the next visit (read by {@link LocaleInitializer}); the page reloads to show every text anew.
 */
public class LanguageSwitch extends Select<Locale> {

    public LanguageSwitch() {
        setItems(Languages.SUPPORTED);
        setItemLabelGenerator(locale -> getTranslation("language." + locale.getLanguage()));
        setAriaLabel(getTranslation("language.label"));
        setValue(Languages.supported(UI.getCurrent().getLocale()));
        addClassName("language-switch");
        addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                choose(event.getValue());
            }
        });
    }

    private void choose(Locale locale) {
        VaadinSession.getCurrent().setLocale(locale);
        UI ui = UI.getCurrent();
        ui.getPage()
                .executeJs(
                        "document.cookie = $0 + '=' + $1 + ';path=/;max-age=31536000;SameSite=Lax';"
                                + "document.documentElement.lang = $1;",
                        Languages.COOKIE,
                        locale.getLanguage());
        ui.getPage().reload();
    }
}
