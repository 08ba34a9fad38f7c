package se.maltavla.dataimport.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static se.maltavla.db.Tables.IMPORT_RUN;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import se.maltavla.dataimport.FileResult;
import se.maltavla.dataimport.FileStatus;
import se.maltavla.dataimport.ImportRunResult;
import se.maltavla.support.ImportTestBase;

/**
 * Entries of the inbox that are gone or are no files (issue 9, point 2): a file that disappears
 * between the listing and the reading, and a named pipe (which must never be opened: reading it
 * would wait for ever), are each reported and the other files imported. And a start of Måltavla
 * that finds the import lock free marks runs left "running" by a dead process as interrupted
 * (point 4).
 */
class InboxEntriesTest extends ImportTestBase {

    static final String VANISHING = "utfall-borta.csv";

    @Autowired
    StaleRuns staleRuns;

    /** Deletes {@link #VANISHING} right after the run has listed and stamped it, as a user might. */
    @TestConfiguration
    static class VanishingFile {
        @Bean
        @Primary
        Settling vanishing(@Value("${maltavla.import.quiet-period}") Duration quiet, InboxUploads uploads) {
            return new Settling(quiet, uploads) {
                @Override
                Settled settle(List<Path> files, boolean immediate) {
                    Settled settled = super.settle(files, immediate);
                    for (Path file : files) {
                        if (file.getFileName().toString().equals(VANISHING)) {
                            try {
                                Files.delete(file);
                            } catch (java.io.IOException e) {
                                throw new IllegalStateException(e);
                            }
                        }
                    }
                    return settled;
                }
            };
        }
    }

    @Test
    void a_file_that_disappears_before_it_is_read_is_reported_and_the_others_are_imported() {
        importStrategyAndPlan();
        inbox.write(VANISHING, UTFALL_HEADER, "1081;I1;2016-T1;1");
        inbox.write("utfall.csv", UTFALL_HEADER, "1081;I1;2016;3");

        ImportRunResult result = run();

        FileResult gone = file(result, VANISHING);
        assertThat(gone.status()).isEqualTo(FileStatus.SKIPPED);
        assertThat(gone.message()).isEqualTo("Filen försvann ur inkorgen innan den lästes. Inget lästes in från den.");
        assertThat(file(result, "utfall.csv").rowsNew()).isEqualTo(1);
        assertThat(result.exitStatus()).isZero();
    }

    @Test
    void a_named_pipe_is_skipped_without_being_opened() throws Exception {
        importStrategyAndPlan();
        Path pipe = inbox.root().resolve("utfall-ror.csv");
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        assertThat(mkfifo.waitFor()).isZero();
        inbox.write("utfall.csv", UTFALL_HEADER, "1081;I1;2016;3");

        ImportRunResult result = run();

        assertThat(file(result, "utfall-ror.csv").status()).isEqualTo(FileStatus.SKIPPED);
        assertThat(file(result, "utfall-ror.csv").message())
                .isEqualTo("Inte en vanlig fil (till exempel ett rör eller en enhet); den lämnas orörd.");
        assertThat(file(result, "utfall.csv").rowsNew()).isEqualTo(1);
        assertThat(Files.exists(pipe)).isTrue();
    }

    @Test
    void a_start_that_finds_no_run_alive_marks_runs_left_running_as_interrupted() {
        long dead = db.insertInto(IMPORT_RUN)
                .set(IMPORT_RUN.STARTED_AT, OffsetDateTime.now().minusDays(1))
                .set(IMPORT_RUN.STATUS, "RUNNING")
                .set(IMPORT_RUN.TRIGGER_SOURCE, "DASHBOARD")
                .set(IMPORT_RUN.INBOX, "/srv/inbox")
                .set(IMPORT_RUN.LANGUAGE, "en")
                .returningResult(IMPORT_RUN.ID)
                .fetchSingle(IMPORT_RUN.ID);

        staleRuns.atStart();

        var run = imports.findRun(dead).orElseThrow();
        assertThat(run.status()).isEqualTo("INTERRUPTED");
        assertThat(run.exitStatus()).isEqualTo(1);
        assertThat(run.error())
                .as("in the run's language")
                .isEqualTo(
                        "The run was interrupted (its process stopped). Files it had not finished are continued by the next run.");
    }
}
