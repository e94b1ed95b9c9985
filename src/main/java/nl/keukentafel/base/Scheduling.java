package nl.keukentafel.base;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Scheduled work (the retention run) is switched on here, once for the application. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class Scheduling {}
