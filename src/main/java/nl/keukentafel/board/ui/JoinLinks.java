package nl.keukentafel.board.ui;

import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import nl.keukentafel.conversation.JoinCode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The address residents open to join: {@code keukentafel.public-url} when set (behind a proxy or
 * load balancer), otherwise the address this page was requested on.
 */
@Component
class JoinLinks {

    private final String publicUrl;

    JoinLinks(@Value("${keukentafel.public-url:}") String publicUrl) {
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** The links as seen from the current request; take them while handling one (not in a push). */
    Links forCurrentRequest() {
        return new Links(base());
    }

    record Links(String base) {

        String joinUrl(JoinCode code) {
            return base + "/join/" + code.value();
        }

        /** A participant's own notes page with their browser's secret in the fragment. */
        String ownNotesUrl(String secret) {
            return base + "/" + OwnNotesView.ROUTE + "#" + secret;
        }

        /** Shown under the QR code for people who type: the host and path without the scheme. */
        String joinAddress() {
            return base.replaceFirst("^https?://", "") + "/join";
        }
    }

    private String base() {
        if (!publicUrl.isBlank()) {
            return publicUrl;
        }
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        if (request == null) {
            return "";
        }
        HttpServletRequest http = request.getHttpServletRequest();
        String scheme = http.getScheme();
        int port = http.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + http.getServerName() + (defaultPort ? "" : ":" + port) + http.getContextPath();
    }
}
