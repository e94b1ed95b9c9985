package nl.keukentafel.support;

import java.util.Arrays;
import java.util.function.Supplier;
import nl.keukentafel.security.StaffRole;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs a call as a staff member holding exactly the given roles. */
public final class AsStaff {

    private AsStaff() {}

    public static <T> T call(String username, StaffRole role, Supplier<T> work) {
        return call(username, new StaffRole[] {role}, work);
    }

    public static <T> T call(String username, StaffRole[] roles, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username,
                null,
                Arrays.stream(roles)
                        .map(r -> new SimpleGrantedAuthority(r.authority()))
                        .toList()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void run(String username, StaffRole role, Runnable work) {
        call(username, role, () -> {
            work.run();
            return null;
        });
    }
}
