package se.maltavla.benchmark;

import static se.maltavla.db.Tables.INDICATOR;
import static se.maltavla.db.Tables.MEASUREMENT;
import static se.maltavla.db.Tables.MUNICIPALITY;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import se.maltavla.dataimport.FileResult;
import se.maltavla.dataimport.FileStatus;
import se.maltavla.dataimport.ImportProgress;
import se.maltavla.dataimport.ImportRunResult;
import se.maltavla.dataimport.ImportService;
import se.maltavla.dataimport.ImportTrigger;
import se.maltavla.shared.i18n.Messages;

/**
 * Loading the national data set into Måltavla through its real import, as the benchmarks share
 * it: generate the files, check that the database is empty, import the strategies and plans,
 * then the utfall file, each verified by count.
 */
final class NationalLoad {

    /** Where a benchmark records what did not hold; it goes on and reports at the end. */
    @FunctionalInterface
    interface Check {
        void check(boolean condition, String failure);
    }

    private NationalLoad() {}

    static NationalDataSet generate(Path work, long rows, NationalDataSet.Order order) {
        status("Generating the data set: 290 municipalities, " + fmt(290L * NationalDataSet.INDICATORS_PER_MUNICIPALITY)
                + " indicators, " + fmt(rows) + " utfall rows (order: "
                + order.name().toLowerCase(Locale.ROOT) + ")…");
        long t = System.nanoTime();
        NationalDataSet data = NationalDataSet.generate(work.resolve("dataset"), rows, order);
        try {
            status(String.format(
                    "  written in %.1f s; utfall file %s MB",
                    (System.nanoTime() - t) / 1e9, fmt(Files.size(data.utfallFile) / (1024 * 1024))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return data;
    }

    /** False (and says why) when the database already holds municipalities. */
    static boolean isEmpty(DSLContext db, String database) {
        if (db.fetchCount(MUNICIPALITY) == 0) {
            return true;
        }
        System.err.println("The database " + database + " already holds data. The benchmark imports 290 "
                + "municipalities into it: give it an empty database of its own.");
        return false;
    }

    /** The strategi and handlingsplan files through {@link ImportService#run}; the time it took. */
    static Duration importPlans(ImportService imports, DSLContext db, NationalDataSet data, Check check) {
        status("Importing the strategies and plans (not timed)…");
        long t = System.nanoTime();
        ImportRunResult setup = run(imports, data.planFolder);
        Duration took = Duration.ofNanos(System.nanoTime() - t);
        long indicators = db.fetchCount(INDICATOR);
        check.check(
                setup.exitStatus() == ImportRunResult.OK,
                "setup import exit status " + setup.exitStatus() + " " + rejections(setup));
        check.check(
                indicators == data.indicators, "indicators stored: " + indicators + ", expected " + data.indicators);
        status(String.format(
                "  %d files, %s indicators in %.1f s", setup.files().size(), fmt(indicators), took.toNanos() / 1e9));
        return took;
    }

    /** An inbox holding only the utfall file. */
    static Path valuesInbox(Path work, NationalDataSet data) throws IOException {
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        Files.copy(data.utfallFile, inbox.resolve(data.utfallFile.getFileName()));
        return inbox;
    }

    /** The utfall file through {@link ImportService#run} (which ends with the recompute), verified. */
    static void importValues(ImportService imports, DSLContext db, Path work, NationalDataSet data, Check check)
            throws IOException {
        status("Importing the utfall file (" + fmt(data.rows) + " values) and recomputing (not timed)…");
        long t = System.nanoTime();
        ImportRunResult result = run(imports, valuesInbox(work, data));
        verifyValues(result, db, data.rows, check);
        status(String.format("  in %.1f s", (System.nanoTime() - t) / 1e9));
    }

    static ImportRunResult run(ImportService imports, Path inbox) {
        return imports.run(inbox, ImportTrigger.COMMAND, Messages.SWEDISH, Duration.ofMinutes(1), ImportProgress.NONE);
    }

    /** The utfall file's result: imported, every row new, none rejected, all of them stored. */
    static FileResult verifyValues(ImportRunResult result, DSLContext db, long rows, Check check) {
        FileResult file = result.files().isEmpty() ? null : result.files().getFirst();
        check.check(
                result.exitStatus() == ImportRunResult.OK && file != null && file.status() == FileStatus.IMPORTED,
                "import exit status " + result.exitStatus() + " " + (file == null ? result.failure() : file.status())
                        + " " + rejections(result));
        check.check(
                file != null && file.rowsNew() == rows && file.rowsRejected() == 0,
                "import counted "
                        + (file == null ? "nothing" : file.rowsNew() + " new, " + file.rowsRejected() + " rejected")
                        + "; expected " + rows + " new");
        long stored = db.fetchCount(MEASUREMENT);
        check.check(stored == rows, "measurement holds " + stored + " rows, expected " + rows);
        return file;
    }

    static String describeDatabase(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            var meta = connection.getMetaData();
            return meta.getDatabaseProductName() + " "
                    + meta.getDatabaseProductVersion().replaceAll(" \\(.*", "") + " — "
                    + meta.getURL().replaceAll("password=[^&;]*", "password=…");
        }
    }

    static String rejections(ImportRunResult result) {
        return result.files().stream()
                .filter(FileResult::hasRejections)
                .map(f ->
                        f.fileName() + ": " + f.rowsRejected() + " rejected " + f.firstRejections() + " " + f.message())
                .collect(Collectors.joining("; "));
    }

    static void status(String message) {
        System.err.println(message);
    }

    static String fmt(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    static String mb(long bytes) {
        return (bytes + (1 << 19)) / (1 << 20) + " MB";
    }
}
