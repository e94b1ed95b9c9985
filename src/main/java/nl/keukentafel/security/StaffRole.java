package nl.keukentafel.security;

/** The roles a staff account can hold; {@link Roles} has the same names as constants. */
public enum StaffRole {
    ADMIN,
    FACILITATOR,
    TEAM_MEMBER;

    /** The Spring Security authority for this role. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** Translation key of the role's display name. */
    public String labelKey() {
        return "role." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
