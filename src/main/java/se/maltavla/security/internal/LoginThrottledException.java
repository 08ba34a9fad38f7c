package se.maltavla.security.internal;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** A login refused unchecked: too many failures for this user name from this address (LoginThrottle). */
public class LoginThrottledException extends AuthenticationException {

    private final Duration wait;

    public LoginThrottledException(Duration wait) {
        super("Too many failed logins: try again in " + wait.toSeconds() + " s");
        this.wait = wait;
    }

    /** How long attempts are still refused, in whole seconds (at least 1). */
    public long waitSeconds() {
        return Math.max(1, wait.toSeconds());
    }
}
