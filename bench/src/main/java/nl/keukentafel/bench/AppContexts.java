package nl.keukentafel.bench;

import java.util.ArrayList;
import java.util.List;
import nl.keukentafel.Application;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;

/**
 * The app's own Spring context in a benchmark's JVM, against the benchmark's database, without the
 * web server: the same services with the production configuration of application.properties (the
 * review and report benchmarks measure them in-process; the facilitation scenario's facilitators
 * act through them).
 */
public final class AppContexts {

    private AppContexts() {}

    /**
     * The app without a web server. Without one there is no servlet context for the HTTP filter
     * chains (Vaadin's login chain, the actuator's), so they are left out; they play no part in
     * calling the services, which method security guards.
     */
    public static SpringApplication withoutWebServer() {
        SpringApplication app = new SpringApplication(Application.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.addInitializers(context -> context.addBeanFactoryPostProcessor(factory -> {
            for (String name : List.of("appSecurity", "actuatorSecurity")) {
                if (factory.containsBeanDefinition(name)) {
                    ((BeanDefinitionRegistry) factory).removeBeanDefinition(name);
                }
            }
        }));
        return app;
    }

    /**
     * The arguments every such context gets: the database, no embedded database of the app's own,
     * no Vaadin (its servlet set-up needs a web application context; no view is used), no retention
     * run (no job changes the data while it is measured), no banner. Callers add their log levels.
     */
    public static List<String> arguments(String url, String user, String password) {
        return new ArrayList<>(List.of(
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password,
                "--keukentafel.embedded-db.enabled=false",
                "--spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                        + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration",
                "--keukentafel.privacy.retention-cron=-",
                "--spring.main.banner-mode=off"));
    }
}
