package se.maltavla.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import se.maltavla.dataimport.ImportProgress;
import se.maltavla.fulfilment.FulfilmentService;
import se.maltavla.fulfilment.Thresholds;
import se.maltavla.security.internal.UserRepository;
import se.maltavla.shared.i18n.Messages;
import se.maltavla.support.DatabaseTest;
import se.maltavla.yearend.YearEndService;

/**
 * The reporter (rapportör) in the user administration, checked in the services on the server:
 * coordinators create and bind reporters; a reporter changes no user, binding, setting, threshold
 * or year-end, whatever it sends; a changed binding ends the reporter's sessions. Runs on H2 and
 * on PostgreSQL (jobs/test).
 */
class ReporterUsersTest extends DatabaseTest {

    private static final ReporterBinding KS = new ReporterBinding("1081", List.of("Kommunstyrelsen"));

    @Autowired
    UserService service;

    @Autowired
    UserRepository repository;

    @Autowired
    ReporterRights rights;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    FulfilmentService fulfilment;

    @Autowired
    YearEndService yearEnd;

    @Autowired
    se.maltavla.dataimport.ImportService imports;

    @BeforeEach
    void users() {
        repository.insert("koordinator", encoder.encode("koordinatorns-lösenord"), Role.COORDINATOR);
        repository.insert("Rita", encoder.encode("ritas-lösenord-1"), Role.REPORTER);
        repository.updateBinding("Rita", KS);
        repository.insert("Anna", encoder.encode("annas-lösenord-1"), Role.VIEWER);
    }

    @Test
    @WithMockUser(
            username = "koordinator",
            roles = {"COORDINATOR", "VIEWER"})
    void a_coordinator_creates_a_reporter_bound_to_committees_of_one_municipality() {
        AppUser bertil = service.createReporter(
                "Bertil",
                "ett-långt-lösenord",
                new ReporterBinding("1081", List.of(" Kulturnämnden ", "kulturnämnden", "Tekniska  nämnden")));

        assertThat(bertil.role()).isEqualTo(Role.REPORTER);
        assertThat(service.bindings().get("Bertil"))
                .as("each nämnd once, as the import files name them")
                .isEqualTo(new ReporterBinding("1081", List.of("Kulturnämnden", "Tekniska nämnden")));
        assertThat(repository.binding("bertil").committeeKeys())
                .containsExactlyInAnyOrder("kulturnämnden", "tekniska nämnden");
    }

    @Test
    @WithMockUser(
            username = "koordinator",
            roles = {"COORDINATOR", "VIEWER"})
    void a_reporter_needs_a_municipality_and_a_committee() {
        assertThatThrownBy(() -> service.createUser("Bertil", Role.REPORTER, "ett-långt-lösenord"))
                .isInstanceOfSatisfying(
                        UserChangeRejectedException.class,
                        e -> assertThat(e.key()).isEqualTo("user.reporter.nobinding"));
        assertThatThrownBy(() -> service.createReporter(
                        "Bertil", "ett-långt-lösenord", new ReporterBinding("Ronneby", List.of("Kulturnämnden"))))
                .isInstanceOfSatisfying(
                        UserChangeRejectedException.class,
                        e -> assertThat(e.key()).isEqualTo("user.reporter.municipality"));
        assertThatThrownBy(() -> service.createReporter(
                        "Bertil", "ett-långt-lösenord", new ReporterBinding("1081", List.of(" "))))
                .isInstanceOfSatisfying(
                        UserChangeRejectedException.class,
                        e -> assertThat(e.key()).isEqualTo("user.reporter.nocommittee"));
        assertThat(repository.find("Bertil")).as("nothing half made").isEmpty();
        assertThatThrownBy(() -> service.changeBinding("Anna", KS))
                .isInstanceOfSatisfying(
                        UserChangeRejectedException.class,
                        e -> assertThat(e.key()).isEqualTo("user.reporter.notreporter"));
    }

    @Test
    @WithMockUser(
            username = "Rita",
            roles = {"REPORTER", "VIEWER"})
    void a_reporter_changes_no_user_and_no_binding_not_even_its_own() {
        assertThatThrownBy(() -> service.createUser("Bertil", Role.COORDINATOR, "ett-långt-lösenord"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.createReporter("Bertil", "ett-långt-lösenord", KS))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.changeRole("Rita", Role.COORDINATOR))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.changeRole("Anna", Role.REPORTER)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.setEnabled("Anna", false)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.resetPassword("Anna", "ett-nytt-lösenord"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.changeBinding(
                        "Rita", new ReporterBinding("1081", List.of("Kommunstyrelsen", "Kulturnämnden"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.bindings()).isInstanceOf(AccessDeniedException.class);
        assertThat(repository.find("Rita").orElseThrow().user().role()).isEqualTo(Role.REPORTER);
        assertThat(repository.binding("Rita")).isEqualTo(KS);
        assertThat(repository.find("Bertil")).isEmpty();
        assertThat(service.ownBinding()).as("its own binding it may read").isEqualTo(KS);
    }

    @Test
    @WithMockUser(
            username = "Rita",
            roles = {"REPORTER", "VIEWER"})
    void a_reporter_changes_no_threshold_no_year_end_and_starts_no_recompute() {
        assertThatThrownBy(() -> fulfilment.updateThresholds(
                        "1081", new Thresholds(new java.math.BigDecimal("90"), new java.math.BigDecimal("40"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fulfilment.recomputeAll()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> yearEnd.lock("1081", 2016, LocalDate.of(2016, 12, 31)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> yearEnd.reopen("1081", 2016, "fel värden")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(
            username = "Anna",
            roles = {"VIEWER"})
    void a_viewer_still_neither_uploads_nor_starts_a_run() {
        assertThatThrownBy(() -> imports.upload("utfall.csv", new ByteArrayInputStream(new byte[] {'a'})))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> imports.startInboxRun(Messages.SWEDISH, ImportProgress.NONE))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(
            username = "koordinator",
            roles = {"COORDINATOR", "VIEWER"})
    void a_changed_binding_ends_the_reporters_sessions_and_the_same_one_does_not() {
        int before = repository.find("Rita").orElseThrow().securityVersion();

        service.changeBinding("Rita", new ReporterBinding("1081", List.of("kommunstyrelsen ")));
        assertThat(repository.find("Rita").orElseThrow().securityVersion())
                .as("the same nämnd, written otherwise")
                .isEqualTo(before);

        service.changeBinding("Rita", new ReporterBinding("1081", List.of("Kulturnämnden")));
        assertThat(repository.find("Rita").orElseThrow().securityVersion()).isEqualTo(before + 1);
        assertThat(rights.limitsOf("Rita")).contains(new ReporterBinding("1081", List.of("Kulturnämnden")));

        service.changeBinding("Rita", new ReporterBinding("1384", List.of("Kulturnämnden")));
        assertThat(repository.find("Rita").orElseThrow().securityVersion()).isEqualTo(before + 2);
    }

    @Test
    @WithMockUser(
            username = "koordinator",
            roles = {"COORDINATOR", "VIEWER"})
    void a_reporter_made_a_viewer_keeps_no_binding_and_may_import_nothing() {
        service.changeRole("Rita", Role.VIEWER);

        assertThat(repository.binding("Rita")).isEqualTo(ReporterBinding.NOTHING);
        assertThat(rights.limitsOf("Rita")).contains(ReporterBinding.NOTHING);

        service.changeRole("Rita", Role.REPORTER);
        assertThat(rights.limitsOf("Rita"))
                .as("back as a reporter, with no nämnd until one is chosen")
                .contains(ReporterBinding.NOTHING);
    }

    @Test
    void what_an_uploader_may_import_is_read_as_it_is_now() {
        assertThat(rights.limitsOf("koordinator")).as("a coordinator: anything").isEqualTo(Optional.empty());
        assertThat(rights.limitsOf("rita")).contains(KS);
        assertThat(rights.limitsOf("Anna")).contains(ReporterBinding.NOTHING);
        assertThat(rights.limitsOf("finns-inte")).contains(ReporterBinding.NOTHING);
        repository.updateEnabled("Rita", false);
        assertThat(rights.limitsOf("Rita")).contains(ReporterBinding.NOTHING);
    }
}
