package se.maltavla.dataimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;
import se.maltavla.dataimport.UploadRejectedException.Reason;
import se.maltavla.shared.i18n.Messages;
import se.maltavla.support.ImportTestBase;

/**
 * The dashboard's two writes into the import, checked in the service: an upload into the
 * configured inbox and a run started over it. A viewer is refused both; a coordinator may.
 */
class ImportFromDashboardTest extends ImportTestBase {

    private static final Path CONFIGURED_INBOX = temporaryFolder();
    private static final long LIMIT = 4096;

    @DynamicPropertySource
    static void inbox(DynamicPropertyRegistry registry) {
        registry.add("maltavla.import.inbox", CONFIGURED_INBOX::toString);
        registry.add("maltavla.import.upload-max-bytes", () -> LIMIT);
    }

    @org.springframework.beans.factory.annotation.Autowired
    se.maltavla.security.internal.UserRepository users;

    /**
     * The coordinator @WithMockUser signs in as ("user"): an upload is imported with the rights its
     * uploader has in the database when the run reads it, none for a user who does not exist.
     */
    @BeforeEach
    void theSignedInCoordinatorExists() {
        users.insert("user", "{noop}unused-password", se.maltavla.security.Role.COORDINATOR);
    }

    @BeforeEach
    void emptyConfiguredInbox() throws IOException {
        FileSystemUtils.deleteRecursively(CONFIGURED_INBOX);
        Files.createDirectories(CONFIGURED_INBOX);
    }

    // upload

    @Test
    @WithMockUser(roles = "VIEWER")
    void a_viewer_may_not_upload() {
        assertThatThrownBy(() -> imports.upload("utfall.csv", csv(UTFALL_HEADER, "1081;I1;2016-T1;4")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(inboxFiles()).isEmpty();
    }

    @Test
    void nobody_signed_in_may_not_upload() {
        assertThatThrownBy(() -> imports.upload("utfall.csv", csv(UTFALL_HEADER)))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void a_coordinator_uploads_a_csv_file_into_the_configured_inbox_whole() throws IOException {
        UploadedFile stored =
                imports.upload("C:\\Users\\anna\\utfall 2016.csv", csv(UTFALL_HEADER, "1081;I1;2016-T1;4"));

        assertThat(stored.storedName()).isEqualTo("utfall-2016.csv");
        assertThat(inboxFiles()).containsExactly("utfall-2016.csv");
        assertThat(Files.readString(CONFIGURED_INBOX.resolve("utfall-2016.csv")))
                .isEqualTo(UTFALL_HEADER + "\r\n1081;I1;2016-T1;4\r\n");
        assertThat(stored.sizeBytes()).isEqualTo(Files.size(CONFIGURED_INBOX.resolve("utfall-2016.csv")));
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void an_upload_never_overwrites_a_file_in_the_inbox() throws IOException {
        imports.upload("utfall.csv", csv(UTFALL_HEADER, "1081;I1;2016-T1;1"));
        imports.upload("utfall.csv", csv(UTFALL_HEADER, "1081;I1;2016-T1;2"));
        UploadedFile third = imports.upload("../utfall.csv", csv(UTFALL_HEADER, "1081;I1;2016-T1;3"));

        assertThat(third.storedName()).isEqualTo("utfall-3.csv");
        assertThat(inboxFiles()).containsExactly("utfall-2.csv", "utfall-3.csv", "utfall.csv");
        assertThat(Files.readString(CONFIGURED_INBOX.resolve("utfall.csv"))).endsWith(";1\r\n");
        assertThat(Files.readString(CONFIGURED_INBOX.resolve("utfall-2.csv"))).endsWith(";2\r\n");
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void refuses_a_file_that_is_neither_csv_nor_xlsx_and_keeps_nothing() {
        assertThatThrownBy(() -> imports.upload("utfall.ods", csv("PK…")))
                .isInstanceOfSatisfying(UploadRejectedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.NOT_CSV);
                    assertThat(e.fileName()).isEqualTo("utfall.ods");
                });
        assertThatThrownBy(() -> imports.upload("utfall.xls", csv("PK…")))
                .isInstanceOfSatisfying(UploadRejectedException.class, e -> {
                    assertThat(e.reason()).as("saved as .xlsx, it is taken").isEqualTo(Reason.OLD_EXCEL);
                });
        assertThat(allEntries()).isEmpty();
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void refuses_a_file_over_the_configured_limit_and_leaves_no_part_of_it() {
        assertThat(imports.uploadLimitBytes()).isEqualTo(LIMIT);
        byte[] exactly = new byte[(int) LIMIT];
        java.util.Arrays.fill(exactly, (byte) 'a');
        assertThat(imports.upload("stor.csv", new ByteArrayInputStream(exactly)).sizeBytes())
                .isEqualTo(LIMIT);

        byte[] tooLarge = new byte[(int) LIMIT + 1];
        assertThatThrownBy(() -> imports.upload("storre.csv", new ByteArrayInputStream(tooLarge)))
                .isInstanceOfSatisfying(
                        UploadRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE));
        assertThat(allEntries()).as("no temporary file left either").containsExactly("stor.csv");
    }

    @Test
    void a_run_ignores_an_upload_still_being_written() throws IOException {
        importStrategyAndPlan();
        inbox.write("utfall.csv", UTFALL_HEADER, "1081;I1;2016-T1;4");
        Path unfinished = inbox.write(".upload-0b7e.part", UTFALL_HEADER, "1081;I1;2016-T2;");

        ImportRunResult result = run();

        assertThat(result.files()).extracting(FileResult::fileName).containsExactly("utfall.csv");
        assertThat(Files.exists(unfinished)).isTrue();
    }

    // run now

    @Test
    @WithMockUser(roles = "VIEWER")
    void a_viewer_may_not_start_a_run() {
        assertThatThrownBy(() -> imports.startInboxRun(Messages.SWEDISH, ImportProgress.NONE))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(imports.recentRuns(10)).isEmpty();
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void a_coordinator_runs_the_configured_inbox_in_the_background_with_progress() throws Exception {
        importStrategyAndPlan();
        imports.upload(
                "utfall.csv", csv(UTFALL_HEADER, "1081;I1;2016-T1;4", "1081;I1;2016-T2;tolv", "1081;I1;2016-T3;6"));
        List<String> calls = new CopyOnWriteArrayList<>();
        ImportProgress progress = new ImportProgress() {
            @Override
            public void fileStarted(String fileName, String kind, long rowsTotal) {
                calls.add(Thread.currentThread().getName() + " started " + fileName + " " + kind + " " + rowsTotal);
            }

            @Override
            public void rowsDone(String fileName, long rowsDone, long rowsTotal) {
                calls.add("done " + rowsDone + " of " + rowsTotal);
            }

            @Override
            public void fileFinished(FileResult result) {
                calls.add("finished " + result.fileName() + " rejected " + result.rowsRejected());
            }
        };

        ImportRunResult result = imports.startInboxRun(Locale.ENGLISH, progress).get(30, TimeUnit.SECONDS);

        assertThat(result.exitStatus()).isEqualTo(ImportRunResult.REJECTIONS);
        assertThat(calls.getFirst()).startsWith("import-dashboard-").endsWith(" started utfall.csv utfall 3");
        assertThat(calls).contains("done 3 of 3", "finished utfall.csv rejected 1");
        ImportRunSummary stored = imports.recentRuns(1).getFirst();
        assertThat(stored.runId()).isEqualTo(result.runId());
        assertThat(stored.trigger()).isEqualTo("DASHBOARD");
        assertThat(imports.rejections(stored.files().getFirst().fileId(), "", 0, 10))
                .extracting(Rejection::line, Rejection::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "tolv"));
        assertThat(imports.rejections(stored.files().getFirst().fileId(), "", 0, 10)
                        .getFirst()
                        .reason())
                .as("in the language of the one who started it")
                .startsWith("Not a number");
        assertThat(inboxFiles()).isEmpty();
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void a_listener_that_fails_does_not_stop_the_run() throws Exception {
        importStrategyAndPlan();
        imports.upload("utfall.csv", csv(UTFALL_HEADER, "1081;I1;2016-T1;4"));
        ImportProgress broken = new ImportProgress() {
            @Override
            public void rowsDone(String fileName, long rowsDone, long rowsTotal) {
                throw new IllegalStateException("the browser tab was closed");
            }
        };

        ImportRunResult result = imports.startInboxRun(Messages.SWEDISH, broken).get(30, TimeUnit.SECONDS);

        assertThat(result.exitStatus()).isEqualTo(ImportRunResult.OK);
        assertThat(measuredNumber("I1", "2016-T1")).isEqualByComparingTo("4");
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void says_so_at_once_when_another_run_is_in_progress() throws Exception {
        importStrategyAndPlan();
        inbox.write("utfall.csv", UTFALL_HEADER, "1081;I1;2016-T1;4");
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread other = Thread.ofPlatform()
                .start(() -> imports.run(
                        inbox.root(), ImportTrigger.COMMAND, Messages.SWEDISH, Duration.ZERO, new ImportProgress() {
                            @Override
                            public void fileStarted(String fileName, String kind, long rowsTotal) {
                                started.countDown();
                                await(release);
                            }
                        }));
        try {
            assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();

            assertThatThrownBy(() -> imports.startInboxRun(Messages.SWEDISH, ImportProgress.NONE))
                    .isInstanceOfSatisfying(
                            ImportBusyException.class,
                            e -> assertThat(e.running())
                                    .hasValueSatisfying(
                                            run -> assertThat(run.trigger()).isEqualTo("COMMAND")));
        } finally {
            release.countDown();
            other.join(30_000);
        }
        assertThat(imports.startInboxRun(Messages.SWEDISH, ImportProgress.NONE)
                        .get(30, TimeUnit.SECONDS)
                        .exitStatus())
                .as("free again once the other run ended")
                .isEqualTo(ImportRunResult.OK);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ByteArrayInputStream csv(String... lines) {
        return new ByteArrayInputStream((String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> inboxFiles() {
        return allEntries().stream()
                .filter(name -> !name.startsWith(".") && Files.isRegularFile(CONFIGURED_INBOX.resolve(name)))
                .toList();
    }

    private static List<String> allEntries() {
        try (Stream<Path> entries = Files.list(CONFIGURED_INBOX)) {
            return entries.map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals("archive") && !n.equals("failed"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("maltavla-configured-inbox");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
