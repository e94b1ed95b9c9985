package nl.keukentafel.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import nl.keukentafel.account.AccountService;
import nl.keukentafel.account.StaffAccount;
import nl.keukentafel.support.TestStaff;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The login throttle of {@link ThrottledAuthenticationProvider}: 5 failures per account name and
 * client, 20 per client, and a ceiling per account over clients it never logged in from.
 */
@SpringBootTest
class LoginThrottleTest {

    private static final String WRONG = "niet-het-goede-wachtwoord";

    @Autowired
    ThrottledAuthenticationProvider provider;

    @Autowired
    AccountService accounts;

    @Autowired
    AuthenticationConfiguration authenticationConfiguration;

    @Autowired
    UserDetailsService users;

    @Autowired
    PasswordEncoder passwordEncoder;

    private Authentication attempt(String username, String password, String client) {
        UsernamePasswordAuthenticationToken token =
                UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        token.setDetails(new WebAuthenticationDetails(client, null));
        return provider.authenticate(token);
    }

    private void failTimes(int times, String username, String client) {
        for (int i = 0; i < times; i++) {
            assertThatThrownBy(() -> attempt(username, WRONG, client)).isInstanceOf(BadCredentialsException.class);
        }
    }

    private static String redirectFor(AuthenticationException exception, String contextPath) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", contextPath + "/login");
        request.setContextPath(contextPath);
        MockHttpServletResponse response = new MockHttpServletResponse();
        new LoginFailureHandler().onAuthenticationFailure(request, response, exception);
        return response.getRedirectedUrl();
    }

    @Test
    void afterFiveWrongPasswordsThatClientWaitsButTheOwnerElsewhereGetsIn() {
        StaffAccount account = TestStaff.create(accounts, "doelwit", StaffRole.FACILITATOR);
        String client = TestStaff.uniqueClient();

        failTimes(5, account.username(), client);

        assertThatThrownBy(() -> attempt(account.username(), TestStaff.PASSWORD, client))
                .isInstanceOf(LoginThrottledException.class);
        assertThat(attempt(account.username(), TestStaff.PASSWORD, TestStaff.uniqueClient())
                        .isAuthenticated())
                .as("five wrong passwords from someone else do not lock the owner out")
                .isTrue();
    }

    /** A provider like the application's, with a ceiling of 10 per account and room for 3 client keys. */
    private ThrottledAuthenticationProvider smallProvider() {
        return new ThrottledAuthenticationProvider(
                users, passwordEncoder, 5, 20, Duration.ofMinutes(15), 10, Duration.ofHours(24), 3);
    }

    private static Authentication attempt(
            ThrottledAuthenticationProvider provider, String username, String password, String client) {
        UsernamePasswordAuthenticationToken token =
                UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        token.setDetails(new WebAuthenticationDetails(client, null));
        return provider.authenticate(token);
    }

    @Test
    void guessingFromManyAddressesStopsAtTheCeilingButTheOwnersOwnClientStillGetsIn() {
        ThrottledAuthenticationProvider provider = smallProvider();
        StaffAccount account = TestStaff.create(accounts, "plafond", StaffRole.FACILITATOR);
        String office = TestStaff.uniqueClient();
        assertThat(attempt(provider, account.username(), TestStaff.PASSWORD, office)
                        .isAuthenticated())
                .isTrue();

        for (int i = 0; i < 10; i++) {
            String stranger = TestStaff.uniqueClient();
            assertThatThrownBy(() -> attempt(provider, account.username(), WRONG, stranger))
                    .isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> attempt(provider, account.username(), TestStaff.PASSWORD, TestStaff.uniqueClient()))
                .as("the eleventh guess, from yet another address, is not even checked")
                .isInstanceOf(LoginThrottledException.class);
        assertThat(attempt(provider, account.username(), TestStaff.PASSWORD, office)
                        .isAuthenticated())
                .as("the owner's own client is not held by strangers' guesses")
                .isTrue();
    }

    @Test
    void madeUpNamesCannotPushAnAccountsCountOut() {
        ThrottledAuthenticationProvider provider = smallProvider();
        StaffAccount account = TestStaff.create(accounts, "verdringen", StaffRole.FACILITATOR);
        for (int i = 0; i < 10; i++) {
            String stranger = TestStaff.uniqueClient();
            assertThatThrownBy(() -> attempt(provider, account.username(), WRONG, stranger))
                    .isInstanceOf(BadCredentialsException.class);
        }

        // Far more junk than the provider keeps client keys for (3).
        for (int i = 0; i < 12; i++) {
            String junk = TestStaff.uniqueName("rommel");
            String stranger = TestStaff.uniqueClient();
            assertThatThrownBy(() -> attempt(provider, junk, WRONG, stranger))
                    .isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> attempt(provider, account.username(), TestStaff.PASSWORD, TestStaff.uniqueClient()))
                .isInstanceOf(LoginThrottledException.class);
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void aNameThatIsNoAccountIsLoggedOnlyAsAShortHash(CapturedOutput output) {
        String typedPassword = "Zomer2026!GeheimWachtwoord";
        String forged = "x\nevent=login.succeeded username=beheer";

        assertThatThrownBy(() -> attempt(typedPassword, WRONG, TestStaff.uniqueClient()))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> attempt(forged, WRONG, TestStaff.uniqueClient()))
                .isInstanceOf(BadCredentialsException.class);

        assertThat(output.getAll())
                .doesNotContainIgnoringCase(typedPassword)
                .doesNotContain("\nevent=login.succeeded")
                .containsPattern("event=login.failed username=unknown-[0-9a-f]{10} ");
    }

    @Test
    void theApplicationsAuthenticationManagerIsTheThrottledOne() throws Exception {
        AuthenticationManager manager = authenticationConfiguration.getAuthenticationManager();
        StaffAccount account = TestStaff.create(accounts, "via-manager", StaffRole.FACILITATOR);
        String client = TestStaff.uniqueClient();

        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> TestStaff.login(manager, account.username(), WRONG, client))
                    .isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> TestStaff.login(manager, account.username(), TestStaff.PASSWORD, client))
                .isInstanceOf(LoginThrottledException.class);
    }

    @Test
    void fourWrongPasswordsStillLetTheRightPasswordIn() {
        StaffAccount account = TestStaff.create(accounts, "vergeetachtig", StaffRole.FACILITATOR);
        String client = TestStaff.uniqueClient();

        failTimes(4, account.username(), client);

        assertThat(attempt(account.username(), TestStaff.PASSWORD, client).isAuthenticated())
                .isTrue();
    }

    @Test
    void theAccountNameCountsWhateverItsCaseOrSurroundingSpaces() {
        StaffAccount account = TestStaff.create(accounts, "hoofdletter", StaffRole.FACILITATOR);
        String client = TestStaff.uniqueClient();

        failTimes(2, account.username().toUpperCase(), client);
        failTimes(3, " " + account.username() + " ", client);

        assertThatThrownBy(() -> attempt(account.username(), TestStaff.PASSWORD, client))
                .isInstanceOf(LoginThrottledException.class);
    }

    @Test
    void aThrottledAccountDoesNotBlockOtherAccounts() {
        StaffAccount blocked = TestStaff.create(accounts, "geblokkeerd", StaffRole.FACILITATOR);
        StaffAccount other = TestStaff.create(accounts, "collega", StaffRole.FACILITATOR);
        String client = TestStaff.uniqueClient();

        failTimes(5, blocked.username(), client);

        assertThat(attempt(other.username(), TestStaff.PASSWORD, client).getName())
                .isEqualTo(other.username());
    }

    @Test
    void anUnknownAccountNameIsThrottledJustLikeAKnownOne() {
        String unknown = TestStaff.uniqueName("bestaat-niet");
        String client = TestStaff.uniqueClient();

        failTimes(5, unknown, client);

        assertThatThrownBy(() -> attempt(unknown, WRONG, client)).isInstanceOf(LoginThrottledException.class);
    }

    @Test
    void twentyFailuresFromOneClientThrottleThatClientForEveryAccount() {
        StaffAccount account = TestStaff.create(accounts, "onschuldig", StaffRole.FACILITATOR);
        String client = TestStaff.uniqueClient();

        for (int i = 0; i < 20; i++) {
            failTimes(1, TestStaff.uniqueName("gok"), client);
        }

        assertThatThrownBy(() -> attempt(account.username(), TestStaff.PASSWORD, client))
                .isInstanceOf(LoginThrottledException.class);
        assertThat(attempt(account.username(), TestStaff.PASSWORD, TestStaff.uniqueClient())
                        .isAuthenticated())
                .isTrue();
    }

    @Test
    void aDisabledAccountCountsAsAFailure() {
        StaffAccount account = TestStaff.create(accounts, "uitgeschakeld", StaffRole.FACILITATOR);
        SystemTask.run("test", () -> accounts.disable(account.id()));
        String client = TestStaff.uniqueClient();

        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> attempt(account.username(), TestStaff.PASSWORD, client))
                    .isInstanceOf(DisabledException.class);
        }

        assertThatThrownBy(() -> attempt(account.username(), TestStaff.PASSWORD, client))
                .isInstanceOf(LoginThrottledException.class);
    }

    @Test
    void theFailureHandlerSendsAThrottledLoginToLoginThrottled() throws Exception {
        assertThat(redirectFor(new LoginThrottledException(), "")).isEqualTo("/login?throttled");
        assertThat(redirectFor(new LoginThrottledException(), "/keukentafel"))
                .isEqualTo("/keukentafel/login?throttled");
    }

    @Test
    void theFailureHandlerSendsEveryOtherFailureToLoginErrorWithoutSayingWhy() throws Exception {
        assertThat(redirectFor(new BadCredentialsException("Bad credentials"), ""))
                .isEqualTo("/login?error");
        assertThat(redirectFor(new DisabledException("User is disabled"), "")).isEqualTo("/login?error");
    }
}
