package nl.keukentafel.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The application behind a trusted proxy on this machine, with small write limits, so tests see
 * the limits act within a few calls. Test classes with this annotation share one context, in a
 * JVM of their own (the surefire execution "own-context" in pom.xml).
 */
@Tag("own-context")
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "keukentafel.limits.notes-per-participant=3",
            "keukentafel.limits.notes-per-client=5",
            "keukentafel.limits.changes-per-participant=3",
            "keukentafel.limits.joins-per-client=3",
            "server.tomcat.remoteip.internal-proxies=127.0.0.1/32, ::1/128"
        })
public @interface SmallLimitsBehindAProxy {}
