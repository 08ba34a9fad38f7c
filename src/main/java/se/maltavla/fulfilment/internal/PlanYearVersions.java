package se.maltavla.fulfilment.internal;

import static se.maltavla.db.Tables.GOAL;
import static se.maltavla.db.Tables.PLAN_YEAR_STATE;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * The per plan year data versions that say when stored results are out of date, and the row lock
 * that serialises the writers of one plan year.
 */
@Component
class PlanYearVersions {

    private final DSLContext db;

    PlanYearVersions(DSLContext db) {
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
        db.update(PLAN_YEAR_STATE)
                .set(PLAN_YEAR_STATE.DATA_VERSION, PLAN_YEAR_STATE.DATA_VERSION.plus(1))
                .where(PLAN_YEAR_STATE.MUNICIPALITY_CODE.eq(municipality))
                .execute();
        for (Integer goalYear : db.selectDistinct(GOAL.PLAN_YEAR)
                .from(GOAL)
                .where(GOAL.MUNICIPALITY_CODE.eq(municipality))
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
        Long version = db.select(PLAN_YEAR_STATE.DATA_VERSION)
                .from(PLAN_YEAR_STATE)
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
                .where(PLAN_YEAR_STATE.MUNICIPALITY_CODE.in(Inlined.values(
                        keys.stream().map(PlanYearLoader.Key::municipality).toList())))
                .forEach(r -> versions.computeIfPresent(
                        new PlanYearLoader.Key(r.value1(), r.value2()), (k, v) -> r.value3()));
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
        db.selectDistinct(GOAL.MUNICIPALITY_CODE, GOAL.PLAN_YEAR)
                .from(GOAL)
                .forEach(r -> all.put(r.value1() + r.value2(), new PlanYearVersion(r.value1(), r.value2(), 0)));
        db.select(PLAN_YEAR_STATE.MUNICIPALITY_CODE, PLAN_YEAR_STATE.PLAN_YEAR, PLAN_YEAR_STATE.DATA_VERSION)
                .from(PLAN_YEAR_STATE)
                .forEach(
                        r -> all.put(r.value1() + r.value2(), new PlanYearVersion(r.value1(), r.value2(), r.value3())));
        return new ArrayList<>(all.values());
    }

    /**
     * Takes the plan year's state row lock (created, never computed, if missing), the lock that
     * serialises writers of one plan year across processes. Call in a transaction.
     *
     * @return the plan year's current data version
     */
    long lockForWriting(String municipality, int year) {
        Long version = lockedVersion(municipality, year);
        if (version != null) {
            return version;
        }
        insertStateIfMissing(municipality, year, 0L);
        return lockedVersion(municipality, year);
    }

    private Long lockedVersion(String municipality, int year) {
        return db.select(PLAN_YEAR_STATE.DATA_VERSION)
                .from(PLAN_YEAR_STATE)
                .where(PLAN_YEAR_STATE.MUNICIPALITY_CODE.eq(municipality), PLAN_YEAR_STATE.PLAN_YEAR.eq(year))
                .forUpdate()
                .fetchOne(PLAN_YEAR_STATE.DATA_VERSION);
    }

    /** Takes the plan year's state row lock if it has a state row (nothing to lock otherwise). Call in a transaction. */
    void lock(String municipality, int year) {
        db.select(PLAN_YEAR_STATE.DATA_VERSION)
                .from(PLAN_YEAR_STATE)
                .where(PLAN_YEAR_STATE.MUNICIPALITY_CODE.eq(municipality), PLAN_YEAR_STATE.PLAN_YEAR.eq(year))
                .forUpdate()
                .fetch();
    }

    /** Notes that the plan year's default results are those of data version {@code version}. */
    void markComputed(String municipality, int year, long version) {
        db.update(PLAN_YEAR_STATE)
                .set(PLAN_YEAR_STATE.COMPUTED_VERSION, version)
                .where(PLAN_YEAR_STATE.MUNICIPALITY_CODE.eq(municipality), PLAN_YEAR_STATE.PLAN_YEAR.eq(year))
                .execute();
    }
}
