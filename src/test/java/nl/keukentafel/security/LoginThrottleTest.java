package nl.keukentafel.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.keukentafel.account.AccountService;
import nl.keukentafel.account.StaffAccount;
import nl.keukentafel.support.TestStaff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** The login throttle of {@link ThrottledAuthenticationProvider} (5 failures per account name, 20 per client). */
@SpringBootTest
class LoginThrottleTest {

    private static final String WRONG = "niet-het-goede-wachtwoord";

    @Autowired
    ThrottledAuthenticationProvider provider;

    @Autowired
    AccountService accounts;

    @Autowired
    AuthenticationConfiguration authenticationConfiguration;

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
    void afterFiveWrongPasswordsEvenTheRightPasswordIsRefusedAsThrottled() {
        StaffAccount account = TestStaff.create(accounts, "doelwit", StaffRole.FACILITATOR);
        String client = TestStaff.uniqueClient();

        failTimes(5, account.username(), client);

        assertThatThrownBy(() -> attempt(account.username(), TestStaff.PASSWORD, client))
                .isInstanceOf(LoginThrottledException.class);
        assertThatThrownBy(() -> attempt(account.username(), TestStaff.PASSWORD, TestStaff.uniqueClient()))
                .as("the account name stays throttled from another client too")
                .isInstanceOf(LoginThrottledException.class);
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
