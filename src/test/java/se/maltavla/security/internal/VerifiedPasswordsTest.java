package se.maltavla.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

class VerifiedPasswordsTest {

    private final AtomicInteger bcryptChecks = new AtomicInteger();
    private final PasswordEncoder bcrypt = new PasswordEncoder() {
        private final PasswordEncoder real = new BCryptPasswordEncoder(4);

        @Override
        public String encode(CharSequence rawPassword) {
            return real.encode(rawPassword);
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            bcryptChecks.incrementAndGet();
            return real.matches(rawPassword, encodedPassword);
        }
    };
    private final VerifiedPasswords passwords = new VerifiedPasswords(bcrypt);

    @Test
    void checks_a_right_password_with_bcrypt_once_and_then_remembers_it() {
        String hash = bcrypt.encode("ratt-losenord");

        assertThat(passwords.matches("ratt-losenord", hash)).isTrue();
        assertThat(passwords.matches("ratt-losenord", hash)).isTrue();
        assertThat(passwords.matches("ratt-losenord", hash)).isTrue();

        assertThat(bcryptChecks).hasValue(1);
    }

    @Test
    void never_remembers_a_wrong_password_and_refuses_it_after_a_right_one() {
        String hash = bcrypt.encode("ratt-losenord");
        passwords.matches("ratt-losenord", hash);

        assertThat(passwords.matches("fel-losenord", hash)).isFalse();
        assertThat(passwords.matches("fel-losenord", hash)).isFalse();
        assertThat(passwords.matches("", hash)).isFalse();

        assertThat(bcryptChecks).hasValue(4);
    }

    @Test
    void checks_again_against_a_new_hash_so_that_a_changed_password_counts_at_once() {
        String before = bcrypt.encode("gammalt-losenord");
        String after = bcrypt.encode("nytt-losenord");
        passwords.matches("gammalt-losenord", before);

        assertThat(passwords.matches("gammalt-losenord", after)).isFalse();
        assertThat(passwords.matches("nytt-losenord", after)).isTrue();
        assertThat(passwords.matches("gammalt-losenord", bcrypt.encode("gammalt-losenord")))
                .isTrue();

        assertThat(bcryptChecks).hasValue(4);
    }

    @Test
    void hashes_new_passwords_with_bcrypt() {
        String hash = passwords.encode("ett-losenord");

        assertThat(bcrypt.matches("ett-losenord", hash)).isTrue();
    }
}
