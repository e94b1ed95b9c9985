package nl.keukentafel.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A browser test: the whole application on a random port, one Spring context shared by every
 * browser test. Vaadin's development tools and Copilot are switched off: they are not part of the
 * product, so browsers (and the accessibility scan) see what staff and residents see.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.devmode.devTools.enabled=false")
public @interface BrowserTest {}
