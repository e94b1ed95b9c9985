package nl.keukentafel.review;

import nl.keukentafel.security.CurrentStaff;
import nl.keukentafel.security.StaffRole;
import org.jspecify.annotations.Nullable;

/**
 * Whose conversations a staff member reviews: team members and admins all of them, a facilitator
 * (who is neither) only the ones they ran, as facilitator or co-facilitator. Decided on the server
 * for every query.
 */
record ReviewScope(@Nullable String facilitator) {

    static ReviewScope current() {
        if (CurrentStaff.hasRole(StaffRole.TEAM_MEMBER) || CurrentStaff.hasRole(StaffRole.ADMIN)) {
            return new ReviewScope(null);
        }
        return new ReviewScope(CurrentStaff.username().orElse(""));
    }
}
