package nl.keukentafel.security;

import java.util.Arrays;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs start-up work (first admin, demo data) through the same secured services a person uses,
 * under a named system identity that holds every staff role for the duration of the call only.
 */
public final class SystemTask {

    private SystemTask() {}

    public static <T> T call(String name, Supplier<T> work) {
        return callAs("system:" + name, work);
    }

    /** Like {@link #call}, under an existing staff account's name (demo data acts as its facilitator). */
    public static <T> T callAs(String username, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username,
                null,
                Arrays.stream(StaffRole.values())
                        .map(r -> new SimpleGrantedAuthority(r.authority()))
                        .toList()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void run(String name, Runnable work) {
        call(name, () -> {
            work.run();
            return null;
        });
    }
}
