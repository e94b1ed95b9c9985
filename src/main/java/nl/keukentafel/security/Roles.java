package nl.keukentafel.security;

/** Staff roles. Use these constants in {@code @RolesAllowed} and {@code @PreAuthorize}. */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String FACILITATOR = "FACILITATOR";
    public static final String TEAM_MEMBER = "TEAM_MEMBER";

    private Roles() {}
}
