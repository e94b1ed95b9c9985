package nl.keukentafel.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Sends a failed login back to the login view: "?throttled" after too many attempts, otherwise
 * "?error" whatever the cause (unknown account, wrong password, disabled account).
 */
@Component
class LoginFailureHandler implements AuthenticationFailureHandler {

    private final DefaultRedirectStrategy redirect = new DefaultRedirectStrategy();

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String target = exception instanceof LoginThrottledException ? "/login?throttled" : "/login?error";
        redirect.sendRedirect(request, response, target);
    }
}
