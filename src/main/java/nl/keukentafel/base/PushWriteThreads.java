package nl.keukentafel.base;

import com.vaadin.flow.server.VaadinServlet;
import java.time.Duration;
import org.atmosphere.cpr.ApplicationConfig;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * How long a push write thread waits for the next push to the same screen before it serves
 * another screen.
 *
 * <p>Atmosphere (Vaadin's push library) writes every push from a shared pool of 200 threads. After
 * a write, the thread keeps polling that screen's queue for the broadcaster's "thread wait time",
 * 100 ms by default, before it returns to the pool. A live board pushes each note to every screen
 * of its board once, so at 1,500 screens and one note per second per board those waits held about
 * 145 of the 200 threads on average; in a burst the pool ran out and pushes queued behind threads
 * that were only waiting (note-to-screen p95 72 ms, p99 102 ms; README "Performance", ADR 0008).
 * With 20 ms, the same load holds about 30 threads on average, and pushes that follow each other
 * closely still reuse the thread.
 *
 * <p>Vaadin hands the servlet's init parameters to Atmosphere when push starts, before the
 * broadcaster reads the setting.
 */
@Configuration
public class PushWriteThreads {

    private static final String PROPERTY = "keukentafel.push.write-thread-wait";
    private static final Duration DEFAULT = Duration.ofMillis(20);

    // Static: post-processors are created before the other beans, without this configuration's instance.
    @Bean
    static BeanPostProcessor pushWriteThreadWait(Environment environment) {
        Duration wait = Binder.get(environment).bind(PROPERTY, Duration.class).orElse(DEFAULT);
        if (wait.isNegative()) {
            throw new IllegalStateException(PROPERTY + " must be zero or more, not " + wait);
        }
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof ServletRegistrationBean<?> registration
                        && registration.getServlet() instanceof VaadinServlet) {
                    registration.addInitParameter(
                            ApplicationConfig.BROADCASTER_WAIT_TIME, String.valueOf(wait.toMillis()));
                }
                return bean;
            }
        };
    }
}
