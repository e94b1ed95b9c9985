package nl.keukentafel.account;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import nl.keukentafel.base.UserMessageException;
import nl.keukentafel.security.StaffRole;

/**
 * What an admin enters to create an account. Validates itself: account names are 3–64 lower-case
 * letters, digits, dots, dashes or underscores; passwords are at least 12 characters.
 */
public record NewAccount(String username, String displayName, Set<StaffRole> roles, String password) {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,64}");
    static final int MIN_PASSWORD_LENGTH = 12;
    static final int MAX_PASSWORD_LENGTH = 128;

    public NewAccount {
        username = normaliseUsername(username);
        displayName = displayName.strip();
        roles = Set.copyOf(roles);
        if (!USERNAME.matcher(username).matches()) {
            throw new UserMessageException("account.error.username");
        }
        if (displayName.isEmpty() || displayName.length() > 100) {
            throw new UserMessageException("account.error.display-name");
        }
        if (roles.isEmpty()) {
            throw new UserMessageException("account.error.roles");
        }
        checkPassword(password);
    }

    static String normaliseUsername(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    static void checkPassword(String password) {
        if (password.length() < MIN_PASSWORD_LENGTH || password.length() > MAX_PASSWORD_LENGTH) {
            throw new UserMessageException("account.error.password", MIN_PASSWORD_LENGTH);
        }
    }
}
