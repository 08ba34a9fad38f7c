package se.maltavla.security.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import se.maltavla.security.Role;
import se.maltavla.security.internal.UserRepository;
import se.maltavla.support.DatabaseTest;

class ResetPasswordCommandTest extends DatabaseTest {

    @Autowired
    ResetPasswordCommand command;

    @Autowired
    UserRepository users;

    @Autowired
    PasswordEncoder encoder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void gives_the_user_a_new_password_printed_once_and_enables_the_user() {
        users.insert("koordinator", encoder.encode("bortglömt-lösenord"), Role.COORDINATOR);
        users.updateEnabled("koordinator", false);

        assertThat(run("KOORDINATOR")).isZero();

        String password = text(out).substring(text(out).lastIndexOf(": ") + 2).strip();
        var stored = users.find("koordinator").orElseThrow();
        assertThat(encoder.matches(password, stored.passwordHash())).isTrue();
        assertThat(encoder.matches("bortglömt-lösenord", stored.passwordHash())).isFalse();
        assertThat(stored.user().enabled()).isTrue();
    }

    @Test
    void says_so_when_there_is_no_such_user() {
        assertThat(run("koordinator")).isEqualTo(1);
        assertThat(text(err)).contains("There is no user yet");

        users.insert("anna", encoder.encode("annas-lösenord"), Role.VIEWER);
        assertThat(run("bertil")).isEqualTo(1);
        assertThat(text(err)).contains("No user bertil");
    }

    private int run(String... args) {
        return command.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }
}
