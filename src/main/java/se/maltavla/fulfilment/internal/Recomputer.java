package se.maltavla.fulfilment.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import se.maltavla.fulfilment.RecomputeReport;
import se.maltavla.fulfilment.ResultsRecomputed;
import se.maltavla.fulfilment.Thresholds;
import se.maltavla.fulfilment.UnknownMunicipalityException;
import se.maltavla.fulfilment.calculator.EvaluationDate;
import se.maltavla.fulfilment.internal.PlanYearVersions.PlanYearVersion;

/**
 * Computes plan years' results and stores them. The data is read in one repeatable-read
 * transaction together with its version; the results are written only if that version is still
 * current, so a result set is never older than the data it claims to show.
 */
@Component
class Recomputer {

    private static final Logger LOG = LoggerFactory.getLogger(Recomputer.class);
    private static final int ATTEMPTS = 3;
    /** Plan years read and written together in a full recompute. */
    private static final int CHUNK = 10;

    private final PlanYearLoader loader;
    private final PlanYearVersions versions;
    private final MunicipalityThresholds thresholds;
    private final ResultWriter writer;
    private final ResultReader reader;
    private final ResultPruner pruner;
    private final RecomputePool pool;
    private final PlanYearDates dates;
    private final Clock clock;
    private final TransactionTemplate read;
    private final TransactionTemplate write;
    private final ApplicationEventPublisher events;
    private final OtherDatesLimit otherDates;

    Recomputer(
            PlanYearLoader loader,
            PlanYearVersions versions,
            MunicipalityThresholds thresholds,
            ResultWriter writer,
            ResultReader reader,
            ResultPruner pruner,
            RecomputePool pool,
            PlanYearDates dates,
            Clock clock,
            PlatformTransactionManager transactions,
            ApplicationEventPublisher events,
            OtherDatesLimit otherDates) {
        this.otherDates = otherDates;
        this.events = events;
        this.loader = loader;
        this.versions = versions;
        this.thresholds = thresholds;
        this.writer = writer;
        this.reader = reader;
        this.pruner = pruner;
        this.pool = pool;
        this.dates = dates;
        this.clock = clock;
        this.read = new TransactionTemplate(transactions);
        this.read.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.read.setReadOnly(true);
        this.write = new TransactionTemplate(transactions);
    }

    /**
     * Computes and stores a plan year's results at an evaluation date.
     *
     * @return the rows written; -1 when the data kept changing while it was computed (an import
     *     is running: its end recomputes)
     * @throws UnknownMunicipalityException when the municipality is not in the database
     */
    long compute(String municipality, int year, LocalDate date) {
        LocalDate evaluationDate = PlanYearDates.effective(year, date);
        boolean isDefault = evaluationDate.equals(dates.defaultDate(year));
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            long t0 = System.nanoTime();
            Input input = read.execute(status -> {
                long version = versions.version(municipality, year);
                return new Input(version, thresholds.of(municipality), loader.load(municipality, year));
            });
            long t1 = System.nanoTime();
            ResultCalculation.Computed computed =
                    ResultCalculation.compute(input.data(), evaluationDate, input.thresholds());
            long t2 = System.nanoTime();
            Long rows = writeUnlessLocked(() -> write.execute(status -> writer.write(
                    municipality,
                    year,
                    evaluationDate,
                    input.version(),
                    isDefault,
                    false,
                    input.thresholds(),
                    input.data().strategyName(),
                    computed)));
            LOG.debug(
                    "Results of {} {}: read {} ms, computed {} ms, {} rows written in {} ms",
                    municipality,
                    year,
                    (t1 - t0) / 1_000_000,
                    (t2 - t1) / 1_000_000,
                    rows,
                    (System.nanoTime() - t2) / 1_000_000);
            if (rows != null && rows >= 0) {
                if (!otherDates.isOwnDate(year, evaluationDate)) {
                    writeUnlessLocked(() -> {
                        otherDates.enforce();
                        return 0L;
                    });
                }
                return rows;
            }
        }
        LOG.info("Results of {} {} not stored: its data changed while they were computed", municipality, year);
        return -1;
    }

    /** Recomputes the default results of the plan years whose data changed. */
    RecomputeReport recomputeChanged() {
        return recompute(versions.changed(), false);
    }

    /** Recomputes every plan year's default results and drops the results stored for other dates. */
    RecomputeReport recomputeAll() {
        return recompute(versions.all(), true);
    }

    /**
     * Keeps the default results current as the days pass: for the current (and a future) plan year
     * the default date is today, so each day needs its set. Sets for tertial ends are kept (the
     * dashboard's "since the previous tertial"), other dates' sets are dropped, in every plan year.
     */
    RecomputeReport refreshDefaults() {
        int thisYear = LocalDate.now(clock.withZone(EvaluationDate.SWEDEN)).getYear();
        List<PlanYearVersion> all = versions.all();
        RecomputeReport report = recompute(
                all.stream()
                        .filter(p -> p.year() >= thisYear)
                        .filter(p ->
                                !reader.storedDates(p.municipality(), p.year()).contains(dates.defaultDate(p.year())))
                        .toList(),
                false);
        // Sets asked for other dates are dropped every night (every plan year): stored results
        // stay bounded however many dates the API is asked for. They are computed again on demand.
        for (PlanYearVersion planYear : all) {
            List<LocalDate> keep = new ArrayList<>(PlanYearDates.tertialEnds(planYear.year()));
            keep.add(dates.defaultDate(planYear.year()));
            write.executeWithoutResult(status -> pruner.prune(planYear.municipality(), planYear.year(), keep));
        }
        return report;
    }

    private RecomputeReport recompute(List<PlanYearVersion> planYears, boolean dropOthers) {
        long started = System.nanoTime();
        RecomputeTally stored = pool.inChunks(planYears, CHUNK, chunk -> computeDefaults(chunk, dropOthers));
        RecomputeReport report =
                new RecomputeReport(stored.planYears(), stored.rows(), Duration.ofNanos(System.nanoTime() - started));
        if (stored.planYears() > 0) {
            events.publishEvent(new ResultsRecomputed(
                    planYears.stream().map(PlanYearVersion::municipality).collect(Collectors.toSet()), report));
        }
        return report;
    }

    /**
     * The default results of a few plan years: read together (one set of queries), written in
     * one transaction. A plan year whose data changed meanwhile is computed again on its own.
     *
     * @return the plan years stored and the rows written
     */
    private RecomputeTally computeDefaults(List<PlanYearVersion> chunk, boolean dropOthers) {
        List<PlanYearLoader.Key> keys = chunk.stream()
                .map(p -> new PlanYearLoader.Key(p.municipality(), p.year()))
                .toList();
        long t0 = System.nanoTime();
        ChunkInput input = read.execute(status -> new ChunkInput(
                versions.versions(keys),
                thresholds.of(
                        keys.stream().map(PlanYearLoader.Key::municipality).toList()),
                loader.loadAll(keys)));
        long t1 = System.nanoTime();
        Map<PlanYearLoader.Key, ResultCalculation.Computed> computed = new LinkedHashMap<>();
        input.data()
                .forEach((key, data) -> computed.put(
                        key,
                        ResultCalculation.compute(
                                data,
                                dates.defaultDate(key.year()),
                                input.thresholds().get(key.municipality()))));
        long t2 = System.nanoTime();
        List<PlanYearLoader.Key> retry = new ArrayList<>();
        RecomputeTally committed = writeUnlessLocked(() -> write.execute(status -> {
            RecomputeTally tally = RecomputeTally.NONE;
            for (Map.Entry<PlanYearLoader.Key, ResultCalculation.Computed> entry : computed.entrySet()) {
                PlanYearLoader.Key key = entry.getKey();
                long written = writer.write(
                        key.municipality(),
                        key.year(),
                        dates.defaultDate(key.year()),
                        input.versions().get(key),
                        true,
                        dropOthers,
                        input.thresholds().get(key.municipality()),
                        input.data().get(key).strategyName(),
                        entry.getValue());
                if (written < 0) {
                    retry.add(key);
                } else {
                    tally = tally.plusPlanYear(written);
                }
            }
            return tally;
        }));
        RecomputeTally stored = committed != null ? committed : RecomputeTally.NONE;
        if (committed == null) {
            // One of them was locked by another writer: each on its own, the others need not wait for it.
            retry.clear();
            retry.addAll(keys);
        }
        LOG.debug(
                "Results of {} plan years: read {} ms, computed {} ms, {} rows written in {} ms",
                chunk.size(),
                (t1 - t0) / 1_000_000,
                (t2 - t1) / 1_000_000,
                stored.rows(),
                (System.nanoTime() - t2) / 1_000_000);
        for (PlanYearLoader.Key key : retry) {
            long rows = compute(key.municipality(), key.year(), dates.defaultDate(key.year()));
            if (rows >= 0) {
                stored = stored.plusPlanYear(rows);
            }
        }
        return stored;
    }

    /**
     * A write that gives up when a plan year's row stays locked by another transaction longer than
     * the database waits (H2: two seconds; an import's chunk holds its plan years' state rows until it
     * commits): null then, as for data that changed meanwhile, so that a request is answered "busy"
     * or the write is tried again, never failed.
     */
    private static <T> T writeUnlessLocked(java.util.function.Supplier<T> write) {
        try {
            return write.get();
        } catch (org.springframework.dao.PessimisticLockingFailureException e) {
            LOG.debug("A write of results waited too long for a lock; tried again or answered busy", e);
            return null;
        }
    }

    private record Input(long version, Thresholds thresholds, PlanYearData data) {}

    private record ChunkInput(
            Map<PlanYearLoader.Key, Long> versions,
            Map<String, Thresholds> thresholds,
            Map<PlanYearLoader.Key, PlanYearData> data) {}
}
