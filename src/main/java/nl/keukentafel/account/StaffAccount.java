package nl.keukentafel.account;

import java.time.Instant;
import java.util.Set;
import nl.keukentafel.security.StaffRole;

/** A staff account as admins see it; the password hash never leaves the repository. */
public record StaffAccount(
        AccountId id, String username, String displayName, Set<StaffRole> roles, boolean enabled, Instant createdAt) {

    public StaffAccount {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(StaffRole role) {
        return roles.contains(role);
    }
}
