package se.maltavla.security.internal;

import java.time.Duration;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * A login provider behind {@link LoginThrottle}: a refused name and address get
 * {@link LoginThrottledException} before the password is looked at (no bcrypt, no database); a
 * wrong password, an unknown name or a disabled account counts as a failure; a success forgets
 * the failures. The address is the one Spring Security recorded for the request (the client's,
 * or with {@code server.forward-headers-strategy} the one a trusted proxy names).
 */
final class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider delegate;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(AuthenticationProvider delegate, LoginThrottle throttle) {
        this.delegate = delegate;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        Duration refused = throttle.refusal(username, address);
        if (!refused.isZero()) {
            throw new LoginThrottledException(refused);
        }
        Authentication result;
        try {
            result = delegate.authenticate(attempt);
        } catch (BadCredentialsException | AccountStatusException failed) {
            throttle.failed(username, address);
            throw failed;
        } catch (AuthenticationException other) {
            throw other; // not the client's doing (the database unreachable): not counted
        }
        if (result != null) {
            throttle.succeeded(username, address);
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return delegate.supports(authentication);
    }
}
