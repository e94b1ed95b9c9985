package nl.keukentafel.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Locale;
import nl.keukentafel.base.Languages;
import org.springframework.stereotype.Component;

/**
 * Every new session starts in Dutch unless this browser chose English before (cookie), every page
 * names that language in its {@code <html lang>}, and every new UI follows the session's language.
 */
@Component
class LocaleInitializer implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        // The page itself names its language before any script runs (screen readers, hyphenation).
        event.addIndexHtmlRequestListener(response -> response.getDocument()
                .getElementsByTag("html")
                .attr("lang", fromCookie(response.getVaadinRequest()).getLanguage()));
        event.getSource().addSessionInitListener(init -> init.getSession().setLocale(fromCookie(init.getRequest())));
        event.getSource().addUIInitListener(init -> {
            Locale locale = init.getUI().getSession().getLocale();
            init.getUI().setLocale(locale);
            init.getUI().getElement().executeJs("document.documentElement.lang = $0", locale.getLanguage());
        });
    }

    static Locale fromCookie(VaadinRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Languages.DUTCH;
        }
        return Arrays.stream(cookies)
                .filter(c -> Languages.COOKIE.equals(c.getName()))
                .map(c -> Languages.fromTag(c.getValue()))
                .findFirst()
                .orElse(Languages.DUTCH);
    }
}
