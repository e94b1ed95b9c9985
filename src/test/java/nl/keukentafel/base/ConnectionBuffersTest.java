package nl.keukentafel.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.communication.JSR356WebsocketInitializer;
import jakarta.servlet.ServletContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.atmosphere.cpr.ApplicationConfig;
import org.atmosphere.cpr.AtmosphereFramework;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The buffer settings reach the real servlet container and Vaadin's push library. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConnectionBuffersTest {

    @LocalServerPort
    int port;

    @Autowired
    ServletContext servletContext;

    @Test
    void atmosphereGivesEachWebSocketSmallBuffers() throws Exception {
        // The first request makes sure the Vaadin servlet and its push support are initialised.
        HttpResponse<Void> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(200);

        Object framework = servletContext.getAttribute(JSR356WebsocketInitializer.getAttributeName("springServlet"));
        assertThat(framework).isInstanceOf(AtmosphereFramework.class);
        String size = ((AtmosphereFramework) framework)
                .getAtmosphereConfig()
                .getInitParameter(ApplicationConfig.WEBSOCKET_BUFFER_SIZE);
        assertThat(size).isEqualTo("1024");
    }

    @Test
    void tomcatFrameBuffersAreSetOnlyWhenNotGivenOnTheCommandLine() {
        String before = System.getProperty(ConnectionBuffers.TOMCAT_FRAME_BUFFER);
        try {
            System.clearProperty(ConnectionBuffers.TOMCAT_FRAME_BUFFER);
            ConnectionBuffers.applyBeforeStart();
            assertThat(System.getProperty(ConnectionBuffers.TOMCAT_FRAME_BUFFER))
                    .isEqualTo("4096");

            System.setProperty(ConnectionBuffers.TOMCAT_FRAME_BUFFER, "16384");
            ConnectionBuffers.applyBeforeStart();
            assertThat(System.getProperty(ConnectionBuffers.TOMCAT_FRAME_BUFFER))
                    .isEqualTo("16384");
        } finally {
            if (before == null) {
                System.clearProperty(ConnectionBuffers.TOMCAT_FRAME_BUFFER);
            } else {
                System.setProperty(ConnectionBuffers.TOMCAT_FRAME_BUFFER, before);
            }
        }
    }
}
