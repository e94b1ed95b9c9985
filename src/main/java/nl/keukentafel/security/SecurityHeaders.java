package nl.keukentafel.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers on every response, written before anything else runs, so no handler (Vaadin's
 * page, a download, an error page, the actuator) can leave them out. Why each Content-Security-Policy
 * source is there (docs/adr/0006):
 *
 * <ul>
 *   <li>{@code script-src 'unsafe-inline'}: Vaadin's start page carries its first state in an inline
 *       script; {@code 'unsafe-eval'}: Vaadin Flow runs the small scripts the server sends (such as
 *       the board's {@code executeJs} calls) through {@code new Function}. Scripts from other
 *       sites stay blocked.
 *   <li>{@code style-src 'unsafe-inline'}: Vaadin's components and theme put their styles in
 *       {@code <style>} elements and style attributes.
 *   <li>{@code img-src data: blob:}: icons drawn as data URLs, and the QR code.
 *   <li>{@code connect-src 'self'} plus this host's {@code ws:}/{@code wss:} address: the push
 *       WebSocket that brings notes to every screen (older Safari does not count a WebSocket to the
 *       same host as {@code 'self'}).
 *   <li>{@code frame-ancestors 'none'}: no other site can frame a board (clickjacking).
 * </ul>
 *
 * <p>{@code Referrer-Policy: no-referrer}, because join codes are in addresses; HSTS only on
 * requests that came in over https (directly or through a trusted proxy). Pages, UI requests and
 * downloads are never cached ({@code no-store}: they can hold residents' words); Vaadin's built
 * files, styles, scripts and fonts keep their own caching.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityHeaders extends OncePerRequestFilter {

    static final String PERMISSIONS_POLICY =
            "camera=(), microphone=(), geolocation=(), payment=(), usb=(), display-capture=(), fullscreen=(self)";

    private static final List<String> CACHEABLE =
            List.of("/VAADIN/build/", "/VAADIN/static/", "/styles/", "/scripts/", "/fonts/", "/images/", "/icons/");

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", policy(request));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        if (!cacheable(request)) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }

    static String policy(HttpServletRequest request) {
        String host = request.getServerName() + SameOriginLogin.port(request.getScheme(), request.getServerPort());
        return "default-src 'self'; "
                + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
                + "style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data: blob:; "
                + "font-src 'self' data:; "
                + "connect-src 'self' " + (request.isSecure() ? "wss://" : "ws://") + host + "; "
                + "object-src 'none'; "
                + "base-uri 'self'; "
                + "form-action 'self'; "
                + "frame-ancestors 'none'";
    }

    private static boolean cacheable(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return CACHEABLE.stream().anyMatch(path::startsWith) || path.equals("/favicon.ico");
    }
}
