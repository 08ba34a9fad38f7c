package se.maltavla.fulfilment.internal;

import static se.maltavla.db.Tables.RESULT_CONTRIBUTION;
import static se.maltavla.db.Tables.RESULT_SET;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import se.maltavla.fulfilment.PlanYearResults;
import se.maltavla.fulfilment.ResultRow;
import se.maltavla.fulfilment.Thresholds;
import se.maltavla.shared.sql.RenderedQuery;

/** Reads stored result sets back, noting their last use for the bound on stored sets. */
@Component
class ResultReader {

    /** A set's last use is written at most this often: reads of a popular set write almost nothing. */
    static final java.time.Duration TOUCH_INTERVAL = java.time.Duration.ofMinutes(1);

    /** The columns of a set that its figures depend on (all but last_used_at). */
    private static final org.jooq.Field<?>[] FIGURE_FIELDS = java.util.Arrays.stream(RESULT_SET.fields())
            .filter(f -> !f.equals(RESULT_SET.LAST_USED_AT))
            .toArray(org.jooq.Field<?>[]::new);

    private final DSLContext db;
    private final ReadResults read = new ReadResults();

    /** On the path of every request for figures: rendered once. */
    private final RenderedQuery setAt;

    ResultReader(DSLContext db) {
        this.db = db;
        this.setAt = RenderedQuery.of(
                db,
                db.selectFrom(RESULT_SET)
                        .where(
                                RESULT_SET.MUNICIPALITY_CODE.eq(DSL.param("municipality", String.class)),
                                RESULT_SET.PLAN_YEAR.eq(DSL.param("year", Integer.class)),
                                RESULT_SET.EVALUATION_DATE.eq(DSL.param("date", LocalDate.class))),
                "municipality",
                "year",
                "date");
    }

    /** The evaluation dates stored for a plan year. */
    List<LocalDate> storedDates(String municipality, int year) {
        return db.select(RESULT_SET.EVALUATION_DATE)
                .from(RESULT_SET)
                .where(RESULT_SET.MUNICIPALITY_CODE.eq(municipality), RESULT_SET.PLAN_YEAR.eq(year))
                .orderBy(RESULT_SET.EVALUATION_DATE)
                .fetch(RESULT_SET.EVALUATION_DATE);
    }

    /** The stored set of a plan year at an evaluation date, with the file names of its values' sources. */
    Optional<PlanYearResults> find(String municipality, int year, LocalDate evaluationDate) {
        var found = setAt.fetchOptional(municipality, year, evaluationDate);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        var set = found.get().into(RESULT_SET);
        touch(set);
        // last_used_at is left out: a read that notes its time changes no figure.
        List<Object> setRow = set.into(FIGURE_FIELDS).intoList();
        var known = read.get(set.getId(), setRow);
        if (known.isPresent()) {
            return known;
        }
        List<ResultRow> rows = StoredRows.read(db, set.getId());
        Map<Long, Set<Long>> contributors = new HashMap<>();
        db.select(RESULT_CONTRIBUTION.ELEMENT_ID, RESULT_CONTRIBUTION.GOAL_ID)
                .from(RESULT_CONTRIBUTION)
                .where(RESULT_CONTRIBUTION.RESULT_SET_ID.eq(set.getId()))
                .forEach(r -> contributors
                        .computeIfAbsent(r.value1(), k -> new LinkedHashSet<>())
                        .add(r.value2()));
        if (rows.isEmpty() || db.fetchCount(RESULT_SET, RESULT_SET.ID.eq(set.getId())) == 0) {
            // Removed (data changed, or a date evicted) between the reads: every set has its kommun row.
            return Optional.empty();
        }
        contributors.replaceAll((element, goals) -> java.util.Collections.unmodifiableSet(goals));
        PlanYearResults results = new PlanYearResults(
                municipality,
                year,
                set.getEvaluationDate(),
                set.getComputedAt(),
                new Thresholds(set.getUpperThreshold(), set.getLowerThreshold()),
                set.getStrategyName(),
                rows,
                contributors);
        read.put(set.getId(), setRow, results);
        return Optional.of(results);
    }

    /** Notes that a set was read, at most once per {@link #TOUCH_INTERVAL}. */
    private void touch(se.maltavla.db.tables.records.ResultSetRecord set) {
        OffsetDateTime now = OffsetDateTime.now();
        if (set.getLastUsedAt() == null || set.getLastUsedAt().isBefore(now.minus(TOUCH_INTERVAL))) {
            try {
                db.update(RESULT_SET)
                        .set(RESULT_SET.LAST_USED_AT, now)
                        .where(RESULT_SET.ID.eq(set.getId()))
                        .execute();
            } catch (org.jooq.exception.DataAccessException | org.springframework.dao.DataAccessException e) {
                // bookkeeping only (a lock held by a recompute, say): the read goes on, the next one notes it.
                // Spring Boot translates jOOQ's exceptions: a lock wait that times out is a CannotAcquireLockException.
                org.slf4j.LoggerFactory.getLogger(ResultReader.class)
                        .debug("Last use of result set {} not noted", set.getId(), e);
            }
        }
    }
}
