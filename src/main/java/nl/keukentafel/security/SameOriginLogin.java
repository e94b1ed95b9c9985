package nl.keukentafel.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import nl.keukentafel.base.AuditLog;
import org.jspecify.annotations.Nullable;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a login form posted from another site (login CSRF: a page elsewhere logging the visitor
 * in as the attacker, so that what they then type lands in the attacker's account). Vaadin's login
 * form cannot carry Spring's CSRF token, so the browser's own statement of where the form came from
 * decides: {@code Sec-Fetch-Site} where the browser sends it, else {@code Origin}. Every browser
 * that can be tricked into posting a form sends one of the two; a client without either is not a
 * browser acting for a victim.
 */
final class SameOriginLogin extends OncePerRequestFilter {

    private static final Set<String> OWN_SITE = Set.of("same-origin", "none");

    private final String loginPath;
    private final @Nullable String publicOrigin;

    SameOriginLogin(String loginPath, @Nullable String publicUrl) {
        this.loginPath = loginPath;
        this.publicOrigin = publicUrl == null || publicUrl.isBlank() ? null : origin(URI.create(publicUrl.strip()));
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !(request.getContextPath() + loginPath).equals(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (fromThisSite(request)) {
            chain.doFilter(request, response);
            return;
        }
        AuditLog.event("login.cross-site-refused", "client", request.getRemoteAddr());
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }

    boolean fromThisSite(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null) {
            return OWN_SITE.contains(fetchSite.toLowerCase(Locale.ROOT));
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return true;
        }
        String own = request.getScheme() + "://" + request.getServerName()
                + port(request.getScheme(), request.getServerPort());
        return origin.equalsIgnoreCase(own) || origin.equalsIgnoreCase(publicOrigin);
    }

    private static String origin(URI uri) {
        return uri.getScheme() + "://" + uri.getHost() + port(uri.getScheme(), uri.getPort());
    }

    /** ":8080", or nothing for a scheme's own port: how an origin writes the port. */
    static String port(String scheme, int port) {
        boolean standard = port < 0 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return standard ? "" : ":" + port;
    }
}
