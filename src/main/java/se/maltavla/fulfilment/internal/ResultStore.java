package se.maltavla.fulfilment.internal;

import se.maltavla.fulfilment.ForecastStatus;
import static se.maltavla.db.Tables.GOAL;
import static se.maltavla.db.Tables.IMPORT_FILE;
import static se.maltavla.db.Tables.PLAN_YEAR_STATE;
import static se.maltavla.db.Tables.RESULT_CONTRIBUTION;
import static se.maltavla.db.Tables.RESULT_ROW;
import static se.maltavla.db.Tables.RESULT_SET;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Component;
import se.maltavla.fulfilment.IndicatorFigures;
import se.maltavla.fulfilment.Level;
import se.maltavla.fulfilment.PlanYearResults;
import se.maltavla.fulfilment.ResultRow;
import se.maltavla.fulfilment.Status;
import se.maltavla.fulfilment.Thresholds;
import se.maltavla.shared.Decimals;

/** The stored results and the per plan year versions that say when they are out of date. */
@Component
class ResultStore {

    /** A set's last use is written at most this often: reads of a popular set write almost nothing. */
    static final java.time.Duration TOUCH_INTERVAL = java.time.Duration.ofMinutes(1);

    /** The columns of a set that its figures depend on (all but last_used_at). */
    private static final org.jooq.Field<?>[] FIGURE_FIELDS = java.util.Arrays.stream(RESULT_SET.fields())
            .filter(f -> !f.equals(RESULT_SET.LAST_USED_AT)).toArray(org.jooq.Field<?>[]::new);

    private final DSLContext db;
    private final ReadResults read = new ReadResults();

    ResultStore(DSLContext db) {
        this.db = db;
    }

    /** A municipality's plan year and the data version it was read at. */
    record PlanYearVersion(String municipality, int year, long version) {}

    /** Notes a change to a plan year's data (year null: every plan year of the municipality). */
    void bump(String municipality, Integer year) {
        if (year != null) {
            db.insertInto(PLAN_YEAR_STATE)
                    .set(PLAN_YEAR_STATE.MUNICIPALITY_CODE, municipality)
                    .set(PLAN_YEAR_STATE.PLAN_YEAR, year)
                    .set(PLAN_YEAR_STATE.DATA_VERSION, 1L)
                    .set(PLAN_YEAR_STATE.COMPUTED_VERSION, 0L)
                    .onDuplicateKeyUpdate()
                    .set(PLAN_YEAR_STATE.DATA_VERSION, PLAN_YEAR_STATE.DATA_VERSION.plus(1))
                    .execute();
            return;
        }
        db.update(PLAN_YEAR_STATE).set(PLAN_YEAR_STATE.DATA_VERSION, PLAN_YEAR_STATE.DATA_VERSION.plus(1))
                .where(PLAN_YEAR_STATE.MUNICIPALITY_CODE.eq(municipality)).execute();
        for (Integer goalYear : db.selectDistinct(GOAL.PLAN_YEAR).from(GOAL).where(GOAL.MUNICIPALITY_CODE.eq(municipality))
                .fetch(GOAL.PLAN_YEAR)) {
            insertStateIfMissing(municipality, goalYear, 1L);
        }
    }

    /** A plan year's state row at {@code version}, unless it has one: never computed. */
    private void insertStateIfMissing(String municipality, int year, long version) {
        db.insertInto(PLAN_YEAR_STATE)
                .set(PLAN_YEAR_STATE.MUNICIPALITY_CODE, municipality)
                .set(PLAN_YEAR_STATE.PLAN_YEAR, year)
                .set(PLAN_YEAR_STATE.DATA_VERSION, version)
                .set(PLAN_YEAR_STATE.COMPUTED_VERSION, 0L)
                .onDuplicateKeyIgnore()
                .execute();
    }

    /** The current data version of a plan year; 0 when nothing was ever imported for it. */
    long version(String municipality, int year) {
        Long version = db.select(PLAN_YEAR_STATE.DATA_VERSION).from(PLAN_YEAR_STATE)
                .where(PLAN_YEAR_STATE.MUNICIPALITY_CODE.eq(municipality), PLAN_YEAR_STATE.PLAN_YEAR.eq(year))
                .fetchOne(PLAN_YEAR_STATE.DATA_VERSION);
        return version == null ? 0 : version;
    }

    /** The current data versions of plan years (0 for one never imported). */
    Map<PlanYearLoader.Key, Long> versions(Collection<PlanYearLoader.Key> keys) {
        Map<PlanYearLoader.Key, Long> versions = new HashMap<>();
        keys.forEach(k -> versions.put(k, 0L));
        db.select(PLAN_YEAR_STATE.MUNICIPALITY_CODE, PLAN_YEAR_STATE.PLAN_YEAR, PLAN_YEAR_STATE.DATA_VERSION)
                .from(PLAN_YEAR_STATE)
                .where(PLAN_YEAR_STATE.MUNICIPALITY_CODE.in(Inlined.values(keys.stream().map(PlanYearLoader.Key::municipality).toList())))
                .forEach(r -> versions.computeIfPresent(new PlanYearLoader.Key(r.value1(), r.value2()), (k, v) -> r.value3()));
        return versions;
    }

    /** Plan years whose data changed since their default results were computed. */
    List<PlanYearVersion> changed() {
        return db.select(PLAN_YEAR_STATE.MUNICIPALITY_CODE, PLAN_YEAR_STATE.PLAN_YEAR, PLAN_YEAR_STATE.DATA_VERSION)
                .from(PLAN_YEAR_STATE)
                .where(PLAN_YEAR_STATE.DATA_VERSION.gt(PLAN_YEAR_STATE.COMPUTED_VERSION))
                .orderBy(PLAN_YEAR_STATE.MUNICIPALITY_CODE, PLAN_YEAR_STATE.PLAN_YEAR)
                .fetch(r -> new PlanYearVersion(r.value1(), r.value2(), r.value3()));
    }

    /** Every plan year that has goals or stored results. */
    List<PlanYearVersion> all() {
        Map<String, PlanYearVersion> all = new java.util.TreeMap<>();
        db.selectDistinct(GOAL.MUNICIPALITY_CODE, GOAL.PLAN_YEAR).from(GOAL)
                .forEach(r -> all.put(r.value1() + r.value2(), new PlanYearVersion(r.value1(), r.value2(), 0)));
        db.select(PLAN_YEAR_STATE.MUNICIPALITY_CODE, PLAN_YEAR_STATE.PLAN_YEAR, PLAN_YEAR_STATE.DATA_VERSION)
                .from(PLAN_YEAR_STATE)
                .forEach(r -> all.put(r.value1() + r.value2(), new PlanYearVersion(r.value1(), r.value2(), r.value3())));
        return new ArrayList<>(all.values());
    }

    /** The evaluation dates stored for a plan year. */
    List<LocalDate> storedDates(String municipality, int year) {
        return db.select(RESULT_SET.EVALUATION_DATE).from(RESULT_SET)
                .where(RESULT_SET.MUNICIPALITY_CODE.eq(municipality), RESULT_SET.PLAN_YEAR.eq(year))
                .orderBy(RESULT_SET.EVALUATION_DATE)
                .fetch(RESULT_SET.EVALUATION_DATE);
    }

    /**
     * Stores a plan year's results computed from data version {@code version}, replacing what was
     * stored for that date and every set computed from older data. Call in a transaction.
     *
     * @param isDefault whether {@code evaluationDate} is the plan year's default date: then the
     *     plan year counts as computed at {@code version}
     * @return the rows written, or -1 when the data changed since {@code version} was read (nothing written)
     */
    long write(String municipality, int year, LocalDate evaluationDate, long version, boolean isDefault,
               Thresholds thresholds, String strategyName, ResultCalculation.Computed computed) {
        insertStateIfMissing(municipality, year, 0L);
        // The row lock serialises writers of one plan year, across processes.
        long current = db.select(PLAN_YEAR_STATE.DATA_VERSION).from(PLAN_YEAR_STATE)
                .where(PLAN_YEAR_STATE.MUNICIPALITY_CODE.eq(municipality), PLAN_YEAR_STATE.PLAN_YEAR.eq(year))
                .forUpdate()
                .fetchSingle(PLAN_YEAR_STATE.DATA_VERSION);
        if (current != version) {
            return -1;
        }
        var existingSet = db.select(RESULT_SET.ID, RESULT_SET.CONTENT_HASH).from(RESULT_SET)
                .where(RESULT_SET.MUNICIPALITY_CODE.eq(municipality), RESULT_SET.PLAN_YEAR.eq(year),
                        RESULT_SET.EVALUATION_DATE.eq(evaluationDate))
                .fetchOne();
        Long existing = existingSet == null ? null : existingSet.value1();
        long hash = contentHash(computed);
        if (isDefault) {
            // Only the default set's write drops the sets computed from older data: a set of another
            // date computed while an import runs must not take away the default set, which the
            // dashboard and the API show until the import's end recomputes it.
            delete(db.select(RESULT_SET.ID).from(RESULT_SET)
                    .where(RESULT_SET.MUNICIPALITY_CODE.eq(municipality), RESULT_SET.PLAN_YEAR.eq(year),
                            RESULT_SET.DATA_VERSION.ne(version), RESULT_SET.EVALUATION_DATE.ne(evaluationDate))
                    .fetch(RESULT_SET.ID));
        }
        Map<org.jooq.Field<?>, Object> state = new HashMap<>();
        state.put(RESULT_SET.DATA_VERSION, version);
        state.put(RESULT_SET.UPPER_THRESHOLD, thresholds.upper());
        state.put(RESULT_SET.LOWER_THRESHOLD, thresholds.lower());
        state.put(RESULT_SET.STRATEGY_NAME, strategyName);
        state.put(RESULT_SET.CONTENT_HASH, hash);
        OffsetDateTime now = OffsetDateTime.now();
        state.put(RESULT_SET.COMPUTED_AT, now);
        state.put(RESULT_SET.LAST_USED_AT, now);
        long written;
        if (existing == null) {
            long setId = db.insertInto(RESULT_SET)
                    .set(RESULT_SET.MUNICIPALITY_CODE, municipality)
                    .set(RESULT_SET.PLAN_YEAR, year)
                    .set(RESULT_SET.EVALUATION_DATE, evaluationDate)
                    .set(state)
                    .returningResult(RESULT_SET.ID)
                    .fetchSingle(RESULT_SET.ID);
            insertRows(setId, computed.rows(), java.util.stream.IntStream.range(0, computed.rows().size()).boxed().toList());
            insertContributions(setId, pairs(computed.rollUp().contributors()));
            written = computed.rows().size();
        } else {
            db.update(RESULT_SET).set(state).where(RESULT_SET.ID.eq(existing)).execute();
            if (existingSet.value2() == hash) {
                written = 0;
            } else {
                written = replaceChangedRows(existing, computed.rows());
                replaceChangedContributions(existing, computed.rollUp().contributors());
            }
        }
        if (isDefault) {
            db.update(PLAN_YEAR_STATE).set(PLAN_YEAR_STATE.COMPUTED_VERSION, version)
                    .where(PLAN_YEAR_STATE.MUNICIPALITY_CODE.eq(municipality), PLAN_YEAR_STATE.PLAN_YEAR.eq(year))
                    .execute();
        }
        return written;
    }

    /**
     * Rewrites only the rows whose figures differ from what is stored: a recompute after a small
     * import, or a full recompute of unchanged data, writes little.
     *
     * @return the rows written
     */
    private long replaceChangedRows(long setId, List<ResultRow> rows) {
        List<ResultRow> stored = db.select(RESULT_ROW.fields()).select(IMPORT_FILE.FILE_NAME)
                .from(RESULT_ROW).leftJoin(IMPORT_FILE).on(IMPORT_FILE.ID.eq(RESULT_ROW.VALUE_FILE_ID))
                .where(RESULT_ROW.RESULT_SET_ID.eq(setId))
                .orderBy(RESULT_ROW.POSITION)
                .fetch(ResultStore::row);
        List<Integer> changed = new ArrayList<>();
        for (int position = 0; position < rows.size(); position++) {
            if (position >= stored.size() || !canonical(stored.get(position)).equals(canonical(rows.get(position)))) {
                changed.add(position);
            }
        }
        if (stored.size() > rows.size()) {
            db.deleteFrom(RESULT_ROW).where(RESULT_ROW.RESULT_SET_ID.eq(setId), RESULT_ROW.POSITION.ge(rows.size())).execute();
        }
        if (changed.isEmpty()) {
            return 0;
        }
        db.deleteFrom(RESULT_ROW).where(RESULT_ROW.RESULT_SET_ID.eq(setId), RESULT_ROW.POSITION.in(Inlined.values(changed))).execute();
        insertRows(setId, rows, changed);
        return changed.size();
    }

    private void replaceChangedContributions(long setId, Map<Long, Set<Long>> contributors) {
        Set<List<Long>> wanted = pairs(contributors);
        Set<List<Long>> stored = new java.util.HashSet<>(db.select(RESULT_CONTRIBUTION.ELEMENT_ID, RESULT_CONTRIBUTION.GOAL_ID)
                .from(RESULT_CONTRIBUTION).where(RESULT_CONTRIBUTION.RESULT_SET_ID.eq(setId))
                .fetch(r -> List.of(r.value1(), r.value2())));
        for (List<Long> pair : stored) {
            if (!wanted.contains(pair)) {
                db.deleteFrom(RESULT_CONTRIBUTION).where(RESULT_CONTRIBUTION.RESULT_SET_ID.eq(setId),
                        RESULT_CONTRIBUTION.ELEMENT_ID.eq(pair.get(0)), RESULT_CONTRIBUTION.GOAL_ID.eq(pair.get(1))).execute();
            }
        }
        wanted.removeAll(stored);
        insertContributions(setId, wanted);
    }

    /**
     * SHA-256 over the rows as computed and the contributions, first 8 bytes. The same inputs give
     * the same decimals (scales included), so an unchanged recompute has an unchanged hash; a
     * differing hash only costs the row-by-row comparison.
     */
    private static long contentHash(ResultCalculation.Computed computed) {
        try {
            java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
            for (ResultRow row : computed.rows()) {
                digest.update(row.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            java.util.TreeMap<Long, java.util.TreeSet<Long>> contributors = new java.util.TreeMap<>();
            computed.rollUp().contributors().forEach((element, goals) -> contributors.put(element, new java.util.TreeSet<>(goals)));
            digest.update(contributors.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.nio.ByteBuffer.wrap(digest.digest()).getLong();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<List<Long>> pairs(Map<Long, Set<Long>> contributors) {
        Set<List<Long>> pairs = new java.util.HashSet<>();
        contributors.forEach((element, goals) -> goals.forEach(goal -> pairs.add(List.of(element, goal))));
        return pairs;
    }

    /** A row as stored compares equal to the same row as computed: decimals without trailing zeros, sources by id. */
    private static ResultRow canonical(ResultRow row) {
        IndicatorFigures i = row.indicator();
        IndicatorFigures figures = null;
        if (i != null) {
            IndicatorFigures.ValueSource source = i.source() == null ? null
                    : new IndicatorFigures.ValueSource(i.source().fileId(), null, i.source().line());
            IndicatorFigures.Forecast forecast = i.forecast() == null ? null
                    : new IndicatorFigures.Forecast(Decimals.plain(i.forecast().value()), Decimals.plain(i.forecast().slopePerDay()),
                            Decimals.plain(i.forecast().progress()), i.forecast().status());
            figures = new IndicatorFigures(Decimals.plain(i.valueNumber()), i.valueYes(), i.valuePeriod(), source,
                    Decimals.plain(i.rawProgress()), Decimals.plain(i.baseline()), Decimals.plain(i.targetNumber()), i.targetYes(), i.targetDate(), forecast);
        }
        return new ResultRow(row.level(), row.subjectId(), row.parentId(), row.code(), row.name(), row.type(),
                Decimals.plain(row.fulfilment()), row.status(), Decimals.plain(row.coverage()), row.indicators(), row.indicatorsWithValue(),
                figures);
    }

    /** A stored set as the bound on stored sets sees it. */
    record StoredSet(long id, String municipality, int year, LocalDate evaluationDate, OffsetDateTime lastUsed) {}

    /** Every stored set except those at {@code except}, most recently used first. */
    List<StoredSet> setsByLastUse(LocalDate except) {
        return db.select(RESULT_SET.ID, RESULT_SET.MUNICIPALITY_CODE, RESULT_SET.PLAN_YEAR, RESULT_SET.EVALUATION_DATE,
                        RESULT_SET.LAST_USED_AT)
                .from(RESULT_SET)
                .where(RESULT_SET.EVALUATION_DATE.ne(except))
                .orderBy(RESULT_SET.LAST_USED_AT.desc().nullsLast(), RESULT_SET.ID.desc())
                .fetch(r -> new StoredSet(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    /**
     * Removes stored sets of one plan year, under its state row's lock (the lock every writer of
     * the plan year takes first), so that no recompute is writing the sets meanwhile. Call in a
     * transaction.
     */
    void remove(String municipality, int year, Collection<Long> setIds) {
        db.select(PLAN_YEAR_STATE.DATA_VERSION).from(PLAN_YEAR_STATE)
                .where(PLAN_YEAR_STATE.MUNICIPALITY_CODE.eq(municipality), PLAN_YEAR_STATE.PLAN_YEAR.eq(year))
                .forUpdate()
                .fetch();
        delete(db.select(RESULT_SET.ID).from(RESULT_SET)
                .where(RESULT_SET.MUNICIPALITY_CODE.eq(municipality), RESULT_SET.PLAN_YEAR.eq(year),
                        RESULT_SET.ID.in(Inlined.values(List.copyOf(setIds))))
                .fetch(RESULT_SET.ID));
    }

    /** Notes that a set was read, at most once per {@link #TOUCH_INTERVAL}. */
    private void touch(se.maltavla.db.tables.records.ResultSetRecord set) {
        OffsetDateTime now = OffsetDateTime.now();
        if (set.getLastUsedAt() == null || set.getLastUsedAt().isBefore(now.minus(TOUCH_INTERVAL))) {
            try {
                db.update(RESULT_SET).set(RESULT_SET.LAST_USED_AT, now).where(RESULT_SET.ID.eq(set.getId())).execute();
            } catch (org.jooq.exception.DataAccessException | org.springframework.dao.DataAccessException e) {
                // bookkeeping only (a lock held by a recompute, say): the read goes on, the next one notes it.
                // Spring Boot translates jOOQ's exceptions: a lock wait that times out is a CannotAcquireLockException.
                org.slf4j.LoggerFactory.getLogger(ResultStore.class).debug("Last use of result set {} not noted", set.getId(), e);
            }
        }
    }

    /** Removes the stored sets of a plan year except those at the given dates. */
    void prune(String municipality, int year, Collection<LocalDate> keep) {
        delete(db.select(RESULT_SET.ID).from(RESULT_SET)
                .where(RESULT_SET.MUNICIPALITY_CODE.eq(municipality), RESULT_SET.PLAN_YEAR.eq(year),
                        RESULT_SET.EVALUATION_DATE.notIn(keep))
                .fetch(RESULT_SET.ID));
    }

    private void delete(List<Long> setIds) {
        if (setIds.isEmpty()) {
            return;
        }
        db.deleteFrom(RESULT_ROW).where(RESULT_ROW.RESULT_SET_ID.in(Inlined.values(setIds))).execute();
        db.deleteFrom(RESULT_CONTRIBUTION).where(RESULT_CONTRIBUTION.RESULT_SET_ID.in(Inlined.values(setIds))).execute();
        db.deleteFrom(RESULT_SET).where(RESULT_SET.ID.in(Inlined.values(setIds))).execute();
    }

    /** Inserts the rows at the given positions in one batch. */
    private void insertRows(long setId, List<ResultRow> rows, List<Integer> positions) {
        var batch = db.batch(db.insertInto(RESULT_ROW, RESULT_ROW.RESULT_SET_ID, RESULT_ROW.POSITION, RESULT_ROW.RESULT_LEVEL,
                        RESULT_ROW.SUBJECT_ID, RESULT_ROW.PARENT_ID, RESULT_ROW.CODE, RESULT_ROW.NAME, RESULT_ROW.TYPE,
                        RESULT_ROW.FULFILMENT, RESULT_ROW.STATUS, RESULT_ROW.COVERAGE, RESULT_ROW.INDICATORS,
                        RESULT_ROW.INDICATORS_WITH_VALUE, RESULT_ROW.VALUE_NUMBER, RESULT_ROW.VALUE_YES,
                        RESULT_ROW.VALUE_PERIOD, RESULT_ROW.VALUE_FILE_ID, RESULT_ROW.VALUE_LINE, RESULT_ROW.RAW_PROGRESS,
                        RESULT_ROW.BASELINE, RESULT_ROW.TARGET_NUMBER, RESULT_ROW.TARGET_YES, RESULT_ROW.TARGET_DATE,
                        RESULT_ROW.FORECAST_VALUE, RESULT_ROW.FORECAST_SLOPE, RESULT_ROW.FORECAST_PROGRESS,
                        RESULT_ROW.FORECAST_STATUS)
                .values((Long) null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                        null, null, null, null, null, null, null, null, null, null, null, null));
        for (int position : positions) {
            ResultRow row = rows.get(position);
            IndicatorFigures i = row.indicator();
            IndicatorFigures.ValueSource source = i == null ? null : i.source();
            IndicatorFigures.Forecast forecast = i == null ? null : i.forecast();
            batch.bind(setId, position, row.level().code(), row.subjectId(), row.parentId(), row.code(), row.name(),
                    row.type(), row.fulfilment(), row.status().code(), row.coverage(), row.indicators(),
                    row.indicatorsWithValue(),
                    i == null ? null : i.valueNumber(), i == null ? null : i.valueYes(), i == null ? null : i.valuePeriod(),
                    source == null ? null : source.fileId(), source == null ? null : source.line(),
                    i == null ? null : i.rawProgress(), i == null ? null : i.baseline(), i == null ? null : i.targetNumber(),
                    i == null ? null : i.targetYes(), i == null ? null : i.targetDate(),
                    forecast == null ? null : forecast.value(), forecast == null ? null : forecast.slopePerDay(),
                    forecast == null ? null : forecast.progress(), forecast == null || forecast.status() == null ? null : forecast.status().code());
        }
        if (!positions.isEmpty()) {
            batch.execute();
        }
    }

    private void insertContributions(long setId, Collection<List<Long>> pairs) {
        if (pairs.isEmpty()) {
            return;
        }
        var batch = db.batch(db.insertInto(RESULT_CONTRIBUTION, RESULT_CONTRIBUTION.RESULT_SET_ID,
                RESULT_CONTRIBUTION.ELEMENT_ID, RESULT_CONTRIBUTION.GOAL_ID).values((Long) null, null, null));
        pairs.forEach(pair -> batch.bind(setId, pair.get(0), pair.get(1)));
        batch.execute();
    }

    /** The stored set of a plan year at an evaluation date, with the file names of its values' sources. */
    Optional<PlanYearResults> find(String municipality, int year, LocalDate evaluationDate) {
        var set = db.selectFrom(RESULT_SET)
                .where(RESULT_SET.MUNICIPALITY_CODE.eq(municipality), RESULT_SET.PLAN_YEAR.eq(year),
                        RESULT_SET.EVALUATION_DATE.eq(evaluationDate))
                .fetchOne();
        if (set == null) {
            return Optional.empty();
        }
        touch(set);
        // last_used_at is left out: a read that notes its time changes no figure.
        List<Object> setRow = set.into(FIGURE_FIELDS).intoList();
        var known = read.get(set.getId(), setRow);
        if (known.isPresent()) {
            return known;
        }
        List<ResultRow> rows = db.select(RESULT_ROW.fields()).select(IMPORT_FILE.FILE_NAME)
                .from(RESULT_ROW).leftJoin(IMPORT_FILE).on(IMPORT_FILE.ID.eq(RESULT_ROW.VALUE_FILE_ID))
                .where(RESULT_ROW.RESULT_SET_ID.eq(set.getId()))
                .orderBy(RESULT_ROW.POSITION)
                .fetch(ResultStore::row);
        Map<Long, Set<Long>> contributors = new HashMap<>();
        db.select(RESULT_CONTRIBUTION.ELEMENT_ID, RESULT_CONTRIBUTION.GOAL_ID).from(RESULT_CONTRIBUTION)
                .where(RESULT_CONTRIBUTION.RESULT_SET_ID.eq(set.getId()))
                .forEach(r -> contributors.computeIfAbsent(r.value1(), k -> new LinkedHashSet<>()).add(r.value2()));
        if (rows.isEmpty() || db.fetchCount(RESULT_SET, RESULT_SET.ID.eq(set.getId())) == 0) {
            // Removed (data changed, or a date evicted) between the reads: every set has its kommun row.
            return Optional.empty();
        }
        contributors.replaceAll((element, goals) -> java.util.Collections.unmodifiableSet(goals));
        PlanYearResults results = new PlanYearResults(municipality, year, set.getEvaluationDate(), set.getComputedAt(),
                new Thresholds(set.getUpperThreshold(), set.getLowerThreshold()), set.getStrategyName(), rows, contributors);
        read.put(set.getId(), setRow, results);
        return Optional.of(results);
    }

    private static ResultRow row(Record r) {
        Level level = Level.fromCode(r.get(RESULT_ROW.RESULT_LEVEL));
        IndicatorFigures figures = null;
        if (level == Level.INDIKATOR) {
            Long fileId = r.get(RESULT_ROW.VALUE_FILE_ID);
            IndicatorFigures.ValueSource source = fileId == null ? null
                    : new IndicatorFigures.ValueSource(fileId, r.get(IMPORT_FILE.FILE_NAME), r.get(RESULT_ROW.VALUE_LINE));
            String storedStatus = r.get(RESULT_ROW.FORECAST_STATUS);
            ForecastStatus forecastStatus = storedStatus == null ? null : ForecastStatus.fromCode(storedStatus);
            IndicatorFigures.Forecast forecast = r.get(RESULT_ROW.FORECAST_VALUE) == null ? null
                    : new IndicatorFigures.Forecast(Decimals.plain(r.get(RESULT_ROW.FORECAST_VALUE)),
                            Decimals.plain(r.get(RESULT_ROW.FORECAST_SLOPE)),
                            Decimals.plain(r.get(RESULT_ROW.FORECAST_PROGRESS)), forecastStatus);
            figures = new IndicatorFigures(Decimals.plain(r.get(RESULT_ROW.VALUE_NUMBER)), r.get(RESULT_ROW.VALUE_YES),
                    r.get(RESULT_ROW.VALUE_PERIOD), source, Decimals.plain(r.get(RESULT_ROW.RAW_PROGRESS)),
                    Decimals.plain(r.get(RESULT_ROW.BASELINE)), Decimals.plain(r.get(RESULT_ROW.TARGET_NUMBER)),
                    r.get(RESULT_ROW.TARGET_YES),
                    r.get(RESULT_ROW.TARGET_DATE), forecast);
        }
        return new ResultRow(level, r.get(RESULT_ROW.SUBJECT_ID), r.get(RESULT_ROW.PARENT_ID), r.get(RESULT_ROW.CODE),
                r.get(RESULT_ROW.NAME), r.get(RESULT_ROW.TYPE), Decimals.plain(r.get(RESULT_ROW.FULFILMENT)),
                Status.fromCode(r.get(RESULT_ROW.STATUS)), Decimals.plain(r.get(RESULT_ROW.COVERAGE)),
                r.get(RESULT_ROW.INDICATORS), r.get(RESULT_ROW.INDICATORS_WITH_VALUE), figures);
    }
}
