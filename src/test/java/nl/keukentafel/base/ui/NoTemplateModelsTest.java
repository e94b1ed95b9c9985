package nl.keukentafel.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.template.internal.DeprecatedPolymerPublishedEventHandler;
import com.vaadin.flow.di.Lookup;
import com.vaadin.flow.server.VaadinServletContext;
import jakarta.servlet.ServletContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.node.JsonNodeFactory;

/** On the real servlet container, Vaadin's lookup finds the handler as a Spring bean. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NoTemplateModelsTest {

    @LocalServerPort
    int port;

    @Autowired
    ServletContext servletContext;

    @Test
    void vaadinFindsTheHandlerAsASpringBeanInsteadOfScanningTheClassPath() throws Exception {
        HttpResponse<Void> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(200);
        Lookup lookup = new VaadinServletContext(servletContext).getAttribute(Lookup.class);

        DeprecatedPolymerPublishedEventHandler handler = lookup.lookup(DeprecatedPolymerPublishedEventHandler.class);

        assertThat(handler).isInstanceOf(NoTemplateModels.class);
        assertThat(handler.isTemplateModelValue(new Div(), JsonNodeFactory.instance.textNode("x"), String.class))
                .isFalse();
    }
}
