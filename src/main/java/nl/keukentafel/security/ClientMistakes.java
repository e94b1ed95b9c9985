package nl.keukentafel.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import nl.keukentafel.base.AuditLog;
import nl.keukentafel.base.ClientAddress;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a request that no browser of ours sends with 400 and one log line, before Vaadin parses
 * it: a UI id that is not a number made Vaadin log a 300-line stack trace per request, which let
 * anyone with a session cookie flood the log. Values from the request are logged only in the safe
 * form of {@link AuditLog#safe}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ClientMistakes extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ClientMistakes.class);
    private static final Pattern NUMBER = Pattern.compile("\\d{1,9}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String uiId = uiId(request.getQueryString());
        if (uiId != null && !NUMBER.matcher(uiId).matches()) {
            log.info(
                    "Refused a request with UI id {} from {}: not one a browser of ours sends",
                    AuditLog.safe(uiId),
                    ClientAddress.key(request.getRemoteAddr()));
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        chain.doFilter(request, response);
    }

    /** The UI id from the query string only: reading parameters would consume a posted form. */
    static @Nullable String uiId(@Nullable String query) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith("v-uiId=")) {
                String raw = pair.substring("v-uiId=".length());
                try {
                    return URLDecoder.decode(raw, StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    return raw;
                }
            }
        }
        return null;
    }
}
