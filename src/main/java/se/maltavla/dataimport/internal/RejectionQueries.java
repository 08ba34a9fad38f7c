package se.maltavla.dataimport.internal;

import static se.maltavla.db.Tables.IMPORT_FILE;
import static se.maltavla.db.Tables.REJECTED_ROW;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record4;
import org.jooq.SelectConditionStep;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import se.maltavla.dataimport.RejectedRow;
import se.maltavla.dataimport.RejectedValue;
import se.maltavla.dataimport.Rejection;
import se.maltavla.dataimport.csv.FileKind;

/**
 * A file's rejected rows, in line order, optionally narrowed by a free-text search: every word
 * must occur (case-insensitive) in the line number, the column, the value, the reason or the
 * row's kommun or code. Pages by offset and limit, so that a national file's 100,000 rejections
 * are never loaded at once. And the latest rejected value of an indicator, for its page.
 */
@Component
class RejectionQueries {

    private final DSLContext db;

    RejectionQueries(DSLContext db) {
        this.db = db;
    }

    List<Rejection> page(long fileId, String search, int offset, int limit) {
        return select(fileId, search)
                .orderBy(REJECTED_ROW.LINE_NUMBER, REJECTED_ROW.ID)
                .offset(Math.max(0, offset))
                .limit(Math.max(0, limit))
                .fetch(RejectionQueries::rejection);
    }

    /** The same page with what each row was about (the Import view). */
    List<RejectedRow> rows(long fileId, String search, int offset, int limit) {
        return db.select(
                        REJECTED_ROW.LINE_NUMBER,
                        REJECTED_ROW.COLUMN_NAME,
                        REJECTED_ROW.RAW_VALUE,
                        REJECTED_ROW.REASON,
                        REJECTED_ROW.ROW_MUNICIPALITY,
                        REJECTED_ROW.ROW_CODE,
                        REJECTED_ROW.ROW_PERIOD)
                .from(REJECTED_ROW)
                .where(REJECTED_ROW.FILE_ID.eq(fileId), matching(search))
                .orderBy(REJECTED_ROW.LINE_NUMBER, REJECTED_ROW.ID)
                .offset(Math.max(0, offset))
                .limit(Math.max(0, limit))
                .fetch(r -> new RejectedRow(
                        new Rejection(r.value1(), r.value2(), r.value3(), r.value4()),
                        r.value5(),
                        r.value6(),
                        r.value7()));
    }

    /**
     * The latest rejected utfall row for an indicator: of the municipality, with its code (as the
     * import compares codes: trimmed, case-insensitive), for a period of {@code year} or one that
     * could not be read. The latest file first, then the last line in it.
     */
    Optional<RejectedValue> latestValue(String municipality, String indicatorCode, int year) {
        return latestValue(municipality, indicatorCode, year, DSL.noCondition());
    }

    /** As above, among the files matching {@code files} (a reporter's own uploads). */
    Optional<RejectedValue> latestValue(String municipality, String indicatorCode, int year, org.jooq.Condition files) {
        try (var cursor = db.select(
                        IMPORT_FILE.ID,
                        IMPORT_FILE.FILE_NAME,
                        IMPORT_FILE.STARTED_AT,
                        REJECTED_ROW.LINE_NUMBER,
                        REJECTED_ROW.COLUMN_NAME,
                        REJECTED_ROW.RAW_VALUE,
                        REJECTED_ROW.REASON,
                        REJECTED_ROW.ROW_PERIOD)
                .from(REJECTED_ROW)
                .join(IMPORT_FILE)
                .on(IMPORT_FILE.ID.eq(REJECTED_ROW.FILE_ID))
                .where(
                        REJECTED_ROW.ROW_MUNICIPALITY.eq(municipality),
                        DSL.lower(REJECTED_ROW.ROW_CODE).eq(indicatorCode.trim().toLowerCase(Locale.ROOT)),
                        IMPORT_FILE.KIND.eq(FileKind.UTFALL.code()),
                        files)
                .orderBy(IMPORT_FILE.ID.desc(), REJECTED_ROW.LINE_NUMBER.desc())
                .fetchSize(50)
                .fetchLazy()) {
            // Codes recur from year to year: another year's period is another indicator's value.
            return cursor.stream()
                    .filter(r -> ofYear(r.value8(), year))
                    .findFirst()
                    .map(r -> new RejectedValue(
                            r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7()));
        }
    }

    /** Whether a period as written belongs to the year, or cannot be said to belong to another ("2017-13", empty). */
    static boolean ofYear(String period, int year) {
        if (period == null
                || period.length() < 4
                || !period.substring(0, 4).chars().allMatch(Character::isDigit)) {
            return true;
        }
        return period.startsWith(String.valueOf(year));
    }

    /** The files whose rejected rows about a municipality's plan year still stand ({@link StandingRejections}). */
    List<se.maltavla.dataimport.FileWithRejectedRows> standing(String municipality, int year, Condition visible) {
        return new StandingRejections(db).of(municipality, year, visible);
    }

    long count(long fileId, String search) {
        return db.fetchCount(REJECTED_ROW, REJECTED_ROW.FILE_ID.eq(fileId).and(matching(search)));
    }

    /** Streams the matching rows through a cursor (call inside a transaction for PostgreSQL to honour the fetch size). */
    void forEach(long fileId, String search, Consumer<Rejection> action) {
        try (var cursor = select(fileId, search)
                .orderBy(REJECTED_ROW.LINE_NUMBER, REJECTED_ROW.ID)
                .fetchSize(1000)
                .fetchLazy()) {
            cursor.forEach(r -> action.accept(rejection(r)));
        }
    }

    static Condition matching(String search) {
        if (search == null || search.isBlank()) {
            return DSL.noCondition();
        }
        return DSL.and(Arrays.stream(search.trim().split("\\s+"))
                .map(RejectionQueries::containing)
                .toList());
    }

    private static Condition containing(String word) {
        return REJECTED_ROW
                .LINE_NUMBER
                .cast(String.class)
                .contains(word)
                .or(REJECTED_ROW.COLUMN_NAME.containsIgnoreCase(word))
                .or(REJECTED_ROW.RAW_VALUE.containsIgnoreCase(word))
                .or(REJECTED_ROW.REASON.containsIgnoreCase(word))
                .or(REJECTED_ROW.ROW_MUNICIPALITY.containsIgnoreCase(word))
                .or(REJECTED_ROW.ROW_CODE.containsIgnoreCase(word));
    }

    private SelectConditionStep<Record4<Long, String, String, String>> select(long fileId, String search) {
        return db.select(
                        REJECTED_ROW.LINE_NUMBER, REJECTED_ROW.COLUMN_NAME, REJECTED_ROW.RAW_VALUE, REJECTED_ROW.REASON)
                .from(REJECTED_ROW)
                .where(REJECTED_ROW.FILE_ID.eq(fileId), matching(search));
    }

    private static Rejection rejection(Record4<Long, String, String, String> r) {
        return new Rejection(r.value1(), r.value2(), r.value3(), r.value4());
    }
}
