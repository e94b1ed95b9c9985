package nl.keukentafel.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import nl.keukentafel.account.AccountService;
import nl.keukentafel.account.StaffAccount;
import nl.keukentafel.support.TestStaff;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 14's findings over real HTTP, with the application's default settings: login CSRF,
 * forwarded headers from an untrusted peer, security headers, and client mistakes in the log.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class HardeningHttpTest {

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postLogin(String username, String password, Map<String, String> headers)
            throws Exception {
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        headers.forEach(request::header);
        return send(request);
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    @Test
    void aLoginPostedFromAnotherSiteIsRefused() throws Exception {
        StaffAccount account = TestStaff.create(accounts, "csrf-doel", StaffRole.FACILITATOR);

        HttpResponse<String> foreignOrigin =
                postLogin(account.username(), TestStaff.PASSWORD, Map.of("Origin", "https://kwaadwillend.example"));
        HttpResponse<String> crossSite =
                postLogin(account.username(), TestStaff.PASSWORD, Map.of("Sec-Fetch-Site", "cross-site"));
        HttpResponse<String> nullOrigin = postLogin(account.username(), TestStaff.PASSWORD, Map.of("Origin", "null"));

        assertThat(foreignOrigin.statusCode()).isEqualTo(403);
        assertThat(crossSite.statusCode()).isEqualTo(403);
        assertThat(nullOrigin.statusCode()).isEqualTo(403);
        assertThat(foreignOrigin.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));
    }

    @Test
    void aLoginFromTheAppsOwnPageStillWorks() throws Exception {
        StaffAccount account = TestStaff.create(accounts, "csrf-eigen", StaffRole.FACILITATOR);

        HttpResponse<String> sameOrigin = postLogin(
                account.username(),
                TestStaff.PASSWORD,
                Map.of("Origin", "http://localhost:" + port, "Sec-Fetch-Site", "same-origin"));

        assertThat(sameOrigin.statusCode()).isEqualTo(302);
        assertThat(URI.create(location(sameOrigin)).getPath()).isEqualTo("/");
    }

    @Test
    void aForwardedForHeaderFromAnUntrustedPeerIsIgnored(CapturedOutput output) throws Exception {
        String name = TestStaff.uniqueName("doorgestuurd");

        postLogin(name, "verkeerd-wachtwoord", Map.of("X-Forwarded-For", "203.0.113.77"));

        assertThat(output.getAll()).contains("event=login.failed").doesNotContain("203.0.113.77");
    }

    @Test
    void everyPageCarriesTheSecurityHeaders() throws Exception {
        for (String path : new String[] {"/login", "/join", "/privacy"}) {
            HttpResponse<String> page = send(HttpRequest.newBuilder(uri(path)).GET());

            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Security-Policy"))
                    .as(path)
                    .hasValueSatisfying(csp -> assertThat(csp)
                            .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
                            .doesNotContain("*"));
            assertThat(page.headers().firstValue("X-Content-Type-Options"))
                    .as(path)
                    .hasValue("nosniff");
            assertThat(page.headers().firstValue("Referrer-Policy")).as(path).hasValue("no-referrer");
            assertThat(page.headers().firstValue("Permissions-Policy"))
                    .as(path)
                    .hasValueSatisfying(p -> assertThat(p).contains("camera=()", "microphone=()"));
            assertThat(page.headers().firstValue("Cache-Control")).as(path).hasValue("no-store");
            assertThat(page.headers().firstValue("Strict-Transport-Security"))
                    .as("HSTS only over https")
                    .isEmpty();
        }
    }

    @Test
    void stylesKeepTheirCachingAndStillGetTheSecurityHeaders() throws Exception {
        HttpResponse<String> css =
                send(HttpRequest.newBuilder(uri("/styles/keukentafel.css")).GET());

        assertThat(css.headers().firstValue("Cache-Control")).isNotEqualTo(java.util.Optional.of("no-store"));
        assertThat(css.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void aHeartbeatWithAUiIdThatIsNoNumberIsOneLineNotAStackTrace(CapturedOutput output) throws Exception {
        HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/join")).GET());
        String cookie = page.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID"))
                .map(c -> c.substring(0, c.indexOf(';')))
                .findFirst()
                .orElse("");

        HttpResponse<String> heartbeat = send(HttpRequest.newBuilder(uri("/?v-r=heartbeat&v-uiId=abc"))
                .header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(heartbeat.statusCode()).isEqualTo(400);
        assertThat(output.getAll().lines().filter(line -> line.contains("Refused a request with UI id")))
                .singleElement()
                .satisfies(line -> assertThat(line).contains("abc"));
        assertThat(output.getAll()).doesNotContain("NumberFormatException", "\tat ");
    }
}
