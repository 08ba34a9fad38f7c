package se.maltavla.dataimport.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.support.CronExpression;
import se.maltavla.dataimport.ImportProgress;
import se.maltavla.dataimport.ImportRunResult;
import se.maltavla.dataimport.ImportRunSummary;
import se.maltavla.dataimport.ImportService;
import se.maltavla.dataimport.ImportTrigger;
import se.maltavla.dataimport.RunSummaryFormatter;
import se.maltavla.scheduling.ScheduledRuns;

class NightlyImportTest {

    @TempDir
    Path inbox;

    @Test
    void runs_at_two_at_night_by_default() throws Exception {
        Method run = NightlyImport.class.getDeclaredMethod("run");
        String cron = run.getAnnotation(Scheduled.class).cron();
        assertThat(cron).isEqualTo("${maltavla.import.cron}");
        var properties = new java.util.Properties();
        try (var in = getClass().getResourceAsStream("/application.properties")) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        CronExpression nightly = CronExpression.parse(properties.getProperty("maltavla.import.cron"));
        assertThat(nightly.next(LocalDateTime.of(2026, 11, 24, 18, 0))).isEqualTo(LocalDateTime.of(2026, 11, 25, 2, 0));
        assertThat(properties.getProperty("maltavla.import.inbox")).isEqualTo("${maltavla.data-dir}/inbox");
    }

    @Test
    void imports_the_configured_inbox_as_a_scheduled_run_in_the_configured_language() throws Exception {
        List<String> calls = new ArrayList<>();
        ImportService imports = recording(calls, List.of());
        var nightly = new NightlyImport(imports, formatter(), inbox.toString(), "en", claims(true), CRON);

        nightly.run();

        assertThat(calls).containsExactly(inbox + " SCHEDULE en");
    }

    @Test
    void runs_once_more_ten_minutes_later_when_a_file_was_still_being_copied_in() throws Exception {
        List<String> calls = new ArrayList<>();
        var waiting = new se.maltavla.dataimport.FileResult(
                1,
                "utfall.csv",
                null,
                se.maltavla.dataimport.FileStatus.WAITING,
                0,
                0,
                0,
                0,
                0,
                List.of(),
                List.of(),
                "kopieras",
                null,
                null);
        List<java.time.Instant> scheduled = new ArrayList<>();
        List<Runnable> tasks = new ArrayList<>();
        var scheduler = new org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler() {
            @Override
            public java.util.concurrent.ScheduledFuture<?> schedule(Runnable task, java.time.Instant start) {
                scheduled.add(start);
                tasks.add(task);
                return null;
            }
        };
        var nightly = new NightlyImport(
                recording(calls, List.of(waiting)), formatter(), inbox.toString(), "sv", scheduler, claims(true), CRON);

        java.time.Instant before = java.time.Instant.now();
        nightly.run();

        assertThat(scheduled).hasSize(1);
        assertThat(scheduled.getFirst())
                .isBetween(
                        before.plus(Duration.ofMinutes(10)),
                        java.time.Instant.now().plus(Duration.ofMinutes(10)));
        tasks.getFirst().run();
        assertThat(calls).containsExactly(inbox + " SCHEDULE sv", inbox + " SCHEDULE sv");
        assertThat(scheduled).as("only once").hasSize(1);
    }

    @Test
    void does_not_run_a_firing_that_another_instance_has_claimed() throws Exception {
        List<String> calls = new ArrayList<>();
        var nightly = new NightlyImport(
                recording(calls, List.of()), formatter(), inbox.toString(), "sv", claims(false), CRON);

        nightly.run();

        assertThat(calls).isEmpty();
    }

    private static final String CRON = "0 0 2 * * *";

    private static RunSummaryFormatter formatter() {
        return new RunSummaryFormatter(new StaticMessageSource());
    }

    /** The claim of each firing answered as if this instance won it, or another did. */
    private static ScheduledRuns claims(boolean won) {
        ScheduledRuns claims = org.mockito.Mockito.mock(ScheduledRuns.class);
        org.mockito.Mockito.when(claims.claim(
                        org.mockito.ArgumentMatchers.eq(NightlyImport.JOB),
                        org.mockito.ArgumentMatchers.eq(CRON),
                        org.mockito.ArgumentMatchers.any()))
                .thenReturn(won);
        return claims;
    }

    private static ImportService recording(List<String> calls, List<se.maltavla.dataimport.FileResult> files) {
        return new ImportService() {
            @Override
            public ImportRunResult run(
                    Path folder, ImportTrigger trigger, Locale language, Duration wait, ImportProgress progress) {
                calls.add(folder + " " + trigger + " " + language);
                return new ImportRunResult(1, ImportRunResult.OK, files, null);
            }

            @Override
            public java.util.Map<Long, java.time.OffsetDateTime> importedAt(java.util.Collection<Long> fileIds) {
                throw new UnsupportedOperationException();
            }

            @Override
            public <T> T whileNoImportRuns(Duration wait, java.util.function.Supplier<T> work) {
                throw new UnsupportedOperationException();
            }

            @Override
            public java.util.Optional<se.maltavla.dataimport.RunningImport> running() {
                return java.util.Optional.empty();
            }

            @Override
            public List<ImportRunSummary> recentRuns(int limit) {
                return List.of();
            }

            @Override
            public java.util.Optional<ImportRunSummary> findRun(long runId) {
                return java.util.Optional.empty();
            }

            @Override
            public List<se.maltavla.dataimport.Rejection> rejections(
                    long fileId, String search, int offset, int limit) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<se.maltavla.dataimport.RejectedRow> rejectedRows(
                    long fileId, String search, int offset, int limit) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<se.maltavla.dataimport.FileWithRejectedRows> filesWithRejectedRows(
                    String municipality, int year) {
                throw new UnsupportedOperationException();
            }

            @Override
            public java.util.Optional<se.maltavla.dataimport.RejectedValue> latestRejectedValue(
                    String municipality, String code, int year) {
                throw new UnsupportedOperationException();
            }

            @Override
            public long countRejections(long fileId, String search) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void forEachRejection(
                    long fileId, String search, java.util.function.Consumer<se.maltavla.dataimport.Rejection> action) {
                throw new UnsupportedOperationException();
            }

            @Override
            public long uploadLimitBytes() {
                throw new UnsupportedOperationException();
            }

            @Override
            public se.maltavla.dataimport.UploadedFile upload(String fileName, java.io.InputStream content) {
                throw new UnsupportedOperationException();
            }

            @Override
            public java.util.concurrent.CompletableFuture<ImportRunResult> startInboxRun(
                    Locale language, ImportProgress progress) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
