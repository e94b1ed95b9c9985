package nl.keukentafel.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import nl.keukentafel.base.UserMessageException;
import nl.keukentafel.security.StaffRole;
import nl.keukentafel.security.SystemTask;
import nl.keukentafel.support.TestStaff;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
class AccountServiceTest {

    @Autowired
    AccountService accounts;

    @Autowired
    AuthenticationConfiguration authenticationConfiguration;

    @Autowired
    JdbcClient jdbc;

    private AuthenticationManager authenticationManager;

    @BeforeEach
    void actAsAnAdmin() throws Exception {
        authenticationManager = authenticationConfiguration.getAuthenticationManager();
        TestStaff.actAs(TestStaff.uniqueName("acting-admin"), StaffRole.ADMIN);
    }

    @AfterEach
    void forgetWhoActs() {
        SecurityContextHolder.clearContext();
    }

    private Authentication login(String username, String password) {
        return TestStaff.login(authenticationManager, username, password, TestStaff.uniqueClient());
    }

    /** The role authorities of a login (Spring Security adds factor authorities such as FACTOR_PASSWORD). */
    private static List<String> roles(Authentication authentication) {
        return authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("ROLE_"))
                .toList();
    }

    private StaffAccount create(String username, String password, StaffRole... roles) {
        return accounts.create(new NewAccount(username, "Jan de Vries", Set.of(roles), password));
    }

    private static void assertRefusedWith(Runnable action, String messageKey) {
        assertThatThrownBy(action::run)
                .isInstanceOf(UserMessageException.class)
                .extracting(e -> ((UserMessageException) e).messageKey())
                .isEqualTo(messageKey);
    }

    /** Only for tests that roll back: the other tests share this database and its admins. */
    private void disableEnabledAdminsExcept(long keepId) {
        jdbc.sql("update staff_account set enabled = false where enabled and 'ADMIN' = any(roles) and id <> :id")
                .param("id", keepId)
                .update();
    }

    @Test
    void adminCreatesAnAccountAndItCanLogInWithItsPassword() {
        String username = TestStaff.uniqueName("jan");

        StaffAccount created = create(username, "een-lang-wachtwoord", StaffRole.FACILITATOR);

        assertThat(created.username()).isEqualTo(username);
        assertThat(created.enabled()).isTrue();
        assertThat(created.roles()).containsExactly(StaffRole.FACILITATOR);
        assertThat(accounts.list()).extracting(StaffAccount::username).contains(username);
        Authentication authentication = login(username, "een-lang-wachtwoord");
        assertThat(authentication.isAuthenticated()).isTrue();
        assertThat(authentication.getName()).isEqualTo(username);
        assertThat(roles(authentication)).containsExactly("ROLE_FACILITATOR");
    }

    @Test
    void aWrongPasswordDoesNotLogIn() {
        String username = TestStaff.uniqueName("jan");
        create(username, "een-lang-wachtwoord", StaffRole.FACILITATOR);

        assertThatThrownBy(() -> login(username, "een-ander-wachtwoord")).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> login(TestStaff.uniqueName("nobody"), "een-lang-wachtwoord"))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void accountNamesAreStoredInLowerCaseAndLoginIgnoresTheirCase() {
        String username = TestStaff.uniqueName("marieke");

        StaffAccount created = create("  " + username.toUpperCase() + " ", TestStaff.PASSWORD, StaffRole.TEAM_MEMBER);

        assertThat(created.username()).isEqualTo(username);
        assertThat(login(username.toUpperCase(), TestStaff.PASSWORD).getName()).isEqualTo(username);
    }

    @Test
    void aTakenUsernameIsRefusedWhateverItsCase() {
        String username = TestStaff.uniqueName("piet");
        create(username, TestStaff.PASSWORD, StaffRole.FACILITATOR);

        assertRefusedWith(() -> create(username, TestStaff.PASSWORD, StaffRole.ADMIN), "account.error.username-taken");
        assertRefusedWith(
                () -> create(username.toUpperCase(), TestStaff.PASSWORD, StaffRole.ADMIN),
                "account.error.username-taken");
        assertThat(accounts.list())
                .filteredOn(a -> a.username().equals(username))
                .hasSize(1);
    }

    @Test
    void invalidUsernamesAreRefused() {
        for (String username : new String[] {"", "ab", "jan jansen", "jan@example.nl", "x".repeat(65), "één"}) {
            assertRefusedWith(
                    () -> create(username, TestStaff.PASSWORD, StaffRole.FACILITATOR), "account.error.username");
        }
    }

    @Test
    void passwordsShorterThanTwelveOrLongerThan128CharactersAreRefused() {
        assertThatThrownBy(() -> create(TestStaff.uniqueName("kort"), "elf-tekens-", StaffRole.FACILITATOR))
                .isInstanceOf(UserMessageException.class)
                .satisfies(e -> {
                    assertThat(((UserMessageException) e).messageKey()).isEqualTo("account.error.password");
                    assertThat(((UserMessageException) e).params()).containsExactly(12);
                });
        assertRefusedWith(
                () -> create(TestStaff.uniqueName("lang"), "x".repeat(129), StaffRole.FACILITATOR),
                "account.error.password");

        StaffAccount twelve = create(TestStaff.uniqueName("precies"), "twaalf-tekens", StaffRole.FACILITATOR);
        assertThat(login(twelve.username(), "twaalf-tekens").isAuthenticated()).isTrue();
    }

    @Test
    void anAccountNeedsADisplayNameAndAtLeastOneRole() {
        assertRefusedWith(
                () -> accounts.create(new NewAccount(
                        TestStaff.uniqueName("anon"), "   ", Set.of(StaffRole.FACILITATOR), TestStaff.PASSWORD)),
                "account.error.display-name");
        assertRefusedWith(
                () -> accounts.create(
                        new NewAccount(TestStaff.uniqueName("rolloos"), "Rolloos", Set.of(), TestStaff.PASSWORD)),
                "account.error.roles");
    }

    @Test
    void aDisabledAccountCannotLogInAndCanAgainOnceEnabled() {
        StaffAccount account = create(TestStaff.uniqueName("truus"), TestStaff.PASSWORD, StaffRole.FACILITATOR);

        assertThat(accounts.disable(account.id()).enabled()).isFalse();
        assertThatThrownBy(() -> login(account.username(), TestStaff.PASSWORD)).isInstanceOf(DisabledException.class);

        assertThat(accounts.enable(account.id()).enabled()).isTrue();
        assertThat(login(account.username(), TestStaff.PASSWORD).isAuthenticated())
                .isTrue();
    }

    @Test
    void afterAPasswordResetOnlyTheNewPasswordWorks() {
        StaffAccount account = create(TestStaff.uniqueName("kees"), TestStaff.PASSWORD, StaffRole.TEAM_MEMBER);

        accounts.resetPassword(account.id(), "het-nieuwe-wachtwoord");

        assertThatThrownBy(() -> login(account.username(), TestStaff.PASSWORD))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(login(account.username(), "het-nieuwe-wachtwoord").isAuthenticated())
                .isTrue();
    }

    @Test
    void aResetToATooShortPasswordIsRefusedAndTheOldOneStillWorks() {
        StaffAccount account = create(TestStaff.uniqueName("kees"), TestStaff.PASSWORD, StaffRole.TEAM_MEMBER);

        assertRefusedWith(() -> accounts.resetPassword(account.id(), "kort"), "account.error.password");

        assertThat(login(account.username(), TestStaff.PASSWORD).isAuthenticated())
                .isTrue();
    }

    @Test
    void adminChangesDisplayNameAndRoles() {
        StaffAccount account = create(TestStaff.uniqueName("anna"), TestStaff.PASSWORD, StaffRole.TEAM_MEMBER);

        StaffAccount updated =
                accounts.update(account.id(), " Anna Bakker ", Set.of(StaffRole.TEAM_MEMBER, StaffRole.FACILITATOR));

        assertThat(updated.displayName()).isEqualTo("Anna Bakker");
        assertThat(updated.roles()).containsExactlyInAnyOrder(StaffRole.TEAM_MEMBER, StaffRole.FACILITATOR);
        assertThat(roles(login(account.username(), TestStaff.PASSWORD)))
                .containsExactlyInAnyOrder("ROLE_TEAM_MEMBER", "ROLE_FACILITATOR");
    }

    @Test
    void anAdminCannotDisableOrDemoteThemselves() {
        StaffAccount self = create(TestStaff.uniqueName("beheerder"), TestStaff.PASSWORD, StaffRole.ADMIN);
        create(TestStaff.uniqueName("beheerder"), TestStaff.PASSWORD, StaffRole.ADMIN);
        TestStaff.actAs(self.username(), StaffRole.ADMIN);

        assertRefusedWith(() -> accounts.disable(self.id()), "account.error.disable-self");
        assertRefusedWith(
                () -> accounts.update(self.id(), "Ik", Set.of(StaffRole.FACILITATOR)), "account.error.demote-self");

        assertThat(roles(login(self.username(), TestStaff.PASSWORD))).containsExactly("ROLE_ADMIN");
    }

    @Test
    @Transactional // rolled back: the other admins of the shared database are only disabled here
    void theLastEnabledAdminCanBeNeitherDisabledNorDemoted() {
        StaffAccount last = create(TestStaff.uniqueName("laatste"), TestStaff.PASSWORD, StaffRole.ADMIN);
        disableEnabledAdminsExcept(last.id().value());

        assertRefusedWith(() -> accounts.disable(last.id()), "account.error.last-admin");
        assertRefusedWith(
                () -> accounts.update(last.id(), "Laatste", Set.of(StaffRole.FACILITATOR)), "account.error.last-admin");

        StaffAccount second = create(TestStaff.uniqueName("tweede"), TestStaff.PASSWORD, StaffRole.ADMIN);
        assertThat(accounts.disable(last.id()).enabled()).isFalse();
        assertRefusedWith(() -> accounts.disable(second.id()), "account.error.last-admin");
    }

    @Test
    void aFacilitatorCannotManageAccounts() {
        StaffAccount someone = create(TestStaff.uniqueName("iemand"), TestStaff.PASSWORD, StaffRole.TEAM_MEMBER);
        TestStaff.actAs(TestStaff.uniqueName("gespreksleider"), StaffRole.FACILITATOR, StaffRole.TEAM_MEMBER);

        assertThatThrownBy(() -> accounts.list()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.disable(someone.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.resetPassword(someone.id(), "overgenomen-wachtwoord"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> create(TestStaff.uniqueName("indringer"), TestStaff.PASSWORD, StaffRole.ADMIN))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.ensureAdmin(TestStaff.uniqueName("indringer"), TestStaff.PASSWORD))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> login(someone.username(), "overgenomen-wachtwoord"))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void anAnonymousCallerCannotListAccounts() {
        SecurityContextHolder.clearContext();

        assertThatThrownBy(() -> accounts.list())
                .isInstanceOfAny(AuthenticationCredentialsNotFoundException.class, AccessDeniedException.class);
    }

    @Test
    void ensureAdminDoesNothingWhileAnEnabledAdminExists() {
        create(TestStaff.uniqueName("beheerder"), TestStaff.PASSWORD, StaffRole.ADMIN);
        String username = TestStaff.uniqueName("eerste");

        boolean created = SystemTask.call("test", () -> accounts.ensureAdmin(username, TestStaff.PASSWORD));

        assertThat(created).isFalse();
        assertThat(accounts.list()).extracting(StaffAccount::username).doesNotContain(username);
    }

    @Test
    @Transactional // rolled back: the existing admins of the shared database are only disabled here
    void ensureAdminCreatesTheFirstAdminWhenNoEnabledAdminExists() {
        disableEnabledAdminsExcept(0);
        String username = TestStaff.uniqueName("eerste");

        boolean created = SystemTask.call("test", () -> accounts.ensureAdmin(username, "eerste-wachtwoord"));

        assertThat(created).isTrue();
        assertThat(accounts.list())
                .filteredOn(a -> a.username().equals(username))
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.roles()).containsExactly(StaffRole.ADMIN);
                    assertThat(a.enabled()).isTrue();
                });
        assertThat(roles(login(username, "eerste-wachtwoord"))).containsExactly("ROLE_ADMIN");
        assertThat(SystemTask.call("test", () -> accounts.ensureAdmin(TestStaff.uniqueName("nog-een"), "x".repeat(12))))
                .isFalse();
    }

    @Test
    @Transactional // rolled back: the existing admins of the shared database are only disabled here
    void ensureAdminRestoresAnExistingAccountWithTheConfiguredNameAsEnabledAdmin() {
        StaffAccount former = create(TestStaff.uniqueName("voormalig"), TestStaff.PASSWORD, StaffRole.FACILITATOR);
        accounts.disable(former.id());
        disableEnabledAdminsExcept(0);

        boolean restored =
                SystemTask.call("test", () -> accounts.ensureAdmin(former.username(), "hersteld-wachtwoord"));

        assertThat(restored).isTrue();
        assertThat(accounts.list())
                .filteredOn(a -> a.username().equals(former.username()))
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.roles()).containsExactly(StaffRole.ADMIN);
                    assertThat(a.enabled()).isTrue();
                    assertThat(a.displayName()).isEqualTo(former.displayName());
                });
        assertThatThrownBy(() -> login(former.username(), TestStaff.PASSWORD))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(login(former.username(), "hersteld-wachtwoord").isAuthenticated())
                .isTrue();
    }
}
