package nl.keukentafel.account;

import nl.keukentafel.security.SystemTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On start, when no enabled admin exists, creates one from {@code keukentafel.admin.username} and
 * {@code keukentafel.admin.password} (environment: KEUKENTAFEL_ADMIN_USERNAME/_PASSWORD). There is
 * no built-in default password.
 */
@Component
@Order(0)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final AccountService accounts;
    private final String username;
    private final String password;

    AdminBootstrap(
            AccountService accounts,
            @Value("${keukentafel.admin.username:}") String username,
            @Value("${keukentafel.admin.password:}") String password) {
        this.accounts = accounts;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (username.isBlank() || password.isBlank()) {
            log.info("No first admin configured (KEUKENTAFEL_ADMIN_USERNAME/KEUKENTAFEL_ADMIN_PASSWORD); "
                    + "existing accounts are used as they are");
            return;
        }
        if (SystemTask.call("admin-bootstrap", () -> accounts.ensureAdmin(username, password))) {
            log.info("Created the first admin account '{}' from configuration", username);
        }
    }
}
