package nl.keukentafel.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the README's first run serves to a resident's tablet: Vaadin's production frontend (no
 * development tools, no development bundle), the project's own styles and scripts from the
 * top-level {@code frontend/}, and compressed styles and scripts but never compressed pages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FirstRunHttpTest {

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @LocalServerPort
    int port;

    private HttpResponse<String> get(String path, String acceptEncoding) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30));
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theJoinPageIsServedWithTheProductionFrontendAndNoDevelopmentTools() throws Exception {
        HttpResponse<String> join = get("/join", null);

        assertThat(join.statusCode()).isEqualTo(200);
        assertThat(join.body())
                .contains("/VAADIN/build/")
                .doesNotContain("devToolsConf")
                .doesNotContain("vaadin-dev-tools")
                .doesNotContain("VAADIN/@vite");
        assertThat(join.body()).contains("<html lang=\"nl\"");
    }

    @Test
    void theProjectsOwnStylesAndScriptsComeFromTheTopLevelFrontendFolder() throws Exception {
        assertThat(get("/styles/keukentafel.css", null).body()).contains(".note-card");
        assertThat(get("/scripts/keukentafel-note.js", null).body()).contains("customElements.define('kt-note'");
        assertThat(get("/scripts/keukentafel-table.js", null).statusCode()).isEqualTo(200);
    }

    @Test
    void stylesAndScriptsAreCompressedButPagesAreNot() throws Exception {
        HttpResponse<String> join = get("/join", "gzip");
        Matcher script = Pattern.compile("/VAADIN/build/[\\w.-]+\\.js").matcher(join.body());
        assertThat(script.find()).as("a production script on the page").isTrue();

        HttpResponse<String> lumo = get("/lumo/lumo.css", "gzip");
        HttpResponse<String> styles = get("/styles/keukentafel.css", "gzip");

        assertThat(lumo.statusCode()).isEqualTo(200);
        assertThat(lumo.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(styles.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(join.headers().firstValue("Content-Encoding"))
                .as("pages carry session keys: never compressed (BREACH)")
                .isEmpty();
    }
}
