package nl.keukentafel.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.server.VaadinSession;
import nl.keukentafel.base.Languages;
import nl.keukentafel.security.StaffRole;
import nl.keukentafel.support.KaribuTest;
import nl.keukentafel.support.TestStaff;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class LanguageSwitchTest extends KaribuTest {

    private static String homeTitle() {
        return _get(H1.class).getText();
    }

    @Test
    void theDefaultLanguageIsDutch() {
        login(TestStaff.uniqueName("leider"), StaffRole.FACILITATOR);
        navigate("");

        assertThat(VaadinSession.getCurrent().getLocale()).isEqualTo(Languages.DUTCH);
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Languages.DUTCH);
        assertThat(_get(LanguageSwitch.class).getValue()).isEqualTo(Languages.DUTCH);
        assertThat(homeTitle()).isEqualTo("Welkom bij Keukentafel");
    }

    @Test
    void choosingEnglishSwitchesTheSessionAndEveryScreenAfterwards() {
        login(TestStaff.uniqueName("leider"), StaffRole.FACILITATOR);
        navigate("");

        _setValue(_get(LanguageSwitch.class), Languages.ENGLISH);

        assertThat(VaadinSession.getCurrent().getLocale()).isEqualTo(Languages.ENGLISH);
        navigate("");
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Languages.ENGLISH);
        assertThat(homeTitle()).isEqualTo("Welcome to Keukentafel");
        assertThat(_get(LanguageSwitch.class).getValue()).isEqualTo(Languages.ENGLISH);
    }

    @Test
    void choosingDutchAgainSwitchesBack() {
        login(TestStaff.uniqueName("leider"), StaffRole.FACILITATOR);
        navigate("");
        _setValue(_get(LanguageSwitch.class), Languages.ENGLISH);
        navigate("");

        _setValue(_get(LanguageSwitch.class), Languages.DUTCH);
        navigate("");

        assertThat(VaadinSession.getCurrent().getLocale()).isEqualTo(Languages.DUTCH);
        assertThat(homeTitle()).isEqualTo("Welkom bij Keukentafel");
    }

    @Test
    void aValueSetByTheServerDoesNotSwitchTheLanguage() {
        login(TestStaff.uniqueName("leider"), StaffRole.FACILITATOR);
        navigate("");

        _get(LanguageSwitch.class).setValue(Languages.ENGLISH);

        assertThat(VaadinSession.getCurrent().getLocale()).isEqualTo(Languages.DUTCH);
        assertThat(homeTitle()).isEqualTo("Welkom bij Keukentafel");
    }

    @Test
    void anAnonymousVisitorCanSwitchTheLoginPageToEnglish() {
        navigate("login");

        _setValue(_get(LanguageSwitch.class), Languages.ENGLISH);
        navigate("login");

        JsonNode i18n = (JsonNode) _get(LoginForm.class).getElement().getPropertyRaw("i18n");
        assertThat(i18n.get("form").get("title").asString()).isEqualTo("Staff login");
    }

    @Test
    void theSwitchOffersDutchAndEnglishByTheirOwnNames() {
        navigate("login");

        LanguageSwitch languages = _get(LanguageSwitch.class);

        assertThat(languages.getItemLabelGenerator().apply(Languages.DUTCH)).isEqualTo("Nederlands");
        assertThat(languages.getItemLabelGenerator().apply(Languages.ENGLISH)).isEqualTo("English");
        assertThat(languages.getAriaLabel()).hasValue("Taal");
    }
}
