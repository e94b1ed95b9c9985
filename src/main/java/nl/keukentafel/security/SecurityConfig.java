package nl.keukentafel.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import nl.keukentafel.security.ui.LoginView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;

/**
 * Web security: Vaadin's configurer for the views (each carries one access annotation), HTTP basic
 * for the protected actuator endpoints, and method security for the services.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    /** Health (liveness/readiness) is open for load balancers; every other endpoint needs ADMIN. */
    @Bean
    @Order(1)
    SecurityFilterChain actuatorSecurity(HttpSecurity http) throws Exception {
        return http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(auth -> auth.requestMatchers(EndpointRequest.to(HealthEndpoint.class))
                        .permitAll()
                        .anyRequest()
                        .hasRole(Roles.ADMIN))
                .httpBasic(Customizer.withDefaults())
                .exceptionHandling(e -> e.authenticationEntryPoint(basicEntryPoint()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain appSecurity(
            HttpSecurity http,
            LoginFailureHandler failureHandler,
            @Value("${keukentafel.public-url:}") String publicUrl)
            throws Exception {
        // Static files, and Tomcat's error dispatch (so a 401 from the actuator chain stays a 401).
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/styles/**", "/scripts/**", "/images/**")
                .permitAll()
                .dispatcherTypeMatchers(DispatcherType.ERROR)
                .permitAll());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        http.formLogin(form -> form.failureHandler(failureHandler));
        // Vaadin's login form cannot carry Spring's CSRF token: a login posted from another site is
        // refused by where the browser says it came from instead.
        http.addFilterBefore(new SameOriginLogin("/login", publicUrl), UsernamePasswordAuthenticationFilter.class);
        return http.build();
    }

    private static BasicAuthenticationEntryPoint basicEntryPoint() {
        BasicAuthenticationEntryPoint entryPoint = new BasicAuthenticationEntryPoint();
        entryPoint.setRealmName("keukentafel");
        return entryPoint;
    }

    /**
     * No Micrometer observation around every security filter: on live boards each note means an XHR
     * per tablet, and the per-filter observations cost about a tenth of the server's time
     * (profiled with the live-board benchmark, README "Performance"). HTTP request metrics remain.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
