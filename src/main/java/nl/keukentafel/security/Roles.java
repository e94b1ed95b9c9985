package nl.keukentafel.security;

/**
 * Staff roles as constants: the role names for views' {@code @RolesAllowed}, and ready-made
 * expressions for services' {@code @PreAuthorize}. Services use {@code @PreAuthorize} only, so
 * Spring never proxies the views (docs/adr/0006).
 */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String FACILITATOR = "FACILITATOR";
    public static final String TEAM_MEMBER = "TEAM_MEMBER";

    public static final String IS_ADMIN = "hasRole('ADMIN')";
    public static final String IS_FACILITATOR = "hasRole('FACILITATOR')";
    public static final String IS_FACILITATOR_OR_ADMIN = "hasAnyRole('FACILITATOR', 'ADMIN')";
    public static final String IS_STAFF = "hasAnyRole('ADMIN', 'FACILITATOR', 'TEAM_MEMBER')";

    private Roles() {}
}
