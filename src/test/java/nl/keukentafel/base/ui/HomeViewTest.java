package nl.keukentafel.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import nl.keukentafel.security.StaffRole;
import nl.keukentafel.support.KaribuTest;
import nl.keukentafel.support.TestStaff;
import org.junit.jupiter.api.Test;

class HomeViewTest extends KaribuTest {

    private static java.util.List<String> roleTexts() {
        return _find(Paragraph.class, spec -> spec.withClasses("home-role")).stream()
                .map(Paragraph::getText)
                .toList();
    }

    @Test
    void aTeamMemberReadsOnlyWhatTeamMembersDo() {
        login(TestStaff.uniqueName("teamlid"), StaffRole.TEAM_MEMBER);
        navigate("");

        assertThat(roleTexts()).containsExactly("Als werkteamlid bekijkt u wat er in gesprekken is gezegd.");
    }

    @Test
    void someoneWithSeveralRolesReadsAboutEachOfThem() {
        login(TestStaff.uniqueName("alles"), StaffRole.ADMIN, StaffRole.FACILITATOR);
        navigate("");

        assertThat(roleTexts())
                .containsExactly(
                        "Als beheerder maakt u accounts aan en beheert u werkteams, thema's, gemeenten en wijken.",
                        "Als gespreksleider bereidt u gesprekken voor en leidt u ze.");
    }

    @Test
    void theHeaderShowsTheAppNameAndWhoIsLoggedIn() {
        String username = TestStaff.uniqueName("leider");
        login(username, StaffRole.FACILITATOR);
        navigate("");

        assertThat(_get(Span.class, spec -> spec.withClasses("app-title")).getText())
                .isEqualTo("Keukentafel");
        assertThat(_get(Span.class, spec -> spec.withClasses("current-user")).getText())
                .isEqualTo(username);
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Welkom bij Keukentafel · Keukentafel");
    }
}
