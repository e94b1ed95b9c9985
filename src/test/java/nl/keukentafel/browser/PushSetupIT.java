package nl.keukentafel.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.template.internal.DeprecatedPolymerPublishedEventHandler;
import com.vaadin.flow.di.Lookup;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.communication.JSR356WebsocketInitializer;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.lang.reflect.Field;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.keukentafel.base.ui.NoTemplateModels;
import org.atmosphere.cpr.ApplicationConfig;
import org.atmosphere.cpr.AtmosphereFramework;
import org.atmosphere.cpr.Broadcaster;
import org.atmosphere.cpr.DefaultBroadcaster;
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
    void pushWriteThreadsWaitBrieflyForTheNextPushToTheSameScreen() throws Exception {
        AtmosphereFramework framework = (AtmosphereFramework)
                servletContext.getAttribute(JSR356WebsocketInitializer.getAttributeName("springServlet"));
        List<Broadcaster> broadcasters = framework.getAtmosphereHandlers().values().stream()
                .map(handler -> handler.broadcaster)
                .toList();
        // The setting has no getter; read it where the write threads use it.
        Field waitTime = DefaultBroadcaster.class.getDeclaredField("waitTime");
        waitTime.setAccessible(true);

        assertThat(broadcasters)
                .isNotEmpty()
                .allSatisfy(broadcaster -> assertThat(waitTime.getInt(broadcaster))
                        .as("Atmosphere's default is %d ms", DefaultBroadcaster.POLLING_DEFAULT)
                        .isEqualTo(20));
    }

    @Test
    void tomcatWritesWebSocketFramesThroughSmallBuffers() {
        assertThat(System.getProperty("org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE"))
                .isEqualTo("4096");
    }

    @Test
    void vaadinFindsTheTemplateModelHandlerWithoutScanningTheClassPath() throws Exception {
        Lookup lookup = new VaadinServletContext(servletContext).getAttribute(Lookup.class);
        String providerFile = "META-INF/services/" + DeprecatedPolymerPublishedEventHandler.class.getName();
        List<String> scanned = new CopyOnWriteArrayList<>();
        ClassLoader original = Thread.currentThread().getContextClassLoader();
        // ServiceLoader reads provider files through the thread's context class loader.
        Thread.currentThread().setContextClassLoader(new ClassLoader(original) {
            @Override
            public Enumeration<URL> getResources(String name) throws IOException {
                scanned.add(name);
                return super.getResources(name);
            }
        });
        DeprecatedPolymerPublishedEventHandler handler;
        try {
            handler = lookup.lookup(DeprecatedPolymerPublishedEventHandler.class);
        } finally {
            Thread.currentThread().setContextClassLoader(original);
        }

        assertThat(handler).isInstanceOf(NoTemplateModels.class);
        assertThat(handler.isTemplateModelValue(new Div(), JsonNodeFactory.instance.textNode("x"), String.class))
                .isFalse();
        assertThat(scanned).doesNotContain(providerFile);
    }
}
