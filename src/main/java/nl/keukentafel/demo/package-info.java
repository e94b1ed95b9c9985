/**
 * Labelled demo data for trying Keukentafel out: demo staff accounts and demo conversations. Only
 * loaded when {@code keukentafel.demo.enabled=true} (the dev profile of {@code ./mvnw
 * spring-boot:run}); never in production.
 */
@NullMarked
package nl.keukentafel.demo;

import org.jspecify.annotations.NullMarked;
