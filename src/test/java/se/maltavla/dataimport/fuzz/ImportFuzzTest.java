package se.maltavla.dataimport.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static se.maltavla.db.Tables.IMPORT_RUN;
import static se.maltavla.db.Tables.MUNICIPALITY;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Autowired;
import se.maltavla.dataimport.FileResult;
import se.maltavla.dataimport.FileStatus;
import se.maltavla.dataimport.ImportProgress;
import se.maltavla.dataimport.ImportRunResult;
import se.maltavla.dataimport.ImportService;
import se.maltavla.dataimport.ImportTrigger;
import se.maltavla.shared.i18n.Messages;
import se.maltavla.support.DatabaseTest;

/**
 * The import's fault suite (issue 9): a sample file of either municipality, mutated as careless
 * and hostile users would (see {@link Mutation}), is imported into a database holding the
 * samples, and whatever the file holds, the run never ends with exit 1 (that is kept for what a
 * rerun can fix), no exception escapes, no file fails on a bug, and for every file the rows read
 * are the new, updated, unchanged and rejected rows.
 *
 * <p>{@code jobs/test} runs the stored inputs (regression) and then fuzzes for 30 seconds;
 * {@code jobs/fuzz [DURATION]} fuzzes longer (README, "Tests"). Jazzer keeps inputs that
 * fail under src/test/resources/…/ImportFuzzTestInputs, where they stay as regression cases.
 */
class ImportFuzzTest extends DatabaseTest {

    private static final List<Path> SAMPLES = samples();

    @Autowired
    ImportService imports;

    @FuzzTest(maxDuration = "30s")
    void a_mutated_file_never_fails_the_run_and_every_row_is_counted(FuzzedDataProvider data) throws IOException {
        checkImport(data);
    }

    /** The same check for as long as {@code jobs/fuzz} asks (not part of jobs/test's fuzzing). */
    @FuzzTest(maxDuration = "8h")
    void at_length(FuzzedDataProvider data) throws IOException {
        checkImport(data);
    }

    /**
     * The same rules for a workbook: a sample, mutated as above, saved as .xlsx (numbers as number
     * cells), and then a few of the workbook's own bytes overwritten (a damaged zip, broken XML).
     */
    @FuzzTest(maxDuration = "30s")
    void a_mutated_workbook_never_fails_the_run_and_every_row_is_counted(FuzzedDataProvider data) throws IOException {
        checkWorkbookImport(data);
    }

    private void checkImport(FuzzedDataProvider input) throws IOException {
        ensureSamples();
        Choices data = new Choices(input);
        Path sample = SAMPLES.get(data.between(0, SAMPLES.size() - 1));
        List<Mutation> applied = new ArrayList<>();
        byte[] content = mutated(sample, data, applied);
        check(sample.getFileName().toString(), content, sample + " after " + applied);
    }

    private void checkWorkbookImport(FuzzedDataProvider input) throws IOException {
        ensureSamples();
        Choices data = new Choices(input);
        Path sample = SAMPLES.get(data.between(0, SAMPLES.size() - 1));
        List<Mutation> applied = new ArrayList<>();
        byte[] csv = mutated(sample, data, applied);
        Path folder = Files.createTempDirectory("maltavla-fuzz-xlsx");
        try {
            Path csvFile = Files.write(folder.resolve("rader.csv"), csv);
            Path xlsx = folder.resolve("rader.xlsx");
            try {
                se.maltavla.support.TestWorkbooks.fromCsv(csvFile, xlsx, "Blad1");
            } catch (RuntimeException notCsvAnyMore) {
                return; // the mutated CSV is refused as CSV already; nothing to save as a workbook
            }
            byte[] content = Files.readAllBytes(xlsx);
            int damage = data.between(0, 3);
            for (int i = 0; i < damage; i++) {
                content[data.between(0, content.length - 1)] = (byte) data.between(0, 255);
            }
            String name = sample.getFileName().toString().replace(".csv", ".xlsx");
            check(name, content, sample + " after " + applied + " as .xlsx, " + damage + " bytes damaged");
        } finally {
            deleteTree(folder);
        }
    }

    private static byte[] mutated(Path sample, Choices data, List<Mutation> applied) throws IOException {
        byte[] content = Files.readAllBytes(sample);
        int mutations = data.between(1, 4);
        for (int i = 0; i < mutations; i++) {
            Mutation mutation = data.pick(Mutation.values());
            content = mutation.apply(content, data);
            applied.add(mutation);
        }
        return content;
    }

    private void check(String name, byte[] content, String what) throws IOException {
        Path inbox = Files.createTempDirectory("maltavla-fuzz");
        try {
            Files.write(inbox.resolve(name), content);

            ImportRunResult result = imports.run(
                    inbox, ImportTrigger.COMMAND, Messages.SWEDISH, Duration.ofMinutes(1), ImportProgress.NONE);

            assertThat(result.exitStatus())
                    .as("exit status for %s: %s", what, result)
                    .isNotEqualTo(1);
            assertThat(result.files()).as(what).hasSize(1);
            for (FileResult file : result.files()) {
                assertThat(file.status())
                        .as("%s: %s", what, file.message())
                        .isIn(FileStatus.IMPORTED, FileStatus.REJECTED, FileStatus.ALREADY_IMPORTED);
                assertThat(file.rowsRead())
                        .as("rows read = new + updated + unchanged + rejected for %s", what)
                        .isEqualTo(file.rowsNew() + file.rowsUpdated() + file.rowsUnchanged() + file.rowsRejected());
            }
            assertThat(db.fetchCount(IMPORT_RUN, IMPORT_RUN.STATUS.eq("RUNNING")))
                    .as(what)
                    .isZero();
            try (Stream<Path> left = Files.list(inbox)) {
                assertThat(left.filter(Files::isRegularFile).toList())
                        .as("nothing left in the inbox after " + what)
                        .isEmpty();
            }
        } finally {
            deleteTree(inbox);
        }
    }

    /** Both municipalities' samples, imported once per database (the test's set-up empties it). */
    private void ensureSamples() throws IOException {
        if (db.fetchCount(MUNICIPALITY) > 0) {
            return;
        }
        for (String municipality : List.of("ronneby", "kungsbacka")) {
            Path inbox = Files.createTempDirectory("maltavla-fuzz-samples");
            try (Stream<Path> files = Files.list(Path.of("sample-data", municipality))) {
                for (Path file : files.toList()) {
                    Files.copy(file, inbox.resolve(file.getFileName()));
                }
            }
            ImportRunResult setup = imports.run(
                    inbox, ImportTrigger.COMMAND, Messages.SWEDISH, Duration.ofMinutes(1), ImportProgress.NONE);
            assertThat(setup.exitStatus()).as(setup.toString()).isZero();
            deleteTree(inbox);
        }
    }

    private static List<Path> samples() {
        try (Stream<Path> folders = Files.list(Path.of("sample-data"))) {
            List<Path> files = new ArrayList<>();
            for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> csv = Files.list(folder)) {
                    csv.filter(f -> f.toString().endsWith(".csv")).sorted().forEach(files::add);
                }
            }
            return List.copyOf(files);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
