package se.maltavla.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.maltavla.db.Tables.APP_USER;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import se.maltavla.security.internal.UserRepository;
import se.maltavla.support.DatabaseTest;

/**
 * Every write path of the user administration is checked in the service, on the server: a
 * viewer is refused, a coordinator succeeds. Runs on H2 and on PostgreSQL (jobs/test).
 */
class UserServiceTest extends DatabaseTest {

    private static final String ANNA_PASSWORD = "annas-lösenord-1";

    @Autowired
    UserService service;

    @Autowired
    UserRepository repository;

    @Autowired
    PasswordEncoder encoder;

    @BeforeEach
    void twoUsers() {
        repository.insert("koordinator", encoder.encode("koordinatorns-lösenord"), Role.COORDINATOR);
        repository.insert("Anna", encoder.encode(ANNA_PASSWORD), Role.VIEWER);
    }

    // createUser

    @Test
    @WithMockUser(username = "anna", roles = "VIEWER")
    void a_viewer_cannot_create_a_user() {
        assertThatThrownBy(() -> service.createUser("bertil", Role.COORDINATOR, "ett-långt-lösenord"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(repository.find("bertil")).isEmpty();
    }

    @Test
    @WithMockUser(
            username = "koordinator",
            roles = {"COORDINATOR", "VIEWER"})
    void a_coordinator_creates_a_user_whose_password_is_stored_hashed() {
        AppUser bertil = service.createUser(" Bertil ", Role.VIEWER, "ett-långt-lösenord");

        assertThat(bertil.username()).isEqualTo("Bertil");
        assertThat(bertil.role()).isEqualTo(Role.VIEWER);
        assertThat(bertil.enabled()).isTrue();
        String stored = db.select(APP_USER.PASSWORD_HASH)
                .from(APP_USER)
                .where(APP_USER.USERNAME.eq("Bertil"))
                .fetchOne()
                .value1();
        assertThat(stored).startsWith("{bcrypt}$2").doesNotContain("ett-långt-lösenord");
        assertThat(encoder.matches("ett-långt-lösenord", stored)).isTrue();
    }

    @Test
    @WithMockUser(
            username = "koordinator",
            roles = {"COORDINATOR", "VIEWER"})
    void user_names_are_unique_whatever_their_case() {
        assertThatThrownBy(() -> service.createUser("ANNA", Role.VIEWER, "ett-långt-lösenord"))
                .isInstanceOfSatisfying(
                        UserChangeRejectedException.class,
                        e -> assertThat(e.key()).isEqualTo("user.taken"));
    }

    @Test
    @WithMockUser(
            username = "koordinator",
            roles = {"COORDINATOR", "VIEWER"})
    void refuses_short_passwords_and_names_with_spaces() {
        assertThatThrownBy(() -> service.createUser("bertil", Role.VIEWER, "kort"))
                .isInstanceOfSatisfying(
                        UserChangeRejectedException.class,
                        e -> assertThat(e.key()).isEqualTo("user.shortpassword"));
        assertThatThrownBy(() -> service.createUser("bertil svensson", Role.VIEWER, "ett-långt-lösenord"))
                .isInstanceOfSatisfying(
                        UserChangeRejectedException.class,
                        e -> assertThat(e.key()).isEqualTo("user.invalidname"));
        assertThat(repository.find("bertil")).isEmpty();
    }

    // changeRole

    @Test
    @WithMockUser(username = "anna", roles = "VIEWER")
    void a_viewer_cannot_change_a_role() {
        assertThatThrownBy(() -> service.changeRole("anna", Role.COORDINATOR))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(role("anna")).isEqualTo(Role.VIEWER);
    }

    @Test
    @WithMockUser(
            username = "koordinator",
            roles = {"COORDINATOR", "VIEWER"})
    void a_coordinator_changes_a_role() {
        service.changeRole("anna", Role.COORDINATOR);

        assertThat(role("anna")).isEqualTo(Role.COORDINATOR);
    }

    @Test
    @WithMockUser(
            username = "tilda",
            roles = {"COORDINATOR", "VIEWER"})
    void the_last_active_coordinator_stays_a_coordinator() {
        assertThatThrownBy(() -> service.changeRole("koordinator", Role.VIEWER))
                .isInstanceOfSatisfying(
                        UserChangeRejectedException.class,
                        e -> assertThat(e.key()).isEqualTo("user.lastcoordinator"));
        assertThatThrownBy(() -> service.setEnabled("koordinator", false))
                .isInstanceOf(UserChangeRejectedException.class);
        assertThat(role("koordinator")).isEqualTo(Role.COORDINATOR);
        assertThat(repository.find("koordinator").orElseThrow().user().enabled())
                .isTrue();
    }

    @Test
    @WithMockUser(
            username = "Koordinator",
            roles = {"COORDINATOR", "VIEWER"})
    void nobody_changes_the_own_role_enabled_flag_or_password_here_whatever_the_page_sends() {
        repository.insert("bertil", encoder.encode("bertils-lösenord"), Role.COORDINATOR); // not the last coordinator

        assertThatThrownBy(() -> service.changeRole("koordinator", Role.VIEWER))
                .isInstanceOfSatisfying(
                        UserChangeRejectedException.class,
                        e -> assertThat(e.key()).isEqualTo("user.self.role"));
        assertThatThrownBy(() -> service.setEnabled(" KOORDINATOR ", false))
                .isInstanceOfSatisfying(
                        UserChangeRejectedException.class,
                        e -> assertThat(e.key()).isEqualTo("user.self.enabled"));
        assertThatThrownBy(() -> service.setEnabled("koordinator", true))
                .isInstanceOfSatisfying(
                        UserChangeRejectedException.class,
                        e -> assertThat(e.key()).isEqualTo("user.self.enabled"));
        assertThatThrownBy(() -> service.resetPassword("koordinator", "ett-nytt-lösenord"))
                .isInstanceOfSatisfying(
                        UserChangeRejectedException.class,
                        e -> assertThat(e.key()).isEqualTo("user.self.password"));

        var stored = repository.find("koordinator").orElseThrow();
        assertThat(stored.user().role()).isEqualTo(Role.COORDINATOR);
        assertThat(stored.user().enabled()).isTrue();
        assertThat(encoder.matches("koordinatorns-lösenord", stored.passwordHash()))
                .isTrue();
        assertThat(stored.securityVersion()).isZero();
        // the same coordinator still changes somebody else
        service.changeRole("bertil", Role.VIEWER);
        assertThat(role("bertil")).isEqualTo(Role.VIEWER);
    }

    @Test
    @WithMockUser(
            username = "koordinator",
            roles = {"COORDINATOR", "VIEWER"})
    void every_change_of_what_a_user_may_do_counts_the_security_version_up_and_nothing_else_does() {
        assertThat(version("anna")).isZero();

        service.changeRole("anna", Role.COORDINATOR);
        assertThat(version("anna")).isEqualTo(1);
        service.changeRole("anna", Role.COORDINATOR);
        assertThat(version("anna")).as("the role she has already").isEqualTo(1);
        service.setEnabled("anna", false);
        assertThat(version("anna")).isEqualTo(2);
        service.setEnabled("anna", false);
        assertThat(version("anna")).as("disabled already").isEqualTo(2);
        service.setEnabled("anna", true);
        service.resetPassword("anna", "ett-nytt-lösenord");
        assertThat(version("anna")).isEqualTo(4);
        service.createUser("bertil", Role.VIEWER, "bertils-lösenord");
        assertThat(version("anna")).isEqualTo(4);
        assertThat(version("koordinator")).as("nobody else's").isZero();
    }

    // setEnabled

    @Test
    @WithMockUser(username = "anna", roles = "VIEWER")
    void a_viewer_cannot_disable_a_user() {
        assertThatThrownBy(() -> service.setEnabled("koordinator", false)).isInstanceOf(AccessDeniedException.class);
        assertThat(repository.find("koordinator").orElseThrow().user().enabled())
                .isTrue();
    }

    @Test
    @WithMockUser(
            username = "koordinator",
            roles = {"COORDINATOR", "VIEWER"})
    void a_coordinator_disables_and_enables_a_user() {
        service.setEnabled("anna", false);
        assertThat(repository.find("anna").orElseThrow().user().enabled()).isFalse();

        service.setEnabled("anna", true);
        assertThat(repository.find("anna").orElseThrow().user().enabled()).isTrue();
    }

    // resetPassword

    @Test
    @WithMockUser(username = "anna", roles = "VIEWER")
    void a_viewer_cannot_reset_a_password() {
        assertThatThrownBy(() -> service.resetPassword("koordinator", "annas-nya-lösenord"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(encoder.matches("koordinatorns-lösenord", hash("koordinator")))
                .isTrue();
    }

    @Test
    @WithMockUser(
            username = "koordinator",
            roles = {"COORDINATOR", "VIEWER"})
    void a_coordinator_resets_a_password() {
        service.resetPassword("anna", "ett-nytt-lösenord");

        assertThat(encoder.matches("ett-nytt-lösenord", hash("anna"))).isTrue();
        assertThat(encoder.matches(ANNA_PASSWORD, hash("anna"))).isFalse();
    }

    // changeOwnPassword

    @Test
    void nobody_changes_a_password_without_logging_in() {
        assertThatThrownBy(() -> service.changeOwnPassword(ANNA_PASSWORD, "ett-nytt-lösenord"))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThat(encoder.matches(ANNA_PASSWORD, hash("anna"))).isTrue();
    }

    @Test
    @WithMockUser(username = "anna", roles = "VIEWER")
    void a_viewer_changes_the_own_password_given_the_current_one() {
        assertThatThrownBy(() -> service.changeOwnPassword("fel-lösenord", "ett-nytt-lösenord"))
                .isInstanceOfSatisfying(
                        UserChangeRejectedException.class,
                        e -> assertThat(e.key()).isEqualTo("user.wrongpassword"));

        service.changeOwnPassword(ANNA_PASSWORD, "ett-nytt-lösenord");

        assertThat(encoder.matches("ett-nytt-lösenord", hash("anna"))).isTrue();
        assertThat(encoder.matches("koordinatorns-lösenord", hash("koordinator")))
                .as("nobody else's")
                .isTrue();
    }

    @Test
    @WithMockUser(username = "tove", roles = "VIEWER")
    void guessing_the_own_password_from_an_open_session_is_throttled_as_a_login() {
        // a user of this test only: the throttle is the application's and outlives the test
        repository.insert("tove", encoder.encode("toves-lösenord"), Role.VIEWER);
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> service.changeOwnPassword("gissning", "ett-nytt-lösenord"))
                    .isInstanceOfSatisfying(
                            UserChangeRejectedException.class,
                            e -> assertThat(e.key()).isEqualTo("user.wrongpassword"));
        }

        assertThatThrownBy(() -> service.changeOwnPassword("toves-lösenord", "ett-nytt-lösenord"))
                .as("even the right one is not checked now")
                .isInstanceOfSatisfying(UserChangeRejectedException.class, e -> {
                    assertThat(e.key()).isEqualTo("user.throttled");
                    assertThat((Long) e.arguments()[0]).isBetween(1L, 30L);
                });
        assertThat(encoder.matches("toves-lösenord", hash("tove"))).isTrue();
    }

    // listUsers

    @Test
    void nobody_lists_the_users_without_logging_in() {
        assertThatThrownBy(() -> service.listUsers()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    @WithMockUser(username = "anna", roles = "VIEWER")
    void a_viewer_lists_the_users_without_their_passwords() {
        assertThat(service.listUsers())
                .extracting(AppUser::username, AppUser::role)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Anna", Role.VIEWER),
                        org.assertj.core.groups.Tuple.tuple("koordinator", Role.COORDINATOR));
    }

    private Role role(String username) {
        return repository.find(username).orElseThrow().user().role();
    }

    private int version(String username) {
        return repository.find(username).orElseThrow().securityVersion();
    }

    private String hash(String username) {
        return repository.find(username).orElseThrow().passwordHash();
    }
}
