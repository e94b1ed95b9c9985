package nl.keukentafel.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.CheckboxGroupKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import nl.keukentafel.account.AccountService;
import nl.keukentafel.account.StaffAccount;
import nl.keukentafel.security.StaffRole;
import nl.keukentafel.support.KaribuTest;
import nl.keukentafel.support.TestStaff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AccountsViewTest extends KaribuTest {

    @Autowired
    AccountService accounts;

    @BeforeEach
    void openAsAdmin() {
        login(TestStaff.uniqueName("beheerder"), StaffRole.ADMIN);
        NotificationsKt.clearNotifications();
    }

    @SuppressWarnings("unchecked")
    private static Grid<StaffAccount> grid() {
        return _get(Grid.class);
    }

    private static List<String> usernamesInGrid() {
        return GridKt._findAll(grid()).stream().map(StaffAccount::username).toList();
    }

    private static int rowOf(String username) {
        int row = usernamesInGrid().indexOf(username);
        assertThat(row).as("row of " + username).isNotNegative();
        return row;
    }

    private static List<String> notificationTexts() {
        return NotificationsKt.getNotifications().stream()
                .map(n -> n.getElement().getProperty("text"))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static void fillNewAccount(String username, String name, String password, String... roleLabels) {
        navigate("admin/accounts");
        _click(_get(Button.class, spec -> spec.withId("new-account")));
        _setValue(_get(TextField.class, spec -> spec.withId("account-username")), username);
        _setValue(_get(TextField.class, spec -> spec.withId("account-display-name")), name);
        _setValue(_get(PasswordField.class, spec -> spec.withId("account-password")), password);
        CheckboxGroup<StaffRole> roles = _get(CheckboxGroup.class, spec -> spec.withId("account-roles"));
        CheckboxGroupKt.selectByLabel(roles, roleLabels);
    }

    @Test
    void adminCreatesAnAccountThroughTheDialogAndTheGridShowsIt() {
        String username = TestStaff.uniqueName("nieuw");

        fillNewAccount(username, "Nieuwe Collega", TestStaff.PASSWORD, "Gespreksleider", "Werkteamlid");
        _click(_get(Button.class, spec -> spec.withId("save-account")));

        _assertNone(Dialog.class);
        assertThat(usernamesInGrid()).contains(username);
        assertThat(GridKt._getFormatted(grid(), rowOf(username), "name")).isEqualTo("Nieuwe Collega");
        assertThat(GridKt._getFormatted(grid(), rowOf(username), "roles")).isEqualTo("Gespreksleider, Werkteamlid");
        assertThat(GridKt._getFormatted(grid(), rowOf(username), "status")).isEqualTo("Actief");
        assertThat(notificationTexts()).contains("Account " + username + " is aangemaakt.");
        assertThat(accounts.list())
                .filteredOn(a -> a.username().equals(username))
                .singleElement()
                .satisfies(a ->
                        assertThat(a.roles()).containsExactlyInAnyOrder(StaffRole.FACILITATOR, StaffRole.TEAM_MEMBER));
    }

    @Test
    void aTooShortPasswordShowsAnErrorAndCreatesNothing() {
        String username = TestStaff.uniqueName("kort");

        fillNewAccount(username, "Korte Wachtwoord", "te-kort", "Gespreksleider");
        _click(_get(Button.class, spec -> spec.withId("save-account")));

        List<Notification> notifications = NotificationsKt.getNotifications();
        assertThat(notifications).hasSize(1);
        assertThat(notificationTexts()).containsExactly("Een wachtwoord heeft minstens 12 tekens.");
        assertThat(notifications.getFirst().getThemeNames()).contains(NotificationVariant.ERROR.getVariantName());
        _get(Dialog.class); // still open, so the admin can correct the password
        assertThat(usernamesInGrid()).doesNotContain(username);
        assertThat(accounts.list()).extracting(StaffAccount::username).doesNotContain(username);
    }

    @Test
    void anInvalidUsernameShowsItsErrorAndCreatesNothing() {
        fillNewAccount("Jan Jansen", "Jan Jansen", TestStaff.PASSWORD, "Gespreksleider");
        _click(_get(Button.class, spec -> spec.withId("save-account")));

        assertThat(notificationTexts())
                .containsExactly("Gebruik 3 tot 64 kleine letters, cijfers, punten, streepjes of liggende streepjes.");
        assertThat(accounts.list()).extracting(StaffAccount::username).doesNotContain("jan jansen");
    }

    @Test
    void disablingAnAccountChangesItsStatusAndOffersToEnableItAgain() {
        StaffAccount account = TestStaff.create(accounts, "uit", StaffRole.FACILITATOR);
        navigate("admin/accounts");
        assertThat(GridKt._getFormatted(grid(), rowOf(account.username()), "status"))
                .isEqualTo("Actief");

        _click(_get(
                GridKt._getCellComponent(grid(), rowOf(account.username()), "actions"),
                Button.class,
                spec -> spec.withId("disable-" + account.username())));

        assertThat(GridKt._getFormatted(grid(), rowOf(account.username()), "status"))
                .isEqualTo("Uitgeschakeld");
        assertThat(notificationTexts()).contains("Het account is uitgeschakeld.");
        _get(
                GridKt._getCellComponent(grid(), rowOf(account.username()), "actions"),
                Button.class,
                spec -> spec.withId("enable-" + account.username()));
        assertThat(accounts.list())
                .filteredOn(a -> a.id().equals(account.id()))
                .singleElement()
                .satisfies(a -> assertThat(a.enabled()).isFalse());
    }

    @Test
    void anAdminDisablingThemselvesIsRefusedWithAMessage() {
        StaffAccount self = TestStaff.create(accounts, "zelf", StaffRole.ADMIN);
        login(self.username(), StaffRole.ADMIN);
        navigate("admin/accounts");

        _click(_get(
                GridKt._getCellComponent(grid(), rowOf(self.username()), "actions"),
                Button.class,
                spec -> spec.withId("disable-" + self.username())));

        assertThat(notificationTexts()).containsExactly("U kunt uw eigen account niet uitschakelen.");
        assertThat(GridKt._getFormatted(grid(), rowOf(self.username()), "status"))
                .isEqualTo("Actief");
    }
}
