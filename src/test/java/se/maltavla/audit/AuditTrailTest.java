package se.maltavla.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.maltavla.db.Tables.APP_USER;
import static se.maltavla.db.Tables.AUDIT_ENTRY;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import se.maltavla.dataimport.ImportProgress;
import se.maltavla.dataimport.cli.ImportCommand;
import se.maltavla.fulfilment.FulfilmentService;
import se.maltavla.fulfilment.Thresholds;
import se.maltavla.security.ReporterBinding;
import se.maltavla.security.Role;
import se.maltavla.security.UserService;
import se.maltavla.security.cli.ResetPasswordCommand;
import se.maltavla.security.internal.UserRepository;
import se.maltavla.shared.i18n.Messages;
import se.maltavla.support.ImportTestBase;
import se.maltavla.yearend.YearEndService;
import se.maltavla.yearend.cli.YearEndArguments;
import se.maltavla.yearend.cli.YearEndCommand;

/**
 * Who did what (issue 12, point 5): each kind of change a person makes, made through the real
 * services, leaves its entry with who, when, from where, and before and after; a refused attempt
 * leaves one too; the command line names the operating system's user. Runs on H2 and on
 * PostgreSQL (jobs/test).
 */
@WithMockUser(
        username = "koordinator",
        roles = {"COORDINATOR", "VIEWER"})
class AuditTrailTest extends ImportTestBase {

    private static final Path CONFIGURED_INBOX = temporaryFolder();
    private static final String CLIENT = "10.1.2.3";

    @DynamicPropertySource
    static void inbox(DynamicPropertyRegistry registry) {
        registry.add("maltavla.import.inbox", CONFIGURED_INBOX::toString);
    }

    @Autowired
    UserService users;

    @Autowired
    UserRepository repository;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    FulfilmentService fulfilment;

    @Autowired
    YearEndService yearEnd;

    @Autowired
    ResetPasswordCommand resetPassword;

    @Autowired
    ImportCommand importCommand;

    @Autowired
    YearEndCommand yearEndCommand;

    @Autowired
    AuditLog log;

    @Autowired
    ApplicationEventPublisher events;

    private Instant testStart;

    @BeforeEach
    void signedInFromAClient() throws IOException {
        FileSystemUtils.deleteRecursively(CONFIGURED_INBOX);
        Files.createDirectories(CONFIGURED_INBOX);
        repository.insert("koordinator", encoder.encode("koordinatorns-lösenord"), Role.COORDINATOR);
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(CLIENT);
        // a header the client wrote itself: Måltavla is not configured behind a proxy here, so it counts for nothing
        request.addHeader("X-Forwarded-For", "203.0.113.66");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        testStart = Instant.now().minusSeconds(1);
    }

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void users_created_and_changed_by_a_coordinator_are_in_the_log_with_who_when_where_before_and_after() {
        users.createUser("Bertil", Role.VIEWER, "bertils-lösenord-1");
        users.changeRole("bertil", Role.COORDINATOR);
        users.setEnabled("bertil", false);
        users.setEnabled("bertil", true);
        users.resetPassword("bertil", "ett-nytt-lösenord-2");

        List<AuditEntry> entries = entries();
        assertThat(entries)
                .extracting(AuditEntry::kind)
                .containsExactly("user.created", "user.role", "user.disabled", "user.enabled", "user.password.reset");
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.actor()).isEqualTo("koordinator");
            assertThat(e.origin()).isEqualTo(CLIENT);
            assertThat(e.subject()).isEqualTo("Bertil");
            assertThat(e.occurredAt()).isBetween(testStart, Instant.now());
        });
        assertThat(entries.get(0).before()).isNull();
        assertThat(entries.get(0).after()).isEqualTo("{\"roll\":\"viewer\",\"aktiv\":true}");
        assertThat(entries.get(1).before()).isEqualTo("{\"roll\":\"viewer\",\"aktiv\":true}");
        assertThat(entries.get(1).after()).isEqualTo("{\"roll\":\"coordinator\",\"aktiv\":true}");
        assertThat(entries.get(2).after()).isEqualTo("{\"roll\":\"coordinator\",\"aktiv\":false}");
        assertThat(entries.get(3).after()).isEqualTo("{\"roll\":\"coordinator\",\"aktiv\":true}");
        assertThat(entries.get(4).after()).isEqualTo("{\"losenord\":\"nytt\"}");
        String hash = db.select(APP_USER.PASSWORD_HASH)
                .from(APP_USER)
                .where(APP_USER.USERNAME_KEY.eq("bertil"))
                .fetchSingle()
                .value1();
        assertThat(entries.toString())
                .doesNotContain("bertils-lösenord-1", "ett-nytt-lösenord-2", hash, "bcrypt", "203.0.113.66");
    }

    @Test
    void a_reporter_created_and_bound_to_other_namnder_is_recorded_with_its_municipality_and_namnder() {
        users.createReporter(
                "rut", "ruts-lösenord-123", new ReporterBinding("1081", List.of("Kultur- och fritidsnämnden")));
        users.changeBinding("rut", new ReporterBinding("1081", List.of("Kultur- och fritidsnämnden", "Socialnämnden")));
        users.changeBinding("rut", new ReporterBinding("1081", List.of("Kultur- och fritidsnämnden", "Socialnämnden")));

        List<AuditEntry> entries = entries();
        assertThat(entries)
                .as("the same binding again is no change")
                .extracting(AuditEntry::kind)
                .containsExactly("user.created", "user.binding", "user.binding");
        assertThat(entries.get(1).before()).isEqualTo("{\"kommun\":\"\",\"namnder\":\"\"}");
        assertThat(entries.get(1).after())
                .isEqualTo("{\"kommun\":\"1081\",\"namnder\":\"Kultur- och fritidsnämnden\"}");
        assertThat(entries.get(2).after())
                .isEqualTo("{\"kommun\":\"1081\",\"namnder\":\"Kultur- och fritidsnämnden|Socialnämnden\"}");
        assertThat(entries).allSatisfy(e -> assertThat(e.actor()).isEqualTo("koordinator"));
    }

    @Test
    void setting_what_a_user_already_has_is_no_change_and_no_entry() {
        users.createUser("cecilia", Role.VIEWER, "cecilias-lösenord");
        users.changeRole("cecilia", Role.VIEWER);
        users.setEnabled("cecilia", true);

        assertThat(entries()).extracting(AuditEntry::kind).containsExactly("user.created");
    }

    @Test
    void the_own_password_changed_is_recorded_without_the_password() {
        users.changeOwnPassword("koordinatorns-lösenord", "koordinatorns-nya-lösenord");

        AuditEntry entry = entries().getFirst();
        assertThat(entry.kind()).isEqualTo("user.password.own");
        assertThat(entry.actor()).isEqualTo("koordinator");
        assertThat(entry.subject()).isEqualTo("koordinator");
        assertThat(entry.toString()).doesNotContain("lösenord\"", "nya-lösenord");
    }

    @Test
    @WithMockUser(username = "vera", roles = "VIEWER")
    void a_viewers_refused_attempts_are_recorded_once_a_minute_and_change_nothing() {
        assertThatThrownBy(() -> users.changeRole("koordinator", Role.VIEWER))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.changeRole("koordinator", Role.VIEWER))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> imports.upload("utfall.csv", new ByteArrayInputStream(new byte[] {1})))
                .isInstanceOf(AccessDeniedException.class);

        List<AuditEntry> entries = entries();
        assertThat(entries).extracting(AuditEntry::kind).containsExactly("access.refused", "access.refused");
        assertThat(entries)
                .extracting(AuditEntry::subject)
                .containsExactly("UserService.changeRole", "ImportService.upload");
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.actor()).isEqualTo("vera");
            assertThat(e.origin()).isEqualTo(CLIENT);
        });
        assertThat(repository.find("koordinator").orElseThrow().user().role()).isEqualTo(Role.COORDINATOR);
        assertThat(CONFIGURED_INBOX.toFile().list()).isEmpty();
    }

    @Test
    @WithMockUser(username = "vera", roles = "VIEWER")
    void a_viewer_cannot_read_the_log() {
        assertThatThrownBy(() -> log.entries(AuditFilter.ALL, 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> log.count(AuditFilter.ALL)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> log.forEach(AuditFilter.ALL, e -> {})).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_thresholds_changed_are_recorded_with_the_old_and_new_values() {
        importStrategyAndPlan();

        fulfilment.updateThresholds("1081", new Thresholds(new BigDecimal("90"), new BigDecimal("40.5")));
        fulfilment.updateThresholds("1081", new Thresholds(new BigDecimal("90.0"), new BigDecimal("40.50")));

        List<AuditEntry> changes = entries(AuditKind.THRESHOLDS_CHANGED);
        assertThat(changes).hasSize(1);
        AuditEntry entry = changes.getFirst();
        assertThat(entry.subject()).isEqualTo("Ronneby (1081)");
        assertThat(entry.before()).isEqualTo("{\"ovreGrans\":\"100\",\"nedreGrans\":\"50\"}");
        assertThat(entry.after()).isEqualTo("{\"ovreGrans\":\"90\",\"nedreGrans\":\"40.5\"}");
        assertThat(entry.actor()).isEqualTo("koordinator");
        assertThat(entry.origin()).isEqualTo(CLIENT);
    }

    @Test
    void a_year_locked_and_reopened_is_recorded_with_the_version_and_the_reason() {
        importStrategyAndPlan();

        yearEnd.lock("1081", 2016, null);
        yearEnd.reopen("1081", 2016, "Kultur- och fritidsnämnden rättade sitt utfall");

        AuditEntry locked = entries(AuditKind.YEAR_LOCKED).getFirst();
        assertThat(locked.subject()).isEqualTo("Ronneby (1081) 2016");
        assertThat(locked.before()).isEqualTo("{\"last\":false}");
        assertThat(locked.after()).isEqualTo("{\"last\":true,\"version\":1,\"utvarderingsdatum\":\"2016-12-31\"}");
        AuditEntry reopened = entries(AuditKind.YEAR_REOPENED).getFirst();
        assertThat(reopened.before()).isEqualTo("{\"last\":true,\"version\":1}");
        assertThat(reopened.after())
                .isEqualTo(
                        "{\"last\":false,\"version\":1,\"skal\":\"Kultur- och fritidsnämnden rättade sitt utfall\"}");
        assertThat(List.of(locked, reopened)).allSatisfy(e -> {
            assertThat(e.actor()).isEqualTo("koordinator");
            assertThat(e.origin()).isEqualTo(CLIENT);
        });
    }

    @Test
    void an_upload_is_recorded_with_the_name_given_the_name_stored_the_size_and_the_checksum() throws Exception {
        byte[] content = (UTFALL_HEADER + "\r\n1081;I1;2016-T1;4\r\n").getBytes(StandardCharsets.UTF_8);

        imports.upload("C:\\Users\\anna\\utfall 2016.csv", new ByteArrayInputStream(content));

        AuditEntry entry = entries(AuditKind.FILE_UPLOADED).getFirst();
        String sha256 =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        assertThat(entry.subject()).isEqualTo("utfall-2016.csv");
        assertThat(entry.after())
                .isEqualTo("{\"filnamn\":\"C:\\\\Users\\\\anna\\\\utfall 2016.csv\",\"lagradSom\":\"utfall-2016.csv\","
                        + "\"byte\":" + content.length + ",\"sha256\":\"" + sha256 + "\"}");
        assertThat(entry.actor()).isEqualTo("koordinator");
        assertThat(entry.origin()).isEqualTo(CLIENT);
    }

    @Test
    void an_import_started_from_the_dashboard_is_recorded_with_the_files_in_the_inbox() throws Exception {
        Files.writeString(CONFIGURED_INBOX.resolve("utfall.csv"), UTFALL_HEADER + "\r\n");
        Files.writeString(CONFIGURED_INBOX.resolve(".upload-halvfärdig.part"), "");

        imports.startInboxRun(Messages.SWEDISH, ImportProgress.NONE).get(30, TimeUnit.SECONDS);

        AuditEntry entry = entries(AuditKind.IMPORT_STARTED).getFirst();
        assertThat(entry.subject())
                .isEqualTo(CONFIGURED_INBOX.toAbsolutePath().normalize().toString());
        assertThat(entry.after()).isEqualTo("{\"start\":\"dashboard\",\"antalFiler\":1,\"filer\":\"utfall.csv\"}");
        assertThat(entry.actor()).isEqualTo("koordinator");
        assertThat(entry.origin()).isEqualTo(CLIENT);
    }

    @Test
    void the_command_lines_name_the_operating_systems_user_and_the_command() {
        String osUser = System.getProperty("user.name");
        importStrategyAndPlan();
        db.update(APP_USER)
                .set(APP_USER.ENABLED, false)
                .where(APP_USER.USERNAME_KEY.eq("koordinator"))
                .execute();
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        RequestContextHolder.resetRequestAttributes();
        SecurityContextHolder.clearContext(); // a command has no login

        assertThat(resetPassword.run(new String[] {"koordinator"}, quiet, quiet))
                .isZero();
        inbox.write("utfall.csv", UTFALL_HEADER, "1081;I1;2016;3");
        importCommand.run(inbox.root(), Messages.SWEDISH, Duration.ofSeconds(30), quiet);
        assertThat(yearEndCommand.run(YearEndArguments.parse("lock", "1081", "2016"), quiet, quiet))
                .isZero();

        List<AuditEntry> entries =
                entries().stream().filter(e -> e.command() != null).toList();
        assertThat(entries)
                .extracting(AuditEntry::kind, AuditEntry::origin)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("user.password.reset", "kommandorad:jobs/reset-password"),
                        org.assertj.core.groups.Tuple.tuple("user.enabled", "kommandorad:jobs/reset-password"),
                        org.assertj.core.groups.Tuple.tuple("import.started", "kommandorad:jobs/import"),
                        org.assertj.core.groups.Tuple.tuple("yearend.locked", "kommandorad:jobs/year-end lock"));
        assertThat(entries).allSatisfy(e -> assertThat(e.actor()).isEqualTo(osUser));
    }

    @Test
    void what_nobody_started_is_no_persons_change_and_the_first_account_is_maltavlas_own() {
        importStrategyAndPlan(); // ImportTrigger.COMMAND on this thread: the signed-in test user's
        SecurityContextHolder.clearContext();
        RequestContextHolder.resetRequestAttributes();
        events.publishEvent(
                new AuditEvent(AuditKind.USER_CREATED, "koordinator", null, AuditEvent.facts("roll", "coordinator")));

        AuditEntry entry = entries(AuditKind.USER_CREATED).getFirst();
        assertThat(entry.actor()).isEqualTo(AuditLog.SYSTEM);
        assertThat(entry.origin()).isEqualTo("system");
    }

    @Test
    void long_names_and_control_characters_are_cut_and_cleaned_never_refused() {
        String longName = "utfall-" + "å".repeat(600) + "\n.csv";
        String emojis = "😀".repeat(3000);

        events.publishEvent(new AuditEvent(
                AuditKind.FILE_UPLOADED,
                longName,
                null,
                AuditEvent.facts("filnamn", longName, "a", emojis, "b", emojis, "c", emojis, "d", emojis)));

        AuditEntry entry = entries().getFirst();
        assertThat(entry.subject()).hasSize(300).endsWith("…").doesNotContain("\n");
        assertThat(entry.after().length()).isLessThanOrEqualTo(4000);
        assertThat(entry.after()).endsWith("…");
        assertThat(Character.isHighSurrogate(entry.after().charAt(entry.after().length() - 2)))
                .isFalse();
    }

    @Test
    void an_entry_keeps_the_name_of_a_user_renamed_or_removed_later() {
        users.createUser("dora", Role.VIEWER, "doras-lösenord-1");
        db.deleteFrom(APP_USER).where(APP_USER.USERNAME_KEY.eq("koordinator")).execute();
        db.deleteFrom(APP_USER).where(APP_USER.USERNAME_KEY.eq("dora")).execute();

        AuditEntry entry = entries().getFirst();
        assertThat(entry.actor()).isEqualTo("koordinator");
        assertThat(entry.subject()).isEqualTo("dora");
    }

    @Test
    void changes_made_at_the_same_time_each_get_their_entry() throws Exception {
        var coordinator = UsernamePasswordAuthenticationToken.authenticated(
                "koordinator", null, AuthorityUtils.createAuthorityList("ROLE_COORDINATOR", "ROLE_VIEWER"));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                String name = "samtidig" + i;
                done.add(pool.submit(() -> {
                    SecurityContextHolder.getContext().setAuthentication(coordinator);
                    try {
                        users.createUser(name, Role.VIEWER, "ett-långt-lösenord");
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(entries(AuditKind.USER_CREATED))
                .extracting(AuditEntry::subject)
                .hasSize(24)
                .doesNotHaveDuplicates()
                .allMatch(s -> s.startsWith("samtidig"));
    }

    /** Every entry, oldest first, read from the table (as a DBA would). */
    private List<AuditEntry> entries() {
        return db.selectFrom(AUDIT_ENTRY)
                .orderBy(AUDIT_ENTRY.ID)
                .fetch(r -> new AuditEntry(
                        r.getId(),
                        r.getOccurredAt().toInstant(),
                        r.getActor(),
                        r.getOrigin(),
                        r.getKind(),
                        r.getSubject(),
                        r.getBeforeValue(),
                        r.getAfterValue()));
    }

    private List<AuditEntry> entries(AuditKind kind) {
        return entries().stream().filter(e -> e.kind().equals(kind.code())).toList();
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("maltavla-audit-inbox");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
