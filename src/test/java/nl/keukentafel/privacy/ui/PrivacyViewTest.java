package nl.keukentafel.privacy.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Section;
import java.util.Locale;
import nl.keukentafel.support.KaribuTest;
import org.junit.jupiter.api.Test;

class PrivacyViewTest extends KaribuTest {

    @Test
    void anyoneReadsWhatIsStoredWhyForHowLongWhoSeesItTheirRightsAndWhomToAsk() {
        navigate(PrivacyNavigation.link());

        assertThat(_get(H1.class).getText()).isEqualTo("Privacy: wat gebeurt er met uw gegevens?");
        assertThat(_get(PrivacyView.class).getElement().getTextRecursively())
                .contains("Deze uitleg is van Werkteam Keukentafel.")
                .doesNotContain("{");
        for (String part : new String[] {"what", "why", "who", "protect", "how-long", "rights", "contact"}) {
            assertThat(_get(Section.class, spec -> spec.withId("privacy-" + part))
                            .getElement()
                            .getTextRecursively())
                    .as(part)
                    .isNotBlank()
                    .doesNotContain("!");
        }
        assertThat(_get(Section.class, spec -> spec.withId("privacy-how-long"))
                        .getElement()
                        .getTextRecursively())
                .contains("12 maanden na het gesprek");
        assertThat(_get(Section.class, spec -> spec.withId("privacy-contact"))
                        .getElement()
                        .getTextRecursively())
                .contains("Werkteam Keukentafel", "privacy@keukentafel.example");
    }

    @Test
    void thePageIsCompleteInEnglish() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(PrivacyNavigation.link());

        assertThat(_get(H1.class).getText()).isEqualTo("Privacy: what happens with your data?");
        assertThat(_get(PrivacyView.class).getElement().getTextRecursively())
                .contains("12 months after the conversation")
                .doesNotContain("!privacy");
    }
}
