package nl.keukentafel.base;

import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.communication.JSR356WebsocketInitializer;
import jakarta.servlet.ServletConfig;
import org.atmosphere.cpr.ApplicationConfig;
import org.atmosphere.cpr.AtmosphereFramework;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Smaller per-connection buffers. Every screen of a live board keeps a push WebSocket open for
 * hours, and the buffers that Tomcat and Atmosphere (Vaadin's push library) keep per connection were
 * the larger part of the server memory per participant (README "Performance", measured with a heap
 * dump). Browsers send only small messages over the WebSocket (client-to-server traffic goes over
 * XHR, ADR 0005/0007), so small incoming buffers are enough; outgoing pushes of any size still work
 * (a push larger than Tomcat's frame buffer is sent as several WebSocket frames).
 */
@Configuration
public class ConnectionBuffers {

    /** Tomcat reads this once, when its WebSocket classes load: set it before the server starts. */
    static final String TOMCAT_FRAME_BUFFER = "org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE";

    private static final Logger log = LoggerFactory.getLogger(ConnectionBuffers.class);
    private static final int FRAME_BUFFER_DEFAULT = 4096;

    /**
     * Tomcat's per-WebSocket frame buffers (one for reading, two for writing; 8 KiB each by default)
     * are sized by a JVM system property. Called from {@code main} before anything loads Tomcat; a
     * value given on the command line ({@code -Dorg.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE=...})
     * wins.
     */
    public static void applyBeforeStart() {
        if (System.getProperty(TOMCAT_FRAME_BUFFER) == null) {
            System.setProperty(TOMCAT_FRAME_BUFFER, String.valueOf(FRAME_BUFFER_DEFAULT));
        }
    }

    /**
     * Atmosphere gives every WebSocket a byte and a character buffer of its "bufferSize", which
     * Vaadin sets to 16384 (48 KiB per screen). With Tomcat, Atmosphere never reads or writes through
     * them, so a small size is safe; the setting is read each time a WebSocket opens.
     */
    @Bean
    VaadinServiceInitListener atmosphereBuffers(@Value("${keukentafel.websocket.buffer-size:1024}") int size) {
        return event -> {
            if (!(event.getSource() instanceof VaadinServletService service)) {
                return;
            }
            VaadinServlet servlet = service.getServlet();
            ServletConfig config = servlet == null ? null : servlet.getServletConfig();
            Object framework = config == null
                    ? null
                    : config.getServletContext()
                            .getAttribute(JSR356WebsocketInitializer.getAttributeName(config.getServletName()));
            if (framework instanceof AtmosphereFramework atmosphere) {
                atmosphere.addInitParameter(ApplicationConfig.WEBSOCKET_BUFFER_SIZE, String.valueOf(size));
                log.debug("Atmosphere WebSocket buffers set to {}", size);
            } else {
                log.info("Push is not initialised through the servlet context; Atmosphere keeps its buffer size");
            }
        };
    }

    @Bean
    TomcatContextCustomizer webSocketBuffers(@Value("${keukentafel.websocket.buffer-size:1024}") int size) {
        return context -> {
            context.addParameter("org.apache.tomcat.websocket.textBufferSize", String.valueOf(size));
            context.addParameter("org.apache.tomcat.websocket.binaryBufferSize", String.valueOf(size));
        };
    }

    @Bean
    TomcatConnectorCustomizer socketBuffers(@Value("${keukentafel.socket.app-buffer-size:4096}") int size) {
        return connector -> {
            connector.setProperty("socket.appReadBufSize", String.valueOf(size));
            connector.setProperty("socket.appWriteBufSize", String.valueOf(size));
        };
    }
}
