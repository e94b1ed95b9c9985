package nl.keukentafel.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A browser test: the whole application on a random port, one Spring context shared by every
 * browser test. Vaadin's development tools and Copilot are switched off: they are not part of the
 * product, so browsers (and the accessibility scan) see what staff and residents see. Without
 * Chromium or its driver the tests are skipped with one line naming the packages to install.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(ChromiumPresent.class)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.devmode.devTools.enabled=false")
public @interface BrowserTest {}
