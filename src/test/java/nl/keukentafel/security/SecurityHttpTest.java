package nl.keukentafel.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import nl.keukentafel.account.AccountService;
import nl.keukentafel.account.StaffAccount;
import nl.keukentafel.support.TestStaff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Web security over real HTTP: open health probes, admin-only metrics, login redirect, public styles. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityHttpTest {

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    private HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    private HttpResponse<String> get(String path, String username, String password) throws Exception {
        String basic = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri(path))
                .header("Authorization", "Basic " + basic)
                .GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    @Test
    void healthIsOpenAndUp() throws Exception {
        HttpResponse<String> health = get("/actuator/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void livenessAndReadinessProbesAreOpen() throws Exception {
        for (String probe : new String[] {"/actuator/health/liveness", "/actuator/health/readiness"}) {
            HttpResponse<String> response = get(probe);
            assertThat(response.statusCode()).as(probe).isEqualTo(200);
            assertThat(response.body()).as(probe).contains("UP");
        }
    }

    @Test
    void anonymousHealthShowsNoDetails() throws Exception {
        assertThat(get("/actuator/health").body()).doesNotContain("components", "db");
    }

    @Test
    void metricsNeedCredentials() throws Exception {
        HttpResponse<String> response = get("/actuator/prometheus");

        assertThat(response.statusCode())
                .as(() -> response.headers().map().toString())
                .isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        assertThat(response.body()).doesNotContain("jvm_");
    }

    @Test
    void metricsAreRefusedToAFacilitator() throws Exception {
        StaffAccount facilitator = TestStaff.create(accounts, "metrics-leider", StaffRole.FACILITATOR);

        HttpResponse<String> response = get("/actuator/prometheus", facilitator.username(), TestStaff.PASSWORD);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).doesNotContain("jvm_");
    }

    @Test
    void metricsAreRefusedWithAWrongPassword() throws Exception {
        StaffAccount admin = TestStaff.create(accounts, "metrics-beheer", StaffRole.ADMIN);

        assertThat(get("/actuator/prometheus", admin.username(), "niet-het-wachtwoord")
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void metricsAreShownToAnAdmin() throws Exception {
        StaffAccount admin = TestStaff.create(accounts, "metrics-beheer", StaffRole.ADMIN);

        HttpResponse<String> response = get("/actuator/prometheus", admin.username(), TestStaff.PASSWORD);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("jvm_");
        assertThat(response.headers().firstValue("Set-Cookie"))
                .as("the actuator is stateless")
                .isEmpty();
    }

    @Test
    void anAdminSeesHealthDetails() throws Exception {
        StaffAccount admin = TestStaff.create(accounts, "health-beheer", StaffRole.ADMIN);

        HttpResponse<String> response = get("/actuator/health", admin.username(), TestStaff.PASSWORD);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"db\"");
    }

    @Test
    void theAppRedirectsAnAnonymousVisitorToLogin() throws Exception {
        HttpResponse<String> response = get("/");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(
                        location -> assertThat(URI.create(location).getPath()).isEqualTo("/login"));
    }

    @Test
    void theLoginPageIsOpen() throws Exception {
        assertThat(get("/login").statusCode()).isEqualTo(200);
    }

    @Test
    void ownStylesheetsArePublic() throws Exception {
        HttpResponse<String> css = get("/styles/keukentafel.css");

        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/css"));
        assertThat(css.body()).contains(".login-view");
    }
}
