package nl.keukentafel.account;

import java.util.List;
import java.util.Set;
import nl.keukentafel.base.AuditLog;
import nl.keukentafel.base.UserMessageException;
import nl.keukentafel.security.CurrentStaff;
import nl.keukentafel.security.Roles;
import nl.keukentafel.security.StaffRole;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admins manage staff accounts here. An admin cannot disable or demote themselves, and the last
 * enabled admin always stays, so nobody locks the organisation out.
 */
@Service
public class AccountService {

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;

    AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
    }

    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional(readOnly = true)
    public List<StaffAccount> list() {
        return accounts.findAll();
    }

    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional
    public StaffAccount create(NewAccount account) {
        if (accounts.existsByUsername(account.username())) {
            throw new UserMessageException("account.error.username-taken", account.username());
        }
        AccountId id = accounts.insert(account, passwordEncoder.encode(account.password()));
        audit("account.created", id, "username", account.username(), "roles", account.roles());
        return accounts.findById(id).orElseThrow();
    }

    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional
    public StaffAccount disable(AccountId id) {
        StaffAccount account = get(id);
        if (isSelf(account)) {
            throw new UserMessageException("account.error.disable-self");
        }
        if (account.hasRole(StaffRole.ADMIN)
                && account.enabled()
                && accounts.countEnabledWithRole(StaffRole.ADMIN) <= 1) {
            throw new UserMessageException("account.error.last-admin");
        }
        accounts.updateEnabled(id, false);
        audit("account.disabled", id, "username", account.username());
        return get(id);
    }

    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional
    public StaffAccount enable(AccountId id) {
        StaffAccount account = get(id);
        accounts.updateEnabled(id, true);
        audit("account.enabled", id, "username", account.username());
        return get(id);
    }

    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional
    public void resetPassword(AccountId id, String newPassword) {
        NewAccount.checkPassword(newPassword);
        StaffAccount account = get(id);
        accounts.updatePasswordHash(id, passwordEncoder.encode(newPassword));
        audit("account.password-reset", id, "username", account.username());
    }

    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional
    public StaffAccount update(AccountId id, String displayName, Set<StaffRole> roles) {
        StaffAccount account = get(id);
        String name = displayName.strip();
        if (name.isEmpty() || name.length() > 100) {
            throw new UserMessageException("account.error.display-name");
        }
        if (roles.isEmpty()) {
            throw new UserMessageException("account.error.roles");
        }
        if (account.hasRole(StaffRole.ADMIN) && !roles.contains(StaffRole.ADMIN)) {
            if (isSelf(account)) {
                throw new UserMessageException("account.error.demote-self");
            }
            if (account.enabled() && accounts.countEnabledWithRole(StaffRole.ADMIN) <= 1) {
                throw new UserMessageException("account.error.last-admin");
            }
        }
        accounts.updateProfile(id, name, roles);
        audit("account.updated", id, "username", account.username(), "roles", roles);
        return get(id);
    }

    /** Creates the first admin from configuration when no enabled admin exists yet. */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional
    public boolean ensureAdmin(String username, String password) {
        if (accounts.countEnabledWithRole(StaffRole.ADMIN) > 0) {
            return false;
        }
        NewAccount admin = new NewAccount(username, username, Set.of(StaffRole.ADMIN), password);
        var existing = accounts.findByUsername(admin.username());
        if (existing.isPresent()) {
            AccountId id = existing.get().id();
            accounts.updatePasswordHash(id, passwordEncoder.encode(password));
            accounts.updateProfile(id, existing.get().displayName(), Set.of(StaffRole.ADMIN));
            accounts.updateEnabled(id, true);
            audit("account.admin-restored", id, "username", admin.username());
        } else {
            AccountId id = accounts.insert(admin, passwordEncoder.encode(password));
            audit("account.admin-bootstrapped", id, "username", admin.username());
        }
        return true;
    }

    private StaffAccount get(AccountId id) {
        return accounts.findById(id).orElseThrow(() -> new UserMessageException("account.error.not-found"));
    }

    private static boolean isSelf(StaffAccount account) {
        return CurrentStaff.username().map(account.username()::equals).orElse(false);
    }

    private static void audit(String event, AccountId id, Object... details) {
        Object[] keyValues = new Object[details.length + 4];
        keyValues[0] = "by";
        keyValues[1] = CurrentStaff.username().orElse("system");
        keyValues[2] = "account";
        keyValues[3] = id.value();
        System.arraycopy(details, 0, keyValues, 4, details.length);
        AuditLog.event(event, keyValues);
    }
}
