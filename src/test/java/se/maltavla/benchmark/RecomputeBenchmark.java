package se.maltavla.benchmark;

import static se.maltavla.db.Tables.RESULT_ROW;
import static se.maltavla.db.Tables.RESULT_SET;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.jooq.DSLContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import se.maltavla.dataimport.FileResult;
import se.maltavla.dataimport.ImportProgress;
import se.maltavla.dataimport.ImportRunResult;
import se.maltavla.dataimport.ImportService;
import se.maltavla.dataimport.ImportTrigger;
import se.maltavla.fulfilment.FulfilmentService;
import se.maltavla.fulfilment.RecomputeReport;
import se.maltavla.fulfilment.ResultsRecomputed;
import se.maltavla.shared.i18n.Messages;

/**
 * The recompute part of the benchmark (docs/performance.md): with the national data set
 * imported, (d) a full recompute of every municipality's plan year, three times, and (e) the
 * recompute that follows a one-file import (one municipality's utfall file, every value changed).
 */
final class RecomputeBenchmark {

    /** Issue 13's targets: a full recompute ≤ 2 s, the one ending the national import ≤ 5 s, after one file ≤ 0.1 s. */
    static final Duration FULL_TARGET = Duration.ofSeconds(2);

    static final Duration NATIONAL_IMPORT_TARGET = Duration.ofSeconds(5);
    static final Duration ONE_FILE_TARGET = Duration.ofMillis(100);
    private static final int FULL_RUNS = 3;

    record Run(String name, RecomputeReport report, HeapWatch.Peak heap) {}

    private final ConfigurableApplicationContext context;
    private final DSLContext db;
    private final HeapWatch heap;
    private final Path work;
    private final List<Run> runs = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private final AtomicReference<RecomputeReport> lastRecompute = new AtomicReference<>();

    RecomputeBenchmark(ConfigurableApplicationContext context, HeapWatch heap, Path work) {
        this.context = context;
        this.db = context.getBean(DSLContext.class);
        this.heap = heap;
        this.work = work;
        context.addApplicationListener(
                ApplicationListener.forPayload((ResultsRecomputed event) -> lastRecompute.set(event.report())));
    }

    /** Records the recompute that ended an import run just measured; its duration (zero if none). */
    Duration afterImport(String name, HeapWatch.Peak heapOfTheRun) {
        RecomputeReport report = lastRecompute.getAndSet(null);
        if (report == null) {
            check(false, "the import run did not recompute");
            return Duration.ZERO;
        }
        runs.add(new Run(name, report, heapOfTheRun));
        return report.took();
    }

    /** The duration of the recompute that ended an untimed import run (zero if none); not recorded. */
    Duration afterUntimedImport() {
        RecomputeReport report = lastRecompute.getAndSet(null);
        return report == null ? Duration.ZERO : report.took();
    }

    /** Runs both measurements; false when a result could not be verified. */
    boolean measure(NationalDataSet data) throws IOException {
        FulfilmentService fulfilment = context.getBean(FulfilmentService.class);
        // As jobs/recompute: the full recompute is a coordinator's action.
        org.springframework.security.core.context.SecurityContextHolder.getContext()
                .setAuthentication(
                        org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                                "benchmark",
                                null,
                                org.springframework.security.core.authority.AuthorityUtils.createAuthorityList(
                                        "ROLE_COORDINATOR")));
        for (int i = 1; i <= FULL_RUNS; i++) {
            System.err.println(
                    "d. Full recompute (FulfilmentService.recomputeAll), run " + i + " of " + FULL_RUNS + "…");
            heap.reset();
            RecomputeReport report = fulfilment.recomputeAll();
            runs.add(new Run("full recompute, run " + i, report, heap.peak()));
            System.err.printf("   %.2f s%n", report.took().toNanos() / 1e9);
            check(
                    report.planYears() == data.municipalities.size(),
                    "full recompute did " + report.planYears() + " plan years, expected " + data.municipalities.size());
        }
        long sets = db.fetchCount(RESULT_SET);
        check(sets == data.municipalities.size(), sets + " result sets stored, expected " + data.municipalities.size());
        long indicatorRows = db.fetchCount(RESULT_ROW, RESULT_ROW.RESULT_LEVEL.eq("indikator"));
        check(
                indicatorRows == data.indicators,
                indicatorRows + " indicator results stored, expected " + data.indicators);

        String municipality = data.municipalities.get(data.municipalities.size() / 2);
        Path inbox = Files.createDirectories(work.resolve("inbox-one-file"));
        int rows = writeOneMunicipality(inbox.resolve("utfall-" + municipality + ".csv"), municipality);
        System.err.println(
                "e. One-file import (" + rows + " changed values of " + municipality + ") and its recompute…");
        lastRecompute.set(null);
        heap.reset();
        long t = System.nanoTime();
        ImportRunResult result = context.getBean(ImportService.class)
                .run(inbox, ImportTrigger.COMMAND, Messages.SWEDISH, Duration.ofMinutes(1), ImportProgress.NONE);
        Duration importTime = Duration.ofNanos(System.nanoTime() - t);
        HeapWatch.Peak peak = heap.peak();
        FileResult file = result.files().isEmpty() ? null : result.files().getFirst();
        check(
                file != null && file.rowsNew() + file.rowsUpdated() == rows,
                "one-file import changed " + (file == null ? "nothing" : file.rowsNew() + file.rowsUpdated())
                        + " values, expected " + rows);
        RecomputeReport report = lastRecompute.get();
        check(
                report != null && report.planYears() == 1,
                "one-file import recomputed " + (report == null ? "nothing" : report.planYears() + " plan years")
                        + ", expected 1");
        if (report != null) {
            runs.add(new Run(
                    "recompute after the one-file import (import run " + seconds(importTime) + " in all)",
                    report,
                    peak));
            System.err.printf("   %.3f s (the whole run %s)%n", report.took().toNanos() / 1e9, seconds(importTime));
        }
        return failures.isEmpty();
    }

    /** Every indicator of one municipality, every period of the year, with a value no file gave before. */
    private static int writeOneMunicipality(Path file, String municipality) throws IOException {
        int rows = 0;
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("\uFEFFkommun;indikator_kod;period;varde\r\n");
            for (int c = 0; c < 6; c++) {
                for (int g = 0; g < 5; g++) {
                    for (int i = 0; i < NationalDataSet.INDICATORS_PER_MUNICIPALITY / 30; i++) {
                        for (String period : NationalDataSet.PERIODS.subList(0, 12)) {
                            out.write(municipality + ";" + NationalDataSet.indicatorCode(c, g, i) + ";" + period + ";"
                                    + (5000 + rows % 997) + ",25\r\n");
                            rows++;
                        }
                    }
                }
            }
        }
        return rows;
    }

    void print(PrintStream out) {
        out.println();
        out.println(String.format(
                "  %-2s %-70s %11s %9s %10s %10s", "", "recompute", "plan years", "time", "rows", "peak heap"));
        out.println("  " + "-".repeat(118));
        for (Run run : runs) {
            out.println(String.format(
                    "  %-2s %-70s %11d %8.2fs %10s %10s",
                    key(run),
                    run.name(),
                    run.report().planYears(),
                    run.report().took().toNanos() / 1e9,
                    String.format(Locale.ROOT, "%,d", run.report().rows()),
                    mb(run.heap().usedBeforeGc())));
        }
        Duration worstFull = runs.stream()
                .filter(r -> r.name().startsWith("full"))
                .map(r -> r.report().took())
                .max(Duration::compareTo)
                .orElse(null);
        Duration oneFile = runs.stream()
                .filter(r -> key(r).equals("e"))
                .map(r -> r.report().took())
                .findFirst()
                .orElse(null);
        Duration national = runs.stream()
                .filter(r -> key(r).equals("a'"))
                .map(r -> r.report().took())
                .findFirst()
                .orElse(null);
        out.println("  verdict");
        verdict(out, "full recompute (slowest run)", worstFull, FULL_TARGET);
        verdict(out, "ending the national import", national, NATIONAL_IMPORT_TARGET);
        verdict(out, "after a one-file import", oneFile, ONE_FILE_TARGET);
        failures.forEach(f -> out.println("  VERIFICATION FAILED: " + f));
    }

    private static String key(Run run) {
        return run.name().startsWith("full") ? "d" : run.name().startsWith("recompute after") ? "e" : "a'";
    }

    private static void verdict(PrintStream out, String label, Duration measured, Duration target) {
        if (measured == null) {
            out.println(String.format("    %-30s not measured", label));
            return;
        }
        out.println(String.format(
                "    %-30s %7.2f s   target ≤ %s s   %s",
                label,
                measured.toNanos() / 1e9,
                java.math.BigDecimal.valueOf(target.toMillis(), 3)
                        .stripTrailingZeros()
                        .toPlainString(),
                measured.compareTo(target) <= 0 ? "MET" : "MISSED"));
    }

    private void check(boolean condition, String failure) {
        if (!condition) {
            failures.add(failure);
            System.err.println("VERIFICATION FAILED: " + failure);
        }
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.2f s", duration.toNanos() / 1e9);
    }

    private static String mb(long bytes) {
        return NationalLoad.mb(bytes);
    }
}
