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
import nl.keukentafel.base.ui.LanguageSwitch;

/**
 * Staff login. The error never says whether an account exists; after too many failures it says to
 * wait. Residents do not log in: the page points them to joining with a code.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final AuthenticationContext authentication;
    private final LoginForm login = new LoginForm();

    LoginView(AuthenticationContext authentication) {
        this.authentication = authentication;
        addClassName("login-view");
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setI18n(i18n(false));
        Paragraph residents = new Paragraph(getTranslation("login.residents"));
        residents.addClassName("login-residents");
        Anchor join = new Anchor("join", getTranslation("login.join"));
        join.addClassName("login-join");
        add(new LanguageSwitch(), login, residents, join);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
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
