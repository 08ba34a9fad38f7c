package se.maltavla.fulfilment.internal;

import static se.maltavla.db.Tables.MUNICIPALITY;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import se.maltavla.fulfilment.RecomputeReport;
import se.maltavla.fulfilment.ResultsRecomputed;
import se.maltavla.fulfilment.UnknownMunicipalityException;
import se.maltavla.fulfilment.calculator.EvaluationDate;
import se.maltavla.fulfilment.Thresholds;
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
    /** Plan years read and written together in a full recompute. */
    private static final int CHUNK = 10;

    private final DSLContext db;
    private final PlanYearLoader loader;
    private final ResultStore store;
    private final Clock clock;
    private final TransactionTemplate read;
    private final TransactionTemplate write;
    private final int threads;
    private final ApplicationEventPublisher events;
    private final OtherDatesLimit otherDates;

    Recomputer(DSLContext db, PlanYearLoader loader, ResultStore store, Clock clock, PlatformTransactionManager transactions,
               ApplicationEventPublisher events, OtherDatesLimit otherDates,
               @Value("${maltavla.fulfilment.recompute-threads:0}") int threads) {
        this.db = db;
        this.otherDates = otherDates;
        this.events = events;
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
            long t0 = System.nanoTime();
            Input input = read.execute(status -> {
                long version = store.version(municipality, year);
                return new Input(version, thresholds(municipality), loader.load(municipality, year));
            });
            long t1 = System.nanoTime();
            ResultCalculation.Computed computed = ResultCalculation.compute(input.data(), evaluationDate, input.thresholds());
            long t2 = System.nanoTime();
            Long rows = writeUnlessLocked(() -> write.execute(status -> store.write(municipality, year, evaluationDate,
                    input.version(), isDefault, input.thresholds(), input.data().strategyName(), computed)));
            LOG.debug("Results of {} {}: read {} ms, computed {} ms, {} rows written in {} ms", municipality, year,
                    (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, rows, (System.nanoTime() - t2) / 1_000_000);
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
        return recompute(store.changed(), false);
    }

    /** Recomputes every plan year's default results and drops the results stored for other dates. */
    RecomputeReport recomputeAll() {
        return recompute(store.all(), true);
    }

    /**
     * Keeps the default results current as the days pass: for the current (and a future) plan year
     * the default date is today, so each day needs its set. Sets for tertial ends are kept (the
     * dashboard's "since the previous tertial"), other dates' sets are dropped, in every plan year.
     */
    RecomputeReport refreshDefaults() {
        int thisYear = LocalDate.now(clock.withZone(EvaluationDate.SWEDEN)).getYear();
        List<PlanYearVersion> all = store.all();
        RecomputeReport report = recompute(all.stream().filter(p -> p.year() >= thisYear)
                .filter(p -> !store.storedDates(p.municipality(), p.year()).contains(defaultDate(p.year()))).toList(), false);
        // Sets asked for other dates are dropped every night (every plan year): stored results
        // stay bounded however many dates the API is asked for. They are computed again on demand.
        for (PlanYearVersion planYear : all) {
            List<LocalDate> keep = new ArrayList<>(tertialEnds(planYear.year()));
            keep.add(defaultDate(planYear.year()));
            write.executeWithoutResult(status -> store.prune(planYear.municipality(), planYear.year(), keep));
        }
        return report;
    }

    static List<LocalDate> tertialEnds(int year) {
        return List.of(LocalDate.of(year, 4, 30), LocalDate.of(year, 8, 31), LocalDate.of(year, 12, 31));
    }

    private RecomputeReport recompute(List<PlanYearVersion> planYears, boolean dropOthers) {
        long started = System.nanoTime();
        long rows = 0;
        int done = 0;
        List<List<PlanYearVersion>> chunks = new ArrayList<>();
        for (int i = 0; i < planYears.size(); i += CHUNK) {
            chunks.add(planYears.subList(i, Math.min(planYears.size(), i + CHUNK)));
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, chunks.size())))) {
            List<Future<long[]>> futures = new ArrayList<>();
            for (List<PlanYearVersion> chunk : chunks) {
                futures.add(pool.submit(() -> computeDefaults(chunk, dropOthers)));
            }
            for (Future<long[]> future : futures) {
                long[] result = future.get();
                done += (int) result[0];
                rows += result[1];
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Recompute interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
        RecomputeReport report = new RecomputeReport(done, rows, Duration.ofNanos(System.nanoTime() - started));
        if (done > 0) {
            events.publishEvent(new ResultsRecomputed(
                    planYears.stream().map(PlanYearVersion::municipality).collect(Collectors.toSet()), report));
        }
        return report;
    }

    /**
     * The default results of a few plan years: read together (one set of queries), written in
     * one transaction. A plan year whose data changed meanwhile is computed again on its own.
     *
     * @return {plan years stored, rows written}
     */
    private long[] computeDefaults(List<PlanYearVersion> chunk, boolean dropOthers) {
        List<PlanYearLoader.Key> keys = chunk.stream().map(p -> new PlanYearLoader.Key(p.municipality(), p.year())).toList();
        long t0 = System.nanoTime();
        ChunkInput input = read.execute(status -> {
            Map<PlanYearLoader.Key, Long> versions = store.versions(keys);
            Map<String, Thresholds> thresholds = new HashMap<>();
            db.select(MUNICIPALITY.CODE, MUNICIPALITY.UPPER_THRESHOLD, MUNICIPALITY.LOWER_THRESHOLD).from(MUNICIPALITY)
                    .where(MUNICIPALITY.CODE.in(Inlined.values(keys.stream().map(PlanYearLoader.Key::municipality).toList())))
                    .forEach(r -> thresholds.put(r.value1(), new Thresholds(r.value2(), r.value3())));
            return new ChunkInput(versions, thresholds, loader.loadAll(keys));
        });
        long t1 = System.nanoTime();
        Map<PlanYearLoader.Key, ResultCalculation.Computed> computed = new LinkedHashMap<>();
        input.data().forEach((key, data) -> computed.put(key, ResultCalculation.compute(data,
                defaultDate(key.year()), input.thresholds().get(key.municipality()))));
        long t2 = System.nanoTime();
        List<PlanYearLoader.Key> retry = new ArrayList<>();
        long[] stored = writeUnlessLocked(() -> write.execute(status -> {
            long[] counts = new long[2];
            computed.forEach((key, c) -> {
                long written = store.write(key.municipality(), key.year(), defaultDate(key.year()),
                        input.versions().get(key), true, input.thresholds().get(key.municipality()),
                        input.data().get(key).strategyName(), c);
                if (written < 0) {
                    retry.add(key);
                } else {
                    counts[0]++;
                    counts[1] += written;
                    if (dropOthers) {
                        store.prune(key.municipality(), key.year(), List.of(defaultDate(key.year())));
                    }
                }
            });
            return counts;
        }));
        long[] result = stored != null ? stored : new long[2];
        if (stored == null) {
            // One of them was locked by another writer: each on its own, the others need not wait for it.
            retry.clear();
            retry.addAll(keys);
        }
        LOG.debug("Results of {} plan years: read {} ms, computed {} ms, {} rows written in {} ms", chunk.size(),
                (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, result[1], (System.nanoTime() - t2) / 1_000_000);
        for (PlanYearLoader.Key key : retry) {
            long written = compute(key.municipality(), key.year(), defaultDate(key.year()));
            if (written >= 0) {
                result[0]++;
                result[1] += written;
            }
        }
        return result;
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
        } catch (PessimisticLockingFailureException e) {
            LOG.debug("A write of results waited too long for a lock; tried again or answered busy", e);
            return null;
        }
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

    private record ChunkInput(Map<PlanYearLoader.Key, Long> versions, Map<String, Thresholds> thresholds,
                              Map<PlanYearLoader.Key, PlanYearData> data) {}
}
