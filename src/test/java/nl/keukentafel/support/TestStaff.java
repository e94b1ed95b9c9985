package nl.keukentafel.support;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import nl.keukentafel.account.AccountService;
import nl.keukentafel.account.NewAccount;
import nl.keukentafel.account.StaffAccount;
import nl.keukentafel.security.StaffRole;
import nl.keukentafel.security.SystemTask;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Staff accounts for tests that share one database: unique names, accounts created through the
 * real service, acting as someone on the current thread, and password logins from a client
 * address of the test's own (so the per-client login throttle of one test never blocks another).
 */
public final class TestStaff {

    /** A valid password (at least 12 characters) for accounts created here. */
    public static final String PASSWORD = "keukentafel-test-password";

    private TestStaff() {}

    /** A valid account name that no other test uses, e.g. {@code admin-3f9c1a2b}. */
    public static String uniqueName(String prefix) {
        return prefix.toLowerCase(Locale.ROOT) + "-"
                + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A client address of its own, for the login throttle. */
    public static String uniqueClient() {
        return "test-client-" + UUID.randomUUID();
    }

    /** Creates an account with {@link #PASSWORD} through {@link AccountService}, as the system. */
    public static StaffAccount create(AccountService accounts, String prefix, StaffRole... roles) {
        String username = uniqueName(prefix);
        return SystemTask.call(
                "test", () -> accounts.create(new NewAccount(username, "Test " + prefix, Set.of(roles), PASSWORD)));
    }

    /** Makes the current thread act as this staff member (method security reads it). */
    public static void actAs(String username, StaffRole... roles) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username,
                null,
                Arrays.stream(roles)
                        .map(r -> new SimpleGrantedAuthority(r.authority()))
                        .toList()));
        SecurityContextHolder.setContext(context);
    }

    /** A password login as the login form does it, from the given client address. */
    public static Authentication login(AuthenticationManager manager, String username, String password, String client) {
        UsernamePasswordAuthenticationToken token =
                UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        token.setDetails(new WebAuthenticationDetails(client, null));
        return manager.authenticate(token);
    }
}
