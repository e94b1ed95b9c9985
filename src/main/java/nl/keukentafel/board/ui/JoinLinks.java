package nl.keukentafel.board.ui;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.util.List;
import java.util.Locale;
import nl.keukentafel.conversation.JoinCode;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The address residents open to join: {@code keukentafel.public-url} when set (behind a proxy or
 * load balancer), otherwise the address this page was requested on.
 *
 * <p>A page requested on "localhost" (the README's first run) would send tablets to themselves. Then
 * the links know this machine's own network addresses ({@link LocalNetwork}), and the facilitator
 * can {@linkplain #choose choose} one for the QR code; the choice holds for the rest of the
 * facilitator's session, so the projector opened next uses it too.
 */
@Component
class JoinLinks {

    private static final String CHOSEN = JoinLinks.class.getName() + ".chosen";

    private final String publicUrl;
    private final LocalNetwork network;

    JoinLinks(@Value("${keukentafel.public-url:}") String publicUrl, LocalNetwork network) {
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.network = network;
    }

    /** The links as seen from the current request; take them while handling one (not in a push). */
    Links forCurrentRequest() {
        if (!publicUrl.isBlank()) {
            return new Links(publicUrl, false, List.of());
        }
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        if (request == null) {
            return new Links("", false, List.of());
        }
        HttpServletRequest http = request.getHttpServletRequest();
        String scheme = http.getScheme();
        String requested =
                scheme + "://" + http.getServerName() + port(scheme, http.getServerPort()) + http.getContextPath();
        if (!isLoopback(http.getServerName())) {
            return new Links(requested, false, List.of());
        }
        List<String> inNetwork = network.siteLocalAddresses().stream()
                .map(address -> scheme + "://" + address + port(scheme, http.getLocalPort()) + http.getContextPath())
                .toList();
        VaadinSession session = VaadinSession.getCurrent();
        Object chosen = session == null ? null : session.getAttribute(CHOSEN);
        if (chosen instanceof String base && inNetwork.contains(base)) {
            return new Links(base, false, inNetwork);
        }
        return new Links(requested, true, inNetwork);
    }

    /** Uses one of the offered network addresses from now on, for this session's board screens. */
    Links choose(Links links, String base) {
        if (!links.inNetwork().contains(base)) {
            throw new IllegalArgumentException("Not one of this machine's addresses: " + base);
        }
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(CHOSEN, base);
        }
        return new Links(base, false, links.inNetwork());
    }

    /**
     * @param base the start of every link, e.g. {@code http://192.168.1.20:8080}
     * @param unreachable whether {@code base} is this machine's loopback address, which no tablet can open
     * @param inNetwork this machine's own network addresses as bases, offered when the page was
     *     requested on a loopback address; empty otherwise
     */
    record Links(String base, boolean unreachable, List<String> inNetwork) {

        String joinUrl(JoinCode code) {
            return base + "/join/" + code.value();
        }

        /** A participant's own notes page with their browser's secret in the fragment. */
        String ownNotesUrl(String secret) {
            return base + "/" + OwnNotesView.ROUTE + "#" + secret;
        }

        /** Shown under the QR code for people who type: the host and path without the scheme. */
        String joinAddress() {
            return withoutScheme(base) + "/join";
        }

        static String withoutScheme(String base) {
            return base.replaceFirst("^https?://", "");
        }
    }

    private static String port(String scheme, int port) {
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return defaultPort ? "" : ":" + port;
    }

    /** "localhost", a name under it, or a loopback address literal; never looked up in DNS. */
    static boolean isLoopback(@Nullable String host) {
        if (host == null || host.isBlank()) {
            return false;
        }
        String name = host.toLowerCase(Locale.ROOT);
        if (name.equals("localhost") || name.endsWith(".localhost")) {
            return true;
        }
        String literal = name.startsWith("[") && name.endsWith("]") ? name.substring(1, name.length() - 1) : name;
        try {
            return InetAddress.ofLiteral(literal).isLoopbackAddress();
        } catch (IllegalArgumentException notAnAddress) {
            return false;
        }
    }
}
