package nl.keukentafel.database;

import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

/**
 * Starts the embedded PostgreSQL and points {@code spring.datasource.*} at it when no external
 * database is configured. Everything downstream (connection pool, Flyway, the live-board listener)
 * then sees an ordinary PostgreSQL. The embedded server is only on the development and test
 * classpath; the executable jar needs {@code SPRING_DATASOURCE_URL} (docs/adr/0004).
 */
class EmbeddedPostgresEnvironment implements EnvironmentPostProcessor {

    private static final String EMBEDDED_CLASS = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres";

    private final Log log;

    EmbeddedPostgresEnvironment(DeferredLogFactory logFactory) {
        this.log = logFactory.getLog(EmbeddedPostgresEnvironment.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
            return;
        }
        if (!environment.getProperty("keukentafel.embedded-db.enabled", Boolean.class, true)) {
            return;
        }
        if (!ClassUtils.isPresent(EMBEDDED_CLASS, getClass().getClassLoader())) {
            log.warn("No database configured: set SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and "
                    + "SPRING_DATASOURCE_PASSWORD (the embedded PostgreSQL is not part of this build).");
            return;
        }
        String dataDir = environment.getProperty("keukentafel.embedded-db.data-dir", "");
        int port = environment.getProperty("keukentafel.embedded-db.port", Integer.class, 0);
        String jdbcUrl = EmbeddedPostgresServer.start(dataDir, port, log);
        log.info("Using embedded PostgreSQL at " + jdbcUrl
                + (dataDir.isBlank() ? " (temporary data directory)" : " (data directory " + dataDir + ")"));
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "embeddedPostgres",
                        Map.of(
                                "spring.datasource.url", jdbcUrl,
                                "spring.datasource.username", EmbeddedPostgresServer.USER,
                                "spring.datasource.password", EmbeddedPostgresServer.PASSWORD)));
    }
}
