package nl.keukentafel.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import nl.keukentafel.security.ui.LoginView;
import nl.keukentafel.support.KaribuTest;
import org.junit.jupiter.api.Test;

class AccessByRoleTest extends KaribuTest {

    private static String currentView() {
        return UI.getCurrent().getCurrentView().getClass().getSimpleName();
    }

    @Test
    void anonymousVisitorIsSentToLogin() {
        navigate("");
        _assertOne(LoginView.class);
        navigate("admin/accounts");
        _assertOne(LoginView.class);
    }

    @Test
    void adminSeesAccountsInTheMenuAndCanOpenThem() {
        login("admin", StaffRole.ADMIN);
        navigate("admin/accounts");
        assertThat(currentView()).isEqualTo("AccountsView");
        assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getPath)).contains("admin/accounts");
    }

    @Test
    void facilitatorIsRefusedTheAccountsView() {
        login("facilitator", StaffRole.FACILITATOR);
        navigate("");
        assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getPath)).doesNotContain("admin/accounts");
        assertThat(currentView()).isEqualTo("HomeView");
        assertThatThrownBy(() -> navigate("admin/accounts")).isInstanceOf(MockAccessDeniedException.class);
        assertThat(currentView()).isEqualTo("HomeView");
    }

    @Test
    void anonymousVisitorIsSentToLoginFromTheReferenceView() {
        navigate("admin/reference");
        _assertOne(LoginView.class);
    }

    @Test
    void adminSeesReferenceDataInTheMenuAndCanOpenIt() {
        login("admin", StaffRole.ADMIN);
        navigate("admin/reference");
        assertThat(currentView()).isEqualTo("ReferenceDataView");
        assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getPath))
                .contains("", "admin/accounts", "admin/reference");
    }

    @Test
    void facilitatorIsRefusedTheReferenceView() {
        login("facilitator", StaffRole.FACILITATOR);
        navigate("");
        assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getPath)).doesNotContain("admin/reference");
        assertThatThrownBy(() -> navigate("admin/reference")).isInstanceOf(MockAccessDeniedException.class);
        assertThat(currentView()).isEqualTo("HomeView");
    }

    @Test
    void teamMemberIsRefusedTheAdminViews() {
        login("teamlid", StaffRole.TEAM_MEMBER);
        navigate("");
        assertThat(currentView()).isEqualTo("HomeView");
        assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getPath))
                .contains("")
                .doesNotContain("admin/accounts", "admin/reference");
        assertThatThrownBy(() -> navigate("admin/accounts")).isInstanceOf(MockAccessDeniedException.class);
        assertThatThrownBy(() -> navigate("admin/reference")).isInstanceOf(MockAccessDeniedException.class);
        assertThat(currentView()).isEqualTo("HomeView");
    }
}
