package se.maltavla.benchmark;

import static se.maltavla.benchmark.NationalLoad.status;
import static se.maltavla.db.Tables.MEASUREMENT;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import se.maltavla.Application;
import se.maltavla.dataimport.ImportService;
import se.maltavla.fulfilment.FulfilmentService;
import se.maltavla.fulfilment.Level;
import se.maltavla.fulfilment.ResultRow;
import se.maltavla.fulfilment.Status;
import se.maltavla.yearend.Snapshot;
import se.maltavla.yearend.YearEndService;
import se.maltavla.yearend.cli.YearEndArguments;
import se.maltavla.yearend.cli.YearEndCommand;
import se.maltavla.yearend.slides.Presentation;

/**
 * The year-end benchmark behind {@code jobs/benchmark-year-end [ROWS]} (docs/performance.md, "The
 * year-end"): with the national data set imported (290 municipalities, 87,000 indicators, ROWS
 * utfall values, every indicator with a value at the year's end), locking one municipality's plan
 * year (target ≤ 1 s), its written report as a PDF (≤ 3 s) and its presentation as a PDF (≤ 3 s),
 * each through {@link YearEndCommand}, the code behind {@code jobs/year-end lock|report|slides}
 * (the year-end page calls the same {@link YearEndService} and renderers). Each iteration reopens
 * the year first (not timed), so that every lock takes a new snapshot (versions 1, 2, 3 …).
 *
 * <p>Every iteration is checked: the command's exit status and message; the snapshot holds the
 * version locked, as many result rows as the plan year's results had before the first lock, with the
 * same figures and statuses, 30 goals and 300 indicators, each with a value; the report PDF has the
 * report's title, as many pages as the municipality's first report, and (first report of each
 * municipality) every indicator's code; the slides PDF has one page per slide of the deck.
 *
 * <p>Arguments: {@code ROWS WORKDIR}. System properties {@code maltavla.benchmark.*}:
 * {@code municipalities} (3, spread over the list), {@code warmup} (3 iterations), {@code iterations}
 * (12 measured, taking the municipalities in turn), {@code sample-ms} (10: the profiler's interval in
 * 3 further iterations; 0 = no profile), {@code lang} ({@code sv}).
 */
public final class YearEndBenchmark {

    static final int YEAR = NationalDataSet.PLAN_YEAR;
    private static final String REPORT_TITLE = "Uppföljning av internationell strategi, årsbokslut " + YEAR;
    private static final int PROFILED = 3;

    /** What one iteration measures: its name, and the target on the wall time after warm-up. */
    enum Step {
        LOCK("lock", 1000),
        REPORT("report PDF", 3000),
        SLIDES("slides PDF", 3000);

        final String label;
        final long targetMillis;

        Step(String label, long targetMillis) {
            this.label = label;
            this.targetMillis = targetMillis;
        }
    }

    /** One timed command: wall and CPU time of the calling thread (H2 works in it; PostgreSQL does not). */
    record Timing(long wallNanos, long cpuNanos) {}

    /** One iteration: municipality, the version it locked, each step's timing, the PDFs' page counts. */
    record Iteration(
            int number,
            String kind,
            String municipality,
            int version,
            Map<Step, Timing> timings,
            int reportPages,
            int slidePages) {}

    private final long rows;
    private final Path work;
    private final int municipalityCount = Integer.getInteger("maltavla.benchmark.municipalities", 3);
    private final int warmup = Integer.getInteger("maltavla.benchmark.warmup", 3);
    private final int iterations = Integer.getInteger("maltavla.benchmark.iterations", 12);
    private final long sampleMillis = Long.getLong("maltavla.benchmark.sample-ms", 10);
    private final String language = System.getProperty("maltavla.benchmark.lang", "sv");
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final List<String> failures = new ArrayList<>();
    private final List<Iteration> done = new ArrayList<>();
    private final Map<String, List<ResultRow>> expectedRows = new HashMap<>();
    private final Map<String, Integer> reportPages = new HashMap<>();
    private final Map<String, Integer> versions = new HashMap<>();

    private YearEndCommand command;
    private YearEndService yearEnd;
    private Presentation presentation;
    private StepProfiler profiler;

    private YearEndBenchmark(long rows, Path work) {
        this.rows = rows;
        this.work = work;
    }

    public static void main(String[] args) throws Exception {
        long rows = args.length > 0 ? Long.parseLong(args[0].replaceAll("[_,. ]", "")) : 1_000_000;
        Path work = (args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("maltavla-benchmark"))
                .toAbsolutePath()
                .normalize();
        if (System.getenv("SPRING_DATASOURCE_URL") == null
                && !Path.of("").toAbsolutePath().normalize().equals(work)) {
            System.err.println("Run the benchmark through jobs/benchmark-year-end: without SPRING_DATASOURCE_URL it "
                    + "must start in its work folder, so that the default H2 URL (./data/maltavla) points there.");
            System.exit(1);
        }
        System.exit(new YearEndBenchmark(rows, work).run());
    }

    private int run() throws Exception {
        if (rows < NationalDataSet.maxRows() * 3 / NationalDataSet.PERIODS.size()) {
            // Periods are handed out T1, T2, T3, …: with fewer than three values an indicator has none at the year's
            // end.
            System.err.println("ROWS must be at least " + NationalDataSet.maxRows() * 3 / NationalDataSet.PERIODS.size()
                    + " (three values per indicator), so that every indicator has a value at the year's end.");
            return 1;
        }
        String started = ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z"));
        NationalDataSet data = NationalLoad.generate(work, rows, NationalDataSet.Order.INDICATOR);
        status("Starting Måltavla's headless context (profile headless, as jobs/year-end)…");
        try (ConfigurableApplicationContext context = headless()) {
            DSLContext db = context.getBean(DSLContext.class);
            String database = NationalLoad.describeDatabase(context.getBean(DataSource.class));
            if (!NationalLoad.isEmpty(db, database)) {
                return 1;
            }
            ImportService imports = context.getBean(ImportService.class);
            NationalLoad.importPlans(imports, db, data, this::check);
            NationalLoad.importValues(imports, db, work, data, this::check);
            int withYearEndValue = db.fetchOne(DSL.select(DSL.countDistinct(MEASUREMENT.INDICATOR_ID))
                            .from(MEASUREMENT)
                            .where(MEASUREMENT.PERIOD_END.eq(LocalDate.of(YEAR, 12, 31))))
                    .value1();
            check(
                    withYearEndValue == data.indicators,
                    withYearEndValue + " indicators have a value at " + YEAR + "-12-31, expected " + data.indicators);

            command = context.getBean(YearEndCommand.class);
            yearEnd = context.getBean(YearEndService.class);
            presentation = context.getBean(Presentation.class);
            List<String> chosen = choose(data.municipalities);
            asCoordinator(() -> chosen.forEach(m -> expectedRows.put(m, results(context, m))));
            double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            int n = 0;
            for (int i = 0; i < warmup; i++) {
                iteration(++n, "warm-up", chosen.get(i % chosen.size()));
            }
            for (int i = 0; i < iterations; i++) {
                iteration(++n, "measured", chosen.get(i % chosen.size()));
            }
            double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            List<String> profile = List.of();
            if (sampleMillis > 0) {
                try (StepProfiler p = new StepProfiler(Thread.currentThread(), sampleMillis)) {
                    profiler = p;
                    for (int i = 0; i < PROFILED; i++) {
                        iteration(++n, "profiled", chosen.get(i % chosen.size()));
                    }
                    profiler = null;
                    profile = p.report("  ", 12);
                }
            }
            new YearEndResults(System.out)
                    .print(started, database, data, done, new double[] {loadBefore, loadAfter}, profile, failures);
        }
        return failures.isEmpty() ? 0 : 1;
    }

    /** Reopen (not timed, after its first lock), then lock, report and slides of one municipality, each checked. */
    private void iteration(int number, String kind, String municipality) throws IOException {
        status(String.format("%s iteration %d: %s", kind, number, municipality));
        int version = versions.getOrDefault(municipality, 0) + 1;
        if (version > 1) {
            Command reopened =
                    run(null, "reopen", municipality, String.valueOf(YEAR), "--reason", "Benchmark " + number);
            check(reopened.status == 0, "reopen " + municipality + ": " + reopened.err);
        }
        Map<Step, Timing> timings = new java.util.EnumMap<>(Step.class);
        Command locked = run(Step.LOCK, "lock", municipality, String.valueOf(YEAR));
        timings.put(Step.LOCK, locked.timing);
        check(
                // The message names the municipality (by its name from SCB's list when it has one) and the version.
                locked.status == 0 && locked.out.contains("version " + version),
                "lock " + municipality + ": exit " + locked.status + " " + locked.err + locked.out);
        versions.put(municipality, version);
        Path report = work.resolve("report-" + municipality + ".pdf");
        Command written = run(Step.REPORT, "report", municipality, String.valueOf(YEAR), report.toString());
        timings.put(Step.REPORT, written.timing);
        check(written.status == 0, "report " + municipality + ": exit " + written.status + " " + written.err);
        Path slides = work.resolve("slides-" + municipality + ".pdf");
        Command shown = run(Step.SLIDES, "slides", municipality, String.valueOf(YEAR), slides.toString());
        timings.put(Step.SLIDES, shown.timing);
        check(shown.status == 0, "slides " + municipality + ": exit " + shown.status + " " + shown.err);

        int[] pages = new int[2];
        asCoordinator(() -> {
            Snapshot snapshot = checkSnapshot(municipality, version);
            pages[0] = checkReport(report, municipality, snapshot);
            pages[1] = checkSlides(slides, municipality, snapshot);
        });
        done.add(new Iteration(number, kind, municipality, version, timings, pages[0], pages[1]));
        // The checks above read whole PDFs (hundreds of MB of garbage): collected now, so that the next iteration's
        // timings pay for the garbage of the year-end's own work only.
        System.gc();
        status(String.format(
                "  lock %d ms, report %d ms (%d pages), slides %d ms (%d pages)",
                timings.get(Step.LOCK).wallNanos() / 1_000_000,
                timings.get(Step.REPORT).wallNanos() / 1_000_000,
                pages[0],
                timings.get(Step.SLIDES).wallNanos() / 1_000_000,
                pages[1]));
    }

    /** The locked version's snapshot: its number, the figures of the results before locking, every goal and indicator. */
    private Snapshot checkSnapshot(String municipality, int version) {
        Optional<Snapshot> stored = yearEnd.snapshot(municipality, YEAR, null);
        check(stored.isPresent(), "no snapshot of " + municipality + " after locking");
        if (stored.isEmpty()) {
            return null;
        }
        Snapshot snapshot = stored.get();
        List<ResultRow> expected = expectedRows.get(municipality);
        List<ResultRow> rows = snapshot.results().rows();
        check(snapshot.version() == version, "snapshot version " + snapshot.version() + ", expected " + version);
        check(
                rows.size() == expected.size(),
                "snapshot of " + municipality + " holds " + rows.size() + " result rows, expected " + expected.size());
        for (int i = 0; i < Math.min(rows.size(), expected.size()); i++) {
            ResultRow a = rows.get(i);
            ResultRow b = expected.get(i);
            if (a.level() != b.level()
                    || !Objects.equals(a.code(), b.code())
                    || a.status() != b.status()
                    || !sameNumber(a.fulfilment(), b.fulfilment())) {
                check(false, "snapshot row " + i + " of " + municipality + ": " + a + ", expected " + b);
                break;
            }
        }
        check(
                snapshot.goals().size() == 30,
                "snapshot holds " + snapshot.goals().size() + " goals, expected 30");
        check(
                snapshot.indicators().size() == NationalDataSet.INDICATORS_PER_MUNICIPALITY,
                "snapshot holds " + snapshot.indicators().size() + " indicators, expected "
                        + NationalDataSet.INDICATORS_PER_MUNICIPALITY);
        long unvalued = snapshot.results().rows(Level.INDIKATOR).stream()
                .filter(r -> r.status() == Status.SAKNAS)
                .count();
        check(unvalued == 0, unvalued + " indicators of " + municipality + " without a value in the snapshot");
        return snapshot;
    }

    private static boolean sameNumber(java.math.BigDecimal a, java.math.BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /** The report's title; as many pages as the municipality's first; once per municipality, every indicator's code. */
    private int checkReport(Path file, String municipality, Snapshot snapshot) {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            int pages = document.getNumberOfPages();
            String title = document.getDocumentInformation().getTitle();
            check(title != null && title.startsWith(english() ? "Follow-up" : REPORT_TITLE), "report title " + title);
            Integer first = reportPages.putIfAbsent(municipality, pages);
            if (first == null) {
                check(pages > 5, "the report of " + municipality + " has " + pages + " pages");
                String text = new PDFTextStripper().getText(document);
                if (snapshot != null) {
                    long missing = snapshot.indicators().stream()
                            .filter(i -> !text.contains(i.code()))
                            .count();
                    check(missing == 0, missing + " indicators' codes missing from the report of " + municipality);
                }
            } else {
                check(pages == first, "report of " + municipality + ": " + pages + " pages, the first had " + first);
            }
            return pages;
        } catch (IOException e) {
            check(false, "report " + file + " unreadable: " + e.getMessage());
            return 0;
        }
    }

    /** One page per slide of the snapshot's deck. */
    private int checkSlides(Path file, String municipality, Snapshot snapshot) {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            int pages = document.getNumberOfPages();
            if (snapshot != null) {
                int slides = presentation.deck(snapshot, locale()).slides().size();
                check(pages == slides, "slides of " + municipality + ": " + pages + " pages, " + slides + " slides");
            }
            return pages;
        } catch (IOException e) {
            check(false, "slides " + file + " unreadable: " + e.getMessage());
            return 0;
        }
    }

    private record Command(int status, String out, String err, Timing timing) {}

    /** A jobs/year-end subcommand through YearEndCommand, as the command line runs it; timed when a step is given. */
    private Command run(Step step, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--lang=" + language);
        YearEndArguments arguments = YearEndArguments.parse(all.toArray(String[]::new));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        if (profiler != null && step != null) {
            profiler.step(step.label);
        }
        long cpu = threads.getCurrentThreadCpuTime();
        long t = System.nanoTime();
        int status = command.run(arguments, o, e);
        long wall = System.nanoTime() - t;
        cpu = threads.getCurrentThreadCpuTime() - cpu;
        if (profiler != null) {
            profiler.step(null);
        }
        return new Command(
                status,
                out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8),
                new Timing(wall, cpu));
    }

    /** The plan year's results at its default date, as the dashboard and the export show them before it is locked. */
    private static List<ResultRow> results(ConfigurableApplicationContext context, String municipality) {
        FulfilmentService fulfilment = context.getBean(FulfilmentService.class);
        return fulfilment
                .results(municipality, YEAR, fulfilment.defaultEvaluationDate(YEAR))
                .rows();
    }

    /** Municipalities spread over the list: the first, the last, and evenly between. */
    private List<String> choose(List<String> all) {
        int count = Math.max(1, Math.min(municipalityCount, all.size()));
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            chosen.add(all.get(count == 1 ? 0 : i * (all.size() - 1) / (count - 1)));
        }
        return chosen;
    }

    private boolean english() {
        return locale().getLanguage().equals("en");
    }

    private Locale locale() {
        return Locale.forLanguageTag(language);
    }

    /** The benchmark's own reads (results, snapshots, decks), as a coordinator. */
    private static void asCoordinator(Runnable action) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "benchmark", null, AuthorityUtils.createAuthorityList("ROLE_COORDINATOR")));
        try {
            action.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private ConfigurableApplicationContext headless() {
        SpringApplication application = new SpringApplication(Application.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setAdditionalProfiles("headless");
        application.setLogStartupInfo(false);
        return application.run(
                "--maltavla.import.sample-data=",
                "--maltavla.year-end.sample-locks=",
                "--maltavla.import.inbox=" + work.resolve("inbox"));
    }

    private void check(boolean condition, String failure) {
        if (!condition) {
            failures.add(failure);
            System.err.println("VERIFICATION FAILED: " + failure);
        }
    }
}
