package se.maltavla.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class LoginThrottleTest {

    private static final String HOME = "10.0.0.7";
    private static final String ELSEWHERE = "10.0.0.8";

    private final MovingClock clock = new MovingClock();
    private final LoginThrottle throttle =
            new LoginThrottle(clock, 5, Duration.ofSeconds(30), Duration.ofMinutes(15), 1000);

    @Test
    void five_failures_are_free_then_attempts_are_refused_for_a_time_that_doubles_up_to_fifteen_minutes() {
        for (int i = 1; i <= 4; i++) {
            assertThat(throttle.failed("anna", HOME)).as("failure %d", i).isZero();
            assertThat(throttle.refusal("anna", HOME)).isZero();
        }
        assertThat(throttle.failed("anna", HOME)).isEqualTo(Duration.ofSeconds(30));
        assertThat(throttle.refusal("anna", HOME)).isEqualTo(Duration.ofSeconds(30));

        clock.advance(Duration.ofSeconds(29));
        assertThat(throttle.refusal("anna", HOME)).isEqualTo(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.refusal("anna", HOME)).isZero();

        long[] expected = {60, 120, 240, 480, 900, 900};
        for (long seconds : expected) {
            Duration wait = throttle.failed("anna", HOME);
            assertThat(wait).isEqualTo(Duration.ofSeconds(seconds));
            assertThat(throttle.refusal("anna", HOME)).isEqualTo(wait);
            clock.advance(wait);
        }
    }

    @Test
    void other_user_names_and_other_addresses_are_not_affected() {
        refuse("anna", HOME);

        assertThat(throttle.refusal("anna", HOME)).isPositive();
        assertThat(throttle.refusal("ANNA ", HOME))
                .as("the same user name in another case")
                .isPositive();
        assertThat(throttle.refusal("bertil", HOME)).isZero();
        assertThat(throttle.refusal("anna", ELSEWHERE)).isZero();
        assertThat(throttle.failed("anna", ELSEWHERE)).as("counted apart").isZero();
    }

    @Test
    void a_successful_login_forgets_the_failures() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("anna", HOME);
        }
        throttle.succeeded("anna", HOME);

        assertThat(throttle.failed("anna", HOME)).as("the first failure again").isZero();
        assertThat(throttle.size()).isEqualTo(1);
    }

    @Test
    void failures_are_forgotten_after_a_day_without_one() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("anna", HOME);
        }
        clock.advance(LoginThrottle.FORGET_AFTER.plusSeconds(1));

        assertThat(throttle.failed("anna", HOME)).as("counted from one again").isZero();
    }

    @Test
    void an_ipv6_client_counts_as_its_whole_64_network_which_it_can_choose_addresses_from() {
        refuse("anna", "2001:db8:1:2:0:0:0:1");

        assertThat(throttle.refusal("anna", "2001:db8:1:2:aaaa:bbbb:cccc:dddd")).isPositive();
        assertThat(throttle.refusal("anna", "2001:db8:1:3:0:0:0:1")).isZero();
        assertThat(LoginThrottle.network("2001:db8:1:2:aaaa:bbbb:cccc:dddd")).isEqualTo("2001:db8:1:2:0:0:0:0/64");
        assertThat(LoginThrottle.network("127.0.0.1")).isEqualTo("127.0.0.1");
        assertThat(LoginThrottle.network(null)).isEqualTo("unknown");
    }

    @Test
    void memory_stays_bounded_when_a_client_tries_a_hundred_times_more_names_than_are_kept() {
        refuse("koordinator", HOME);

        Logger log = (Logger) LoggerFactory.getLogger(LoginThrottle.class);
        Level level = log.getLevel();
        log.setLevel(Level.ERROR); // 100,000 failed logins would be 100,000 log lines
        try {
            for (int i = 0; i < 100_000; i++) {
                throttle.failed("namn-" + i + "-" + "x".repeat(500), i % 2 == 0 ? HOME : "10.1." + (i % 250) + ".1");
            }
        } finally {
            log.setLevel(level);
        }

        assertThat(throttle.size()).isLessThanOrEqualTo(1000);
        assertThat(throttle.refusal("koordinator", HOME))
                .as("not pushed out by names with one failure each")
                .isPositive();
    }

    @Test
    void refuses_a_configuration_that_would_never_or_always_refuse() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> new LoginThrottle(clock, 0, Duration.ofSeconds(30), Duration.ofMinutes(15), 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("free-failures");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> new LoginThrottle(clock, 5, Duration.ofMinutes(30), Duration.ofMinutes(15), 10))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private void refuse(String username, String address) {
        for (int i = 0; i < 5; i++) {
            throttle.failed(username, address);
        }
    }

    static final class MovingClock extends Clock {
        private Instant now = Instant.parse("2026-12-07T08:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
