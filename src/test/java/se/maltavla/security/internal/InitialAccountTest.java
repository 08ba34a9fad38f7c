package se.maltavla.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.password.PasswordEncoder;
import se.maltavla.security.Role;
import se.maltavla.support.DatabaseTest;

@ExtendWith(OutputCaptureExtension.class)
class InitialAccountTest extends DatabaseTest {

    private static final Pattern PRINTED = Pattern.compile("lösenord / password:\\s+(\\S+)");

    @Autowired
    UserRepository users;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    UserAudit audit;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transaction;

    private InitialAccount initial(String configured) {
        return new InitialAccount(users, encoder, configured, audit, transaction);
    }

    @Test
    void creates_the_coordinator_once_on_an_empty_table_and_prints_its_random_password_once(CapturedOutput output) {
        InitialAccount initial = initial("");

        assertThat(initial.createIfNoUsers()).isTrue();

        Matcher printed = PRINTED.matcher(output.getAll());
        assertThat(printed.find()).as(output.getAll()).isTrue();
        String password = printed.group(1);
        var stored = users.find("koordinator").orElseThrow();
        assertThat(stored.user().role()).isEqualTo(Role.COORDINATOR);
        assertThat(stored.passwordHash()).startsWith("{bcrypt}").doesNotContain(password);
        assertThat(encoder.matches(password, stored.passwordHash())).isTrue();

        int before = output.getAll().length();
        assertThat(initial.createIfNoUsers()).isFalse();
        assertThat(initial("").createIfNoUsers()).as("a restart").isFalse();
        assertThat(output.getAll().substring(before)).doesNotContain(password).doesNotContain("lösenord / password");
        assertThat(users.findAll()).hasSize(1);
    }

    @Test
    void takes_the_configured_password_and_never_prints_it(CapturedOutput output) {
        assertThat(initial("konfigurerat-lösenord").createIfNoUsers()).isTrue();

        assertThat(encoder.matches(
                        "konfigurerat-lösenord",
                        users.find("KOORDINATOR").orElseThrow().passwordHash()))
                .isTrue();
        assertThat(output.getAll())
                .doesNotContain("konfigurerat-lösenord")
                .contains("maltavla.security.initial-password");
    }

    @Test
    void creates_nothing_when_there_is_a_user_already() {
        users.insert("anna", encoder.encode("annas-lösenord"), Role.VIEWER);

        assertThat(initial("konfigurerat-lösenord").createIfNoUsers()).isFalse();

        assertThat(users.find("koordinator")).isEmpty();
    }

    @Test
    void refuses_a_configured_password_that_is_too_short() {
        assertThatThrownBy(() -> initial("kort").createIfNoUsers())
                .hasMessageContaining("maltavla.security.initial-password");
        assertThat(users.isEmpty()).isTrue();
    }
}
