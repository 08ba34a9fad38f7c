package se.maltavla.yearend.internal;

import static se.maltavla.db.Tables.YEAR_END_SNAPSHOT;
import static se.maltavla.db.Tables.YEAR_END_VERSION;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import se.maltavla.db.tables.records.YearEndVersionRecord;
import se.maltavla.shared.sql.RenderedQuery;
import se.maltavla.yearend.YearEndVersion;

/**
 * The stored versions of locked plan years and their snapshots. A version's snapshot (its JSON) is
 * kept apart from the version's row, so that reading versions never reads a snapshot
 * (V15__year_end_snapshot_apart.sql).
 */
@Component
class YearEndRepository {

    private final DSLContext db;

    /** On the path of every request for figures: rendered once. */
    private final RenderedQuery newestVersion;

    YearEndRepository(DSLContext db) {
        this.db = db;
        this.newestVersion = RenderedQuery.of(
                db,
                db.select(
                                YEAR_END_VERSION.ID,
                                YEAR_END_VERSION.EVALUATION_DATE,
                                YEAR_END_VERSION.LOCKED_AT,
                                YEAR_END_VERSION.REOPENED_AT,
                                YEAR_END_VERSION.VERSION)
                        .from(YEAR_END_VERSION)
                        .where(
                                YEAR_END_VERSION.MUNICIPALITY_CODE.eq(DSL.param("municipality", String.class)),
                                YEAR_END_VERSION.PLAN_YEAR.eq(DSL.param("year", Integer.class)))
                        .orderBy(YEAR_END_VERSION.VERSION.desc())
                        .limit(1),
                "municipality",
                "year");
    }

    /** Every version of the plan year, newest first. */
    List<YearEndVersion> versions(String municipality, int year) {
        return db.selectFrom(YEAR_END_VERSION)
                .where(YEAR_END_VERSION.MUNICIPALITY_CODE.eq(municipality), YEAR_END_VERSION.PLAN_YEAR.eq(year))
                .orderBy(YEAR_END_VERSION.VERSION.desc())
                .fetch(YearEndRepository::version);
    }

    /** The version in force, if the plan year is locked. */
    Optional<YearEndVersionRecord> inForce(String municipality, int year) {
        return db.selectFrom(YEAR_END_VERSION)
                .where(YEAR_END_VERSION.MUNICIPALITY_CODE.eq(municipality), YEAR_END_VERSION.PLAN_YEAR.eq(year))
                .orderBy(YEAR_END_VERSION.VERSION.desc())
                .limit(1)
                .fetchOptional()
                .filter(r -> r.getReopenedAt() == null);
    }

    /** The id and date of the version in force (no snapshot read), if the plan year is locked. */
    Optional<Locked> lockedAt(String municipality, int year) {
        return newestVersion
                .fetchOptional(municipality, year)
                .filter(r -> r.get(YEAR_END_VERSION.REOPENED_AT) == null)
                .map(r -> new Locked(
                        r.get(YEAR_END_VERSION.ID),
                        r.get(YEAR_END_VERSION.EVALUATION_DATE),
                        r.get(YEAR_END_VERSION.LOCKED_AT),
                        r.get(YEAR_END_VERSION.VERSION)));
    }

    Optional<YearEndVersionRecord> find(String municipality, int year, int version) {
        return db.selectFrom(YEAR_END_VERSION)
                .where(
                        YEAR_END_VERSION.MUNICIPALITY_CODE.eq(municipality),
                        YEAR_END_VERSION.PLAN_YEAR.eq(year),
                        YEAR_END_VERSION.VERSION.eq(version))
                .fetchOptional();
    }

    Optional<String> snapshotJson(long id) {
        return db.select(YEAR_END_SNAPSHOT.SNAPSHOT)
                .from(YEAR_END_SNAPSHOT)
                .where(YEAR_END_SNAPSHOT.VERSION_ID.eq(id))
                .fetchOptional(YEAR_END_SNAPSHOT.SNAPSHOT);
    }

    int nextVersion(String municipality, int year) {
        Integer last = db.select(org.jooq.impl.DSL.max(YEAR_END_VERSION.VERSION))
                .from(YEAR_END_VERSION)
                .where(YEAR_END_VERSION.MUNICIPALITY_CODE.eq(municipality), YEAR_END_VERSION.PLAN_YEAR.eq(year))
                .fetchOne(0, Integer.class);
        return last == null ? 1 : last + 1;
    }

    void insert(
            String municipality,
            int year,
            int version,
            LocalDate date,
            OffsetDateTime at,
            String by,
            int format,
            String snapshot) {
        long id = db.insertInto(YEAR_END_VERSION)
                .set(YEAR_END_VERSION.MUNICIPALITY_CODE, municipality)
                .set(YEAR_END_VERSION.PLAN_YEAR, year)
                .set(YEAR_END_VERSION.VERSION, version)
                .set(YEAR_END_VERSION.EVALUATION_DATE, date)
                .set(YEAR_END_VERSION.LOCKED_AT, at)
                .set(YEAR_END_VERSION.LOCKED_BY, by)
                .set(YEAR_END_VERSION.SNAPSHOT_FORMAT, format)
                .returningResult(YEAR_END_VERSION.ID)
                .fetchOne(YEAR_END_VERSION.ID);
        db.insertInto(YEAR_END_SNAPSHOT)
                .set(YEAR_END_SNAPSHOT.VERSION_ID, id)
                .set(YEAR_END_SNAPSHOT.SNAPSHOT, snapshot)
                .execute();
    }

    /** Marks the version in force reopened; false when none was in force. */
    boolean reopen(long id, OffsetDateTime at, String by, String reason) {
        return db.update(YEAR_END_VERSION)
                        .set(YEAR_END_VERSION.REOPENED_AT, at)
                        .set(YEAR_END_VERSION.REOPENED_BY, by)
                        .set(YEAR_END_VERSION.REOPEN_REASON, reason)
                        .where(YEAR_END_VERSION.ID.eq(id), YEAR_END_VERSION.REOPENED_AT.isNull())
                        .execute()
                == 1;
    }

    static YearEndVersion version(YearEndVersionRecord r) {
        return new YearEndVersion(
                r.getVersion(),
                r.getEvaluationDate(),
                r.getLockedAt(),
                r.getLockedBy(),
                r.getReopenedAt(),
                r.getReopenedBy(),
                r.getReopenReason());
    }

    /** The version in force: its row, the date its figures are for, when it was locked, its number. */
    record Locked(long id, LocalDate evaluationDate, OffsetDateTime lockedAt, int version) {}
}
