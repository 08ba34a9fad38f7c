package se.maltavla.fulfilment.internal;

import static se.maltavla.db.Tables.MUNICIPALITY;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import se.maltavla.fulfilment.RecomputeReport;
import se.maltavla.fulfilment.UnknownMunicipalityException;
import se.maltavla.fulfilment.calculator.EvaluationDate;
import se.maltavla.fulfilment.calculator.Thresholds;
import se.maltavla.fulfilment.internal.ResultStore.PlanYearVersion;

/**
 * Computes plan years' results and stores them. The data is read in one repeatable-read
 * transaction together with its version; the results are written only if that version is still
 * current, so a result set is never older than the data it claims to show.
 */
@Component
class Recomputer {

    private static final Logger LOG = LoggerFactory.getLogger(Recomputer.class);
    private static final int ATTEMPTS = 3;

    private final DSLContext db;
    private final PlanYearLoader loader;
    private final ResultStore store;
    private final Clock clock;
    private final TransactionTemplate read;
    private final TransactionTemplate write;
    private final int threads;

    Recomputer(DSLContext db, PlanYearLoader loader, ResultStore store, Clock clock, PlatformTransactionManager transactions,
               @Value("${maltavla.fulfilment.recompute-threads:0}") int threads) {
        this.db = db;
        this.loader = loader;
        this.store = store;
        this.clock = clock;
        this.read = new TransactionTemplate(transactions);
        this.read.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.read.setReadOnly(true);
        this.write = new TransactionTemplate(transactions);
        this.threads = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }

    /** The date a plan year's figures are stored under: min(D, Y-12-31). */
    static LocalDate effective(int year, LocalDate date) {
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        return date.isAfter(yearEnd) ? yearEnd : date;
    }

    LocalDate defaultDate(int year) {
        return effective(year, EvaluationDate.defaultFor(year, clock));
    }

    /**
     * Computes and stores a plan year's results at an evaluation date.
     *
     * @return the rows written; -1 when the data kept changing while it was computed (an import
     *     is running: its end recomputes)
     * @throws UnknownMunicipalityException when the municipality is not in the database
     */
    long compute(String municipality, int year, LocalDate date) {
        LocalDate evaluationDate = effective(year, date);
        boolean isDefault = evaluationDate.equals(defaultDate(year));
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            Input input = read.execute(status -> {
                long version = store.version(municipality, year);
                return new Input(version, thresholds(municipality), loader.load(municipality, year));
            });
            ResultCalculation.Computed computed = ResultCalculation.compute(input.data(), evaluationDate, input.thresholds());
            Long rows = write.execute(status -> store.write(municipality, year, evaluationDate, input.version(), isDefault,
                    input.thresholds(), input.data().strategyName(), computed));
            if (rows != null && rows >= 0) {
                return rows;
            }
        }
        LOG.info("Results of {} {} not stored: its data changed while they were computed", municipality, year);
        return -1;
    }

    /** Recomputes the default results of the plan years whose data changed. */
    RecomputeReport recomputeChanged() {
        return recompute(store.changed(), false);
    }

    /** Recomputes every plan year's default results and drops the results stored for other dates. */
    RecomputeReport recomputeAll() {
        return recompute(store.all(), true);
    }

    /**
     * Keeps the default results current as the days pass: for the current (and a future) plan year
     * the default date is today, so each day needs its set. Sets for tertial ends are kept (the
     * dashboard's "since the previous tertial"), other dates' sets are dropped.
     */
    RecomputeReport refreshDefaults() {
        int thisYear = LocalDate.now(clock.withZone(EvaluationDate.SWEDEN)).getYear();
        List<PlanYearVersion> current = store.all().stream().filter(p -> p.year() >= thisYear).toList();
        RecomputeReport report = recompute(current.stream()
                .filter(p -> !store.storedDates(p.municipality(), p.year()).contains(defaultDate(p.year()))).toList(), false);
        for (PlanYearVersion planYear : current) {
            List<LocalDate> keep = new ArrayList<>(tertialEnds(planYear.year()));
            keep.add(defaultDate(planYear.year()));
            write.executeWithoutResult(status -> store.prune(planYear.municipality(), planYear.year(), keep));
        }
        return report;
    }

    private static List<LocalDate> tertialEnds(int year) {
        return List.of(LocalDate.of(year, 4, 30), LocalDate.of(year, 8, 31), LocalDate.of(year, 12, 31));
    }

    private RecomputeReport recompute(List<PlanYearVersion> planYears, boolean dropOthers) {
        long started = System.nanoTime();
        long rows = 0;
        int done = 0;
        try (ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, planYears.size())))) {
            List<Future<Long>> futures = new ArrayList<>();
            for (PlanYearVersion planYear : planYears) {
                futures.add(pool.submit(() -> {
                    long written = compute(planYear.municipality(), planYear.year(), defaultDate(planYear.year()));
                    if (dropOthers && written >= 0) {
                        write.executeWithoutResult(status -> store.prune(planYear.municipality(), planYear.year(),
                                List.of(defaultDate(planYear.year()))));
                    }
                    return written;
                }));
            }
            for (Future<Long> future : futures) {
                long written = future.get();
                if (written >= 0) {
                    rows += written;
                    done++;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Recompute interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
        return new RecomputeReport(done, rows, Duration.ofNanos(System.nanoTime() - started));
    }

    Thresholds thresholds(String municipality) {
        var record = db.select(MUNICIPALITY.UPPER_THRESHOLD, MUNICIPALITY.LOWER_THRESHOLD).from(MUNICIPALITY)
                .where(MUNICIPALITY.CODE.eq(municipality)).fetchOne();
        if (record == null) {
            throw new UnknownMunicipalityException(municipality);
        }
        return new Thresholds(record.value1(), record.value2());
    }

    private record Input(long version, Thresholds thresholds, PlanYearData data) {}
}
