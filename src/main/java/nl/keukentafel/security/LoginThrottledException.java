package nl.keukentafel.security;

import org.springframework.security.core.AuthenticationException;

/** Too many failed logins for this account name or from this client: try again later. */
class LoginThrottledException extends AuthenticationException {

    LoginThrottledException() {
        super("Too many failed login attempts");
    }
}
