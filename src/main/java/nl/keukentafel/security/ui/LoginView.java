package nl.keukentafel.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import nl.keukentafel.base.ui.HomeNavigation;
import nl.keukentafel.base.ui.LanguageSwitch;
import nl.keukentafel.base.ui.PasswordReveal;
import nl.keukentafel.base.ui.PublicEntrance;

/**
 * Staff login. The error never says whether an account exists; after too many failures it says to
 * wait. Residents do not log in: the page points them to joining with a code.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final AuthenticationContext authentication;
    private final LoginForm login = new LoginForm();

    LoginView(AuthenticationContext authentication, List<PublicEntrance> entrances) {
        this.authentication = authentication;
        addClassName("login-view");
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setI18n(i18n(false));
        PasswordReveal.translate(login);
        add(new LanguageSwitch(), login);
        for (PublicEntrance entrance : entrances) {
            Paragraph intro = new Paragraph(getTranslation(entrance.introKey()));
            intro.addClassName("login-residents");
            Anchor link = new Anchor(entrance.link(), getTranslation(entrance.labelKey()));
            link.addClassName("login-join");
            add(intro, link);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            HomeNavigation.forwardHome(event);
            return;
        }
        var params = event.getLocation().getQueryParameters().getParameters();
        if (params.containsKey("throttled")) {
            login.setI18n(i18n(true));
            login.setError(true);
        } else if (params.containsKey("error")) {
            login.setError(true);
        }
    }

    private LoginI18n i18n(boolean throttled) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form form = i18n.getForm();
        form.setTitle(getTranslation("login.title"));
        form.setUsername(getTranslation("login.username"));
        form.setPassword(getTranslation("login.password"));
        form.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation(throttled ? "login.throttled.title" : "login.error.title"));
        error.setMessage(getTranslation(throttled ? "login.throttled.message" : "login.error.message"));
        error.setUsername(getTranslation("login.username.required"));
        error.setPassword(getTranslation("login.password.required"));
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }
}
