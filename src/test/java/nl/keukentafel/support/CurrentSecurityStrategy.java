package nl.keukentafel.support;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Before every test, points Spring Security's static holder at the security-context strategy of
 * the test's own application context. Vaadin gives each context its own strategy (with its own
 * thread-local) and sets it as the static one when the context starts; a test JVM that holds two
 * contexts (a real server for HTTP tests next to the mock one) would otherwise have
 * {@code SystemTask} write where the other context's method security never reads. Registered in
 * {@code META-INF/spring.factories}.
 */
public class CurrentSecurityStrategy implements TestExecutionListener, Ordered {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        testContext
                .getApplicationContext()
                .getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
