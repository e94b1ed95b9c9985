package nl.keukentafel.security;

import java.time.Duration;
import java.util.Locale;
import nl.keukentafel.base.AuditLog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Password login with throttling: after a number of failures for one account name, or from one
 * client address, further attempts are refused without checking the password until the bucket
 * refills. The answer is the same whether or not the account exists.
 */
@Component
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider delegate;
    private final AttemptThrottle perAccount;
    private final AttemptThrottle perClient;

    ThrottledAuthenticationProvider(
            UserDetailsService users,
            PasswordEncoder passwordEncoder,
            @Value("${keukentafel.login.max-failures-per-account:5}") int perAccountLimit,
            @Value("${keukentafel.login.max-failures-per-client:20}") int perClientLimit,
            @Value("${keukentafel.login.throttle-period:15m}") Duration period) {
        this.delegate = new DaoAuthenticationProvider(users);
        this.delegate.setPasswordEncoder(passwordEncoder);
        this.perAccount = new AttemptThrottle(perAccountLimit, period, 10_000);
        this.perClient = new AttemptThrottle(perClientLimit, period, 10_000);
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String account =
                "account:" + String.valueOf(authentication.getName()).trim().toLowerCase(Locale.ROOT);
        String address = clientAddress(authentication);
        String client = "client:" + address;
        if (perAccount.isBlocked(account) || perClient.isBlocked(client)) {
            AuditLog.event("login.throttled", "username", authentication.getName(), "client", address);
            throw new LoginThrottledException();
        }
        try {
            Authentication result = delegate.authenticate(authentication);
            AuditLog.event("login.succeeded", "username", authentication.getName(), "client", address);
            return result;
        } catch (AuthenticationException e) {
            perAccount.recordFailure(account);
            perClient.recordFailure(client);
            AuditLog.event(
                    "login.failed",
                    "username",
                    authentication.getName(),
                    "client",
                    address,
                    "reason",
                    e.getClass().getSimpleName());
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static String clientAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : "unknown";
    }
}
