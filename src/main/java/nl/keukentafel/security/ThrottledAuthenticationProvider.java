package nl.keukentafel.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.keukentafel.base.AuditLog;
import nl.keukentafel.base.ClientAddress;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Password login with limits on guessing that strangers cannot turn against the account's owner
 * (docs/adr/0006):
 *
 * <ul>
 *   <li>per account name <em>and</em> client (an IPv4 address or an IPv6 /64): 5 failures per 15
 *       minutes, then that client waits for that account; the owner elsewhere does not;
 *   <li>per client: 20 failures per 15 minutes over all account names;
 *   <li>per existing account, over all clients it never logged in from: at most 100 failures per
 *       24 hours (the ceiling NIST SP 800-63B sets), so online guessing stays bounded however many
 *       addresses an attacker has. Clients where the account logged in during the last 30 days
 *       are not held by this ceiling: someone guessing elsewhere cannot keep a facilitator out of
 *       their own laptop.
 * </ul>
 *
 * <p>The per-account counts are kept only for accounts that exist, in a map no stream of made-up
 * names can push them out of. While a limit holds, the password is not checked at all. The answer
 * is the same whether or not the account exists, and a name that is no account is logged only as
 * a short keyed hash (it may be a password typed in the wrong field).
 */
@Component
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private static final int MAX_KNOWN_CLIENTS = 10;
    private static final Duration KNOWN_CLIENT_KEPT = Duration.ofDays(30);

    private final DaoAuthenticationProvider delegate;
    private final AttemptThrottle perAccountAndClient;
    private final AttemptThrottle perClient;
    private final int accountCeiling;
    private final Duration accountCeilingPeriod;
    private final Map<String, AccountGuard> accounts = new ConcurrentHashMap<>();
    private final byte[] logKey = new byte[32];

    @Autowired
    ThrottledAuthenticationProvider(
            UserDetailsService users,
            PasswordEncoder passwordEncoder,
            @Value("${keukentafel.login.max-failures-per-account-and-client:5}") int perAccountAndClientLimit,
            @Value("${keukentafel.login.max-failures-per-client:20}") int perClientLimit,
            @Value("${keukentafel.login.throttle-period:15m}") Duration period,
            @Value("${keukentafel.login.max-failures-per-account:100}") int accountCeiling,
            @Value("${keukentafel.login.account-period:24h}") Duration accountCeilingPeriod) {
        this(
                users,
                passwordEncoder,
                perAccountAndClientLimit,
                perClientLimit,
                period,
                accountCeiling,
                accountCeilingPeriod,
                50_000);
    }

    ThrottledAuthenticationProvider(
            UserDetailsService users,
            PasswordEncoder passwordEncoder,
            int perAccountAndClientLimit,
            int perClientLimit,
            Duration period,
            int accountCeiling,
            Duration accountCeilingPeriod,
            int maxClientKeys) {
        this.delegate = new DaoAuthenticationProvider(users);
        this.delegate.setPasswordEncoder(passwordEncoder);
        // Told apart here only to keep counts for real accounts; the answer stays "bad credentials".
        this.delegate.setHideUserNotFoundExceptions(false);
        this.perAccountAndClient = new AttemptThrottle(perAccountAndClientLimit, period, maxClientKeys);
        this.perClient = new AttemptThrottle(perClientLimit, period, maxClientKeys);
        this.accountCeiling = accountCeiling;
        this.accountCeilingPeriod = accountCeilingPeriod;
        new SecureRandom().nextBytes(logKey);
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String account = String.valueOf(authentication.getName()).strip().toLowerCase(Locale.ROOT);
        String client = ClientAddress.key(clientAddress(authentication));
        String pair = account + " " + client;
        AccountGuard guard = accounts.get(account);
        boolean known = guard != null && guard.knows(client);
        if (perAccountAndClient.isBlocked(pair)
                || perClient.isBlocked(client)
                || (guard != null && !known && guard.ceilingReached())) {
            AuditLog.event("login.throttled", "username", logName(account), "client", client);
            throw new LoginThrottledException();
        }
        try {
            Authentication result = delegate.authenticate(authentication);
            accounts.computeIfAbsent(account, a -> newGuard()).remember(client);
            AuditLog.event("login.succeeded", "username", account, "client", client);
            return result;
        } catch (UsernameNotFoundException e) {
            fail(pair, client);
            AuditLog.event("login.failed", "username", logName(account), "client", client, "reason", "unknown");
            throw new BadCredentialsException("Bad credentials");
        } catch (AuthenticationException e) {
            fail(pair, client);
            // Only answers about a real account count for it (not, say, a database that is away).
            if (!known && (e instanceof BadCredentialsException || e instanceof AccountStatusException)) {
                accounts.computeIfAbsent(account, a -> newGuard()).recordFailure();
            }
            AuditLog.event(
                    "login.failed",
                    "username",
                    account,
                    "client",
                    client,
                    "reason",
                    e.getClass().getSimpleName());
            throw e;
        }
    }

    private void fail(String pair, String client) {
        perAccountAndClient.recordFailure(pair);
        perClient.recordFailure(client);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** An account's name as it may be logged: as it is for a known account, else a keyed hash. */
    private String logName(String account) {
        if (accounts.containsKey(account)) {
            return account;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(logKey, "HmacSHA256"));
            byte[] digest = mac.doFinal(account.getBytes(StandardCharsets.UTF_8));
            return "unknown-" + HexFormat.of().formatHex(digest, 0, 5);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private AccountGuard newGuard() {
        return new AccountGuard(Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(accountCeiling)
                        .refillGreedy(accountCeiling, accountCeilingPeriod)
                        .build())
                .build());
    }

    private static String clientAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : "unknown";
    }

    /** One existing account: its failures from clients it never logged in from, and its known clients. */
    private static final class AccountGuard {

        private final Bucket failuresFromStrangers;
        private final Map<String, Instant> knownClients = new LinkedHashMap<>();

        AccountGuard(Bucket failuresFromStrangers) {
            this.failuresFromStrangers = failuresFromStrangers;
        }

        boolean ceilingReached() {
            return failuresFromStrangers.getAvailableTokens() <= 0;
        }

        void recordFailure() {
            failuresFromStrangers.tryConsume(1);
        }

        synchronized boolean knows(String client) {
            Instant since = knownClients.get(client);
            return since != null && since.isAfter(Instant.now().minus(KNOWN_CLIENT_KEPT));
        }

        synchronized void remember(String client) {
            knownClients.remove(client);
            knownClients.put(client, Instant.now());
            if (knownClients.size() > MAX_KNOWN_CLIENTS) {
                knownClients.remove(knownClients.keySet().iterator().next());
            }
        }
    }
}
