package nl.keukentafel.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import nl.keukentafel.support.SmallLimitsBehindAProxy;
import nl.keukentafel.support.TestStaff;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** With a proxy on this machine configured as trusted, the client address is the forwarded one. */
@SmallLimitsBehindAProxy
@ExtendWith(OutputCaptureExtension.class)
class TrustedProxyHttpTest {

    @LocalServerPort
    int port;

    @Test
    void theForwardedAddressOfATrustedProxyIsTheClient(CapturedOutput output) throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String form = "username=" + TestStaff.uniqueName("via-proxy") + "&password=verkeerd-wachtwoord";

        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("X-Forwarded-For", "203.0.113.77")
                        .timeout(Duration.ofSeconds(30))
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(output.getAll()).contains("event=login.failed").contains("client=203.0.113.77");
    }
}
