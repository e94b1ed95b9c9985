package nl.keukentafel.base;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Smaller per-connection buffers. Every screen of a live board keeps a push WebSocket open for
 * hours, and Tomcat's default 8 KiB buffers per connection and per WebSocket were the larger part
 * of the server memory per participant (README "Performance"). Browsers send only small messages
 * over the WebSocket (client-to-server traffic goes over XHR, ADR 0005/0007), so small incoming
 * buffers are enough; outgoing pushes of any size still work.
 */
@Configuration
class ConnectionBuffers {

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
