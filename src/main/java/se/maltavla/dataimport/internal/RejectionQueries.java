package se.maltavla.dataimport.internal;

import static se.maltavla.db.Tables.REJECTED_ROW;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record4;
import org.jooq.SelectConditionStep;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import se.maltavla.dataimport.Rejection;

/**
 * A file's rejected rows, in line order, optionally narrowed by a free-text search: every word
 * must occur (case-insensitive) in the line number, the column, the value or the reason. Pages
 * by offset and limit, so that a national file's 100,000 rejections are never loaded at once.
 */
@Component
class RejectionQueries {

    private final DSLContext db;

    RejectionQueries(DSLContext db) {
        this.db = db;
    }

    List<Rejection> page(long fileId, String search, int offset, int limit) {
        return select(fileId, search).orderBy(REJECTED_ROW.LINE_NUMBER, REJECTED_ROW.ID)
                .offset(Math.max(0, offset)).limit(Math.max(0, limit))
                .fetch(RejectionQueries::rejection);
    }

    long count(long fileId, String search) {
        return db.fetchCount(REJECTED_ROW, REJECTED_ROW.FILE_ID.eq(fileId).and(matching(search)));
    }

    /** Streams the matching rows through a cursor (call inside a transaction for PostgreSQL to honour the fetch size). */
    void forEach(long fileId, String search, Consumer<Rejection> action) {
        try (var cursor = select(fileId, search).orderBy(REJECTED_ROW.LINE_NUMBER, REJECTED_ROW.ID)
                .fetchSize(1000).fetchLazy()) {
            cursor.forEach(r -> action.accept(rejection(r)));
        }
    }

    static Condition matching(String search) {
        if (search == null || search.isBlank()) {
            return DSL.noCondition();
        }
        return DSL.and(Arrays.stream(search.trim().split("\\s+")).map(RejectionQueries::containing).toList());
    }

    private static Condition containing(String word) {
        return REJECTED_ROW.LINE_NUMBER.cast(String.class).contains(word)
                .or(REJECTED_ROW.COLUMN_NAME.containsIgnoreCase(word))
                .or(REJECTED_ROW.RAW_VALUE.containsIgnoreCase(word))
                .or(REJECTED_ROW.REASON.containsIgnoreCase(word));
    }

    private SelectConditionStep<Record4<Long, String, String, String>> select(long fileId, String search) {
        return db.select(REJECTED_ROW.LINE_NUMBER, REJECTED_ROW.COLUMN_NAME, REJECTED_ROW.RAW_VALUE, REJECTED_ROW.REASON)
                .from(REJECTED_ROW)
                .where(REJECTED_ROW.FILE_ID.eq(fileId), matching(search));
    }

    private static Rejection rejection(Record4<Long, String, String, String> r) {
        return new Rejection(r.value1(), r.value2(), r.value3(), r.value4());
    }
}
