package se.maltavla.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** The login throttle in front of the password check, as both ways of logging in use it. */
class ThrottledAuthenticationProviderTest {

    private final AtomicInteger passwordChecks = new AtomicInteger();
    private RuntimeException answer;
    private final AuthenticationProvider passwords = new AuthenticationProvider() {
        @Override
        public Authentication authenticate(Authentication authentication) {
            passwordChecks.incrementAndGet();
            if (answer != null) {
                throw answer;
            }
            return UsernamePasswordAuthenticationToken.authenticated(
                    authentication.getName(), null, java.util.List.of());
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return true;
        }
    };
    private final LoginThrottle throttle = new LoginThrottle(
            new LoginThrottleTest.MovingClock(), 5, Duration.ofSeconds(30), Duration.ofMinutes(15), 100);
    private final ThrottledAuthenticationProvider provider = new ThrottledAuthenticationProvider(passwords, throttle);

    @Test
    void a_refused_attempt_is_answered_without_checking_the_password_even_the_right_one() {
        answer = new BadCredentialsException("wrong");
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> provider.authenticate(attempt("anna", "gissning", "10.0.0.7")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThat(passwordChecks).hasValue(5);

        answer = null;
        for (int i = 0; i < 100; i++) {
            assertThatThrownBy(() -> provider.authenticate(attempt("anna", "rätt-lösenord", "10.0.0.7")))
                    .isInstanceOfSatisfying(
                            LoginThrottledException.class,
                            e -> assertThat(e.waitSeconds()).isBetween(1L, 30L));
        }
        assertThat(passwordChecks).as("no bcrypt while refused").hasValue(5);

        assertThat(provider.authenticate(attempt("anna", "rätt-lösenord", "10.0.0.8"))
                        .isAuthenticated())
                .as("from another address")
                .isTrue();
        assertThat(provider.authenticate(attempt("bertil", "rätt-lösenord", "10.0.0.7"))
                        .isAuthenticated())
                .as("another user")
                .isTrue();
    }

    @Test
    void a_disabled_account_counts_as_a_failure_and_an_unreachable_database_does_not() {
        answer = new DisabledException("disabled");
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> provider.authenticate(attempt("anna", "x", "10.0.0.7")))
                    .isInstanceOf(DisabledException.class);
        }
        assertThat(throttle.refusal("anna", "10.0.0.7")).isPositive();

        answer = new InternalAuthenticationServiceException("database down");
        for (int i = 0; i < 10; i++) {
            assertThatThrownBy(() -> provider.authenticate(attempt("bertil", "x", "10.0.0.7")))
                    .isInstanceOf(InternalAuthenticationServiceException.class);
        }
        assertThat(throttle.refusal("bertil", "10.0.0.7")).isZero();
    }

    @Test
    void a_success_forgets_the_failures_of_that_name_and_address() {
        answer = new BadCredentialsException("wrong");
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> provider.authenticate(attempt("anna", "x", "10.0.0.7")));
        }
        answer = null;
        provider.authenticate(attempt("anna", "rätt-lösenord", "10.0.0.7"));

        answer = new BadCredentialsException("wrong");
        assertThatThrownBy(() -> provider.authenticate(attempt("anna", "x", "10.0.0.7")))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(throttle.refusal("anna", "10.0.0.7"))
                .as("one failure, not five")
                .isZero();
    }

    private static Authentication attempt(String username, String password, String address) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        UsernamePasswordAuthenticationToken attempt =
                UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        attempt.setDetails(new WebAuthenticationDetails(request));
        return attempt;
    }
}
