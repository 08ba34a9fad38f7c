package se.maltavla.fulfilment.internal;

import static se.maltavla.db.Tables.RESULT_CONTRIBUTION;
import static se.maltavla.db.Tables.RESULT_ROW;
import static se.maltavla.db.Tables.RESULT_SET;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * Removes stored result sets: those of older data (when a plan year's results are written),
 * those of dates no longer kept (the nightly refresh, a full recompute), and the least recently
 * used of other dates (the bound on stored sets, {@link OtherDatesLimit}).
 */
@Component
class ResultPruner {

    private final DSLContext db;
    private final PlanYearVersions versions;

    ResultPruner(DSLContext db, PlanYearVersions versions) {
        this.db = db;
        this.versions = versions;
    }

    /** A stored set as the bound on stored sets sees it. */
    record StoredSet(long id, String municipality, int year, LocalDate evaluationDate, OffsetDateTime lastUsed) {}

    /** Every stored set except those at {@code except}, most recently used first. */
    List<StoredSet> setsByLastUse(LocalDate except) {
        return db.select(
                        RESULT_SET.ID,
                        RESULT_SET.MUNICIPALITY_CODE,
                        RESULT_SET.PLAN_YEAR,
                        RESULT_SET.EVALUATION_DATE,
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
        versions.lock(municipality, year);
        delete(db.select(RESULT_SET.ID)
                .from(RESULT_SET)
                .where(
                        RESULT_SET.MUNICIPALITY_CODE.eq(municipality),
                        RESULT_SET.PLAN_YEAR.eq(year),
                        RESULT_SET.ID.in(Inlined.values(List.copyOf(setIds))))
                .fetch(RESULT_SET.ID));
    }

    /** Removes the stored sets of a plan year except those at the given dates. */
    void prune(String municipality, int year, Collection<LocalDate> keep) {
        delete(db.select(RESULT_SET.ID)
                .from(RESULT_SET)
                .where(
                        RESULT_SET.MUNICIPALITY_CODE.eq(municipality),
                        RESULT_SET.PLAN_YEAR.eq(year),
                        RESULT_SET.EVALUATION_DATE.notIn(keep))
                .fetch(RESULT_SET.ID));
    }

    /** Removes the stored sets (their rows and contributions first). Call under their plan year's lock. */
    void delete(List<Long> setIds) {
        if (setIds.isEmpty()) {
            return;
        }
        db.deleteFrom(RESULT_ROW)
                .where(RESULT_ROW.RESULT_SET_ID.in(Inlined.values(setIds)))
                .execute();
        db.deleteFrom(RESULT_CONTRIBUTION)
                .where(RESULT_CONTRIBUTION.RESULT_SET_ID.in(Inlined.values(setIds)))
                .execute();
        db.deleteFrom(RESULT_SET)
                .where(RESULT_SET.ID.in(Inlined.values(setIds)))
                .execute();
    }
}
