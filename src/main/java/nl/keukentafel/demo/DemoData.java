package nl.keukentafel.demo;

import java.util.Set;
import nl.keukentafel.account.AccountService;
import nl.keukentafel.account.NewAccount;
import nl.keukentafel.account.StaffAccount;
import nl.keukentafel.security.StaffRole;
import nl.keukentafel.security.SystemTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the demo accounts (password {@value #PASSWORD}), demo conversations and the demo team's
 * tags and insight once. Every demo name says "demo", so
 * nobody mistakes it for real data.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "keukentafel.demo.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "demo-keukentafel";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final AccountService accounts;
    private final DemoConversations conversations;
    private final DemoReview review;

    DemoData(AccountService accounts, DemoConversations conversations, DemoReview review) {
        this.accounts = accounts;
        this.conversations = conversations;
        this.review = review;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemTask.run("demo-data", () -> {
            var existing = accounts.list().stream().map(StaffAccount::username).toList();
            create(existing, "beheerder", "Demo beheerder", StaffRole.ADMIN);
            create(existing, "gespreksleider", "Demo gespreksleider", StaffRole.FACILITATOR);
            create(existing, "teamlid", "Demo werkteamlid", StaffRole.TEAM_MEMBER);
        });
        SystemTask.callAs("gespreksleider", () -> {
            conversations.createOnce();
            return null;
        });
        SystemTask.callAs("teamlid", () -> {
            review.createOnce();
            return null;
        });
    }

    private void create(java.util.List<String> existing, String username, String name, StaffRole role) {
        if (existing.contains(username)) {
            return;
        }
        accounts.create(new NewAccount(username, name, Set.of(role), PASSWORD));
        log.info("Demo account '{}' created: demo data, not for real use (password in README)", username);
    }
}
