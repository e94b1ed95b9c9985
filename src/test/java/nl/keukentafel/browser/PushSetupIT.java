package nl.keukentafel.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.template.internal.DeprecatedPolymerPublishedEventHandler;
import com.vaadin.flow.di.Lookup;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.communication.JSR356WebsocketInitializer;
import jakarta.servlet.ServletContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import nl.keukentafel.base.ui.NoTemplateModels;
import org.atmosphere.cpr.ApplicationConfig;
import org.atmosphere.cpr.AtmosphereFramework;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The settings that make live boards cheaper reach the real servlet container and Vaadin (no
 * browser needed; it shares the browser tests' running application). The push itself is proven by
 * LiveBoardIT, which runs with the same buffer sizes.
 */
@BrowserTest
class PushSetupIT {

    @LocalServerPort
    int port;

    @Autowired
    ServletContext servletContext;

    @BeforeEach
    void initialiseVaadin() throws Exception {
        // The first request makes sure the Vaadin servlet and its push support are initialised.
        HttpResponse<Void> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void atmosphereGivesEachWebSocketSmallBuffers() {
        Object framework = servletContext.getAttribute(JSR356WebsocketInitializer.getAttributeName("springServlet"));

        assertThat(framework).isInstanceOf(AtmosphereFramework.class);
        assertThat(((AtmosphereFramework) framework)
                        .getAtmosphereConfig()
                        .getInitParameter(ApplicationConfig.WEBSOCKET_BUFFER_SIZE))
                .isEqualTo("1024");
    }

    @Test
    void tomcatWritesWebSocketFramesThroughSmallBuffers() {
        assertThat(System.getProperty("org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE"))
                .isEqualTo("4096");
    }

    @Test
    void vaadinFindsTheTemplateModelHandlerAsABeanInsteadOfScanningTheClassPath() {
        Lookup lookup = new VaadinServletContext(servletContext).getAttribute(Lookup.class);

        DeprecatedPolymerPublishedEventHandler handler = lookup.lookup(DeprecatedPolymerPublishedEventHandler.class);

        assertThat(handler).isInstanceOf(NoTemplateModels.class);
        assertThat(handler.isTemplateModelValue(new Div(), JsonNodeFactory.instance.textNode("x"), String.class))
                .isFalse();
    }
}
