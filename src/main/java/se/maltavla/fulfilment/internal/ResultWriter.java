package se.maltavla.fulfilment.internal;

import static se.maltavla.db.Tables.RESULT_CONTRIBUTION;
import static se.maltavla.db.Tables.RESULT_ROW;
import static se.maltavla.db.Tables.RESULT_SET;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import se.maltavla.fulfilment.ResultRow;
import se.maltavla.fulfilment.Thresholds;

/** Writes a plan year's computed results as a stored set, rewriting only what changed. */
@Component
class ResultWriter {

    private final DSLContext db;
    private final PlanYearVersions versions;
    private final ResultPruner pruner;

    ResultWriter(DSLContext db, PlanYearVersions versions, ResultPruner pruner) {
        this.db = db;
        this.versions = versions;
        this.pruner = pruner;
    }

    /**
     * Stores a plan year's results computed from data version {@code version}, replacing what was
     * stored for that date and every set computed from older data. Call in a transaction.
     *
     * @param isDefault whether {@code evaluationDate} is the plan year's default date: then the
     *     plan year counts as computed at {@code version}
     * @param onlyThisDate whether the plan year's sets of every other date are removed as well (a
     *     full recompute keeps the default sets only)
     * @return the rows written, or -1 when the data changed since {@code version} was read (nothing written)
     */
    long write(
            String municipality,
            int year,
            LocalDate evaluationDate,
            long version,
            boolean isDefault,
            boolean onlyThisDate,
            Thresholds thresholds,
            String strategyName,
            ResultCalculation.Computed computed) {
        long current = versions.lockForWriting(municipality, year);
        if (current != version) {
            return -1;
        }
        // The plan year's sets, read once: the one of this date, and those to remove.
        Long existing = null;
        Long existingHash = null;
        List<Long> remove = new ArrayList<>();
        for (var set : db.select(
                        RESULT_SET.ID, RESULT_SET.EVALUATION_DATE, RESULT_SET.DATA_VERSION, RESULT_SET.CONTENT_HASH)
                .from(RESULT_SET)
                .where(RESULT_SET.MUNICIPALITY_CODE.eq(municipality), RESULT_SET.PLAN_YEAR.eq(year))
                .fetch()) {
            if (set.value2().equals(evaluationDate)) {
                existing = set.value1();
                existingHash = set.value4();
            } else if (onlyThisDate || (isDefault && set.value3() != version)) {
                // Only the default set's write drops the sets computed from older data: a set of
                // another date computed while an import runs must not take away the default set,
                // which the dashboard and the API show until the import's end recomputes it.
                remove.add(set.value1());
            }
        }
        pruner.delete(remove);
        long hash = ContentHash.of(computed.rows(), computed.rollUp().contributors());
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
            StoredRows.insert(
                    db,
                    setId,
                    computed.rows(),
                    java.util.stream.IntStream.range(0, computed.rows().size())
                            .boxed()
                            .toList());
            insertContributions(setId, pairs(computed.rollUp().contributors()));
            written = computed.rows().size();
        } else {
            db.update(RESULT_SET).set(state).where(RESULT_SET.ID.eq(existing)).execute();
            if (existingHash != null && existingHash == hash) {
                written = 0;
            } else {
                written = replaceChangedRows(existing, computed.rows());
                replaceChangedContributions(existing, computed.rollUp().contributors());
            }
        }
        if (isDefault) {
            versions.markComputed(municipality, year, version);
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
        List<ResultRow> stored = StoredRows.read(db, setId);
        List<Integer> changed = new ArrayList<>();
        for (int position = 0; position < rows.size(); position++) {
            if (position >= stored.size()
                    || !StoredRows.canonical(stored.get(position)).equals(StoredRows.canonical(rows.get(position)))) {
                changed.add(position);
            }
        }
        if (stored.size() > rows.size()) {
            db.deleteFrom(RESULT_ROW)
                    .where(RESULT_ROW.RESULT_SET_ID.eq(setId), RESULT_ROW.POSITION.ge(rows.size()))
                    .execute();
        }
        if (changed.isEmpty()) {
            return 0;
        }
        db.deleteFrom(RESULT_ROW)
                .where(RESULT_ROW.RESULT_SET_ID.eq(setId), RESULT_ROW.POSITION.in(Inlined.values(changed)))
                .execute();
        StoredRows.insert(db, setId, rows, changed);
        return changed.size();
    }

    private void replaceChangedContributions(long setId, Map<Long, Set<Long>> contributors) {
        Set<List<Long>> wanted = pairs(contributors);
        Set<List<Long>> stored =
                new java.util.HashSet<>(db.select(RESULT_CONTRIBUTION.ELEMENT_ID, RESULT_CONTRIBUTION.GOAL_ID)
                        .from(RESULT_CONTRIBUTION)
                        .where(RESULT_CONTRIBUTION.RESULT_SET_ID.eq(setId))
                        .fetch(r -> List.of(r.value1(), r.value2())));
        for (List<Long> pair : stored) {
            if (!wanted.contains(pair)) {
                db.deleteFrom(RESULT_CONTRIBUTION)
                        .where(
                                RESULT_CONTRIBUTION.RESULT_SET_ID.eq(setId),
                                RESULT_CONTRIBUTION.ELEMENT_ID.eq(pair.get(0)),
                                RESULT_CONTRIBUTION.GOAL_ID.eq(pair.get(1)))
                        .execute();
            }
        }
        wanted.removeAll(stored);
        insertContributions(setId, wanted);
    }

    private void insertContributions(long setId, Collection<List<Long>> pairs) {
        if (pairs.isEmpty()) {
            return;
        }
        var batch = db.batch(db.insertInto(
                        RESULT_CONTRIBUTION,
                        RESULT_CONTRIBUTION.RESULT_SET_ID,
                        RESULT_CONTRIBUTION.ELEMENT_ID,
                        RESULT_CONTRIBUTION.GOAL_ID)
                .values((Long) null, null, null));
        pairs.forEach(pair -> batch.bind(setId, pair.get(0), pair.get(1)));
        batch.execute();
    }

    private static Set<List<Long>> pairs(Map<Long, Set<Long>> contributors) {
        Set<List<Long>> pairs = new java.util.HashSet<>();
        contributors.forEach((element, goals) -> goals.forEach(goal -> pairs.add(List.of(element, goal))));
        return pairs;
    }
}
