package nl.keukentafel.privacy.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Section;
import java.util.Locale;
import nl.keukentafel.support.KaribuTest;
import org.junit.jupiter.api.Test;

class AccessibilityStatementViewTest extends KaribuTest {

    @Test
    void anyoneReadsHowAccessibleTheProductIsHowThatWasMeasuredWhatIsNotRightYetAndWhomToTell() {
        navigate(PrivacyNavigation.accessibilityLink());

        assertThat(_get(H1.class).getText()).isEqualTo("Toegankelijkheidsverklaring");
        String page = _get(AccessibilityStatementView.class).getElement().getTextRecursively();
        assertThat(page)
                .contains("WCAG 2.1, niveau AA", "axe-core", "Lighthouse", "44 bij 44 pixels", "200 procent")
                .doesNotContain("!accessibility")
                .doesNotContain("{");
        for (String part : new String[] {"status", "measured", "help", "limits", "contact"}) {
            assertThat(_get(Section.class, spec -> spec.withId("accessibility-" + part))
                            .getElement()
                            .getTextRecursively())
                    .as(part)
                    .isNotBlank();
        }
        assertThat(_get(Section.class, spec -> spec.withId("accessibility-contact"))
                        .getElement()
                        .getTextRecursively())
                .contains("Werkteam Keukentafel", "privacy@keukentafel.example", "3 december 2026");
    }

    @Test
    void thePrivacyPageLinksToIt() {
        navigate(PrivacyNavigation.link());

        assertThat(_get(Anchor.class, spec -> spec.withId("accessibility-link")).getHref())
                .isEqualTo("toegankelijkheid");
    }

    @Test
    void thePageIsCompleteInEnglish() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(PrivacyNavigation.accessibilityLink());

        assertThat(_get(H1.class).getText()).isEqualTo("Accessibility statement");
        assertThat(_get(AccessibilityStatementView.class).getElement().getTextRecursively())
                .contains("WCAG 2.1, level AA")
                .doesNotContain("!accessibility");
    }
}
