package nl.keukentafel.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import nl.keukentafel.security.StaffRole;
import nl.keukentafel.support.KaribuTest;
import nl.keukentafel.support.TestStaff;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class LoginViewTest extends KaribuTest {

    private static LoginForm form() {
        return _get(LoginForm.class);
    }

    /** LoginForm has no getter for its texts; they travel to the browser as the "i18n" property. */
    private static String text(String group, String key) {
        JsonNode i18n = (JsonNode) form().getElement().getPropertyRaw("i18n");
        return i18n.get(group).get(key).asString();
    }

    @Test
    void anonymousVisitorSeesTheLoginFormInDutch() {
        navigate("login");

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
        assertThat(text("form", "title")).isEqualTo("Inloggen voor medewerkers");
        assertThat(text("form", "username")).isEqualTo("Gebruikersnaam");
        assertThat(text("form", "password")).isEqualTo("Wachtwoord");
        assertThat(text("form", "submit")).isEqualTo("Inloggen");
        assertThat(form().getAction()).isEqualTo("login");
        assertThat(form().isForgotPasswordButtonVisible()).isFalse();
        assertThat(form().isError()).isFalse();
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Inloggen voor medewerkers · Keukentafel");
    }

    @Test
    void residentsArePointedToJoiningWithACode() {
        navigate("login");

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("login-residents"))
                        .getText())
                .isEqualTo("Doet u mee aan een gesprek? Dan heeft u geen account nodig.");
        Anchor join = _get(Anchor.class, spec -> spec.withClasses("login-join"));
        assertThat(join.getText()).isEqualTo("Meedoen met een code");
        assertThat(join.getHref()).isEqualTo("join");
    }

    @Test
    void aFailedLoginShowsTheErrorWithoutSayingWhy() {
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("error", "")));

        assertThat(form().isError()).isTrue();
        assertThat(text("errorMessage", "title")).isEqualTo("Inloggen lukt niet");
        assertThat(text("errorMessage", "message"))
                .isEqualTo("De gebruikersnaam of het wachtwoord klopt niet. Probeer het opnieuw.");
    }

    @Test
    void aThrottledLoginSaysToWait() {
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("throttled", "")));

        assertThat(form().isError()).isTrue();
        assertThat(text("errorMessage", "title")).isEqualTo("Te veel pogingen");
        assertThat(text("errorMessage", "message"))
                .isEqualTo(
                        "Er is te vaak een verkeerd wachtwoord gebruikt. Wacht een kwartier en probeer het dan opnieuw.");
    }

    @Test
    void aLoggedInStaffMemberOpeningLoginIsSentToTheHomeView() {
        login(TestStaff.uniqueName("leider"), StaffRole.FACILITATOR);

        navigate("login");

        assertThat(UI.getCurrent().getCurrentView().getClass().getSimpleName()).isEqualTo("HomeView");
    }
}
