package se.maltavla.audit.internal;

import static se.maltavla.db.Tables.AUDIT_ENTRY;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import se.maltavla.audit.AuditEntry;
import se.maltavla.audit.AuditFilter;
import se.maltavla.audit.AuditLog;

/**
 * The table audit_entry, the only class that touches it. It inserts and reads; it never updates
 * (AuditLogOnlyGrowsTest holds it so), and deletes only in {@link #deleteOlderThan}, the retention
 * purge's.
 */
@Repository
class AuditRepository {

    private final DSLContext db;

    AuditRepository(DSLContext db) {
        this.db = db;
    }

    void insert(Instant at, String actor, String origin, String kind, String subject, String before, String after) {
        db.insertInto(AUDIT_ENTRY)
                .set(AUDIT_ENTRY.OCCURRED_AT, OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .set(AUDIT_ENTRY.ACTOR, AuditText.bounded(actor, AuditText.ACTOR))
                .set(AUDIT_ENTRY.ORIGIN, AuditText.bounded(origin, AuditText.ORIGIN))
                .set(AUDIT_ENTRY.KIND, kind)
                .set(AUDIT_ENTRY.SUBJECT, AuditText.bounded(subject, AuditText.SUBJECT))
                .set(AUDIT_ENTRY.BEFORE_VALUE, before)
                .set(AUDIT_ENTRY.AFTER_VALUE, after)
                .execute();
    }

    List<AuditEntry> page(AuditFilter filter, int offset, int limit) {
        return db.selectFrom(AUDIT_ENTRY)
                .where(matching(filter))
                .orderBy(AUDIT_ENTRY.OCCURRED_AT.desc(), AUDIT_ENTRY.ID.desc())
                .offset(Math.max(0, offset))
                .limit(Math.max(0, limit))
                .fetch(AuditRepository::entry);
    }

    long count(AuditFilter filter) {
        return db.fetchCount(AUDIT_ENTRY, matching(filter));
    }

    void forEach(AuditFilter filter, Consumer<AuditEntry> action) {
        // In pages by key, not one open cursor: an export of years of entries holds no connection for long.
        OffsetDateTime lastAt = null;
        long lastId = 0;
        while (true) {
            Condition after = lastAt == null
                    ? DSL.trueCondition()
                    : AUDIT_ENTRY
                            .OCCURRED_AT
                            .lt(lastAt)
                            .or(AUDIT_ENTRY.OCCURRED_AT.eq(lastAt).and(AUDIT_ENTRY.ID.lt(lastId)));
            List<AuditEntry> page = new ArrayList<>(db.selectFrom(AUDIT_ENTRY)
                    .where(matching(filter))
                    .and(after)
                    .orderBy(AUDIT_ENTRY.OCCURRED_AT.desc(), AUDIT_ENTRY.ID.desc())
                    .limit(1000)
                    .fetch(AuditRepository::entry));
            page.forEach(action);
            if (page.size() < 1000) {
                return;
            }
            AuditEntry last = page.getLast();
            lastAt = OffsetDateTime.ofInstant(last.occurredAt(), ZoneOffset.UTC);
            lastId = last.id();
        }
    }

    /** The retention purge: the only delete there is. */
    int deleteOlderThan(Instant before) {
        return db.deleteFrom(AUDIT_ENTRY)
                .where(AUDIT_ENTRY.OCCURRED_AT.lt(OffsetDateTime.ofInstant(before, ZoneOffset.UTC)))
                .execute();
    }

    private static Condition matching(AuditFilter filter) {
        Condition condition = DSL.trueCondition();
        if (filter.from() != null) {
            condition = condition.and(AUDIT_ENTRY.OCCURRED_AT.ge(startOf(filter.from())));
        }
        if (filter.to() != null) {
            condition =
                    condition.and(AUDIT_ENTRY.OCCURRED_AT.lt(startOf(filter.to().plusDays(1))));
        }
        if (!filter.user().isEmpty()) {
            String pattern = "%"
                    + filter.user()
                            .toLowerCase(Locale.ROOT)
                            .replace("!", "!!")
                            .replace("%", "!%")
                            .replace("_", "!_") + "%";
            condition = condition.and(DSL.lower(AUDIT_ENTRY.ACTOR).like(pattern, '!'));
        }
        if (filter.kind() != null) {
            condition = condition.and(AUDIT_ENTRY.KIND.eq(filter.kind().code()));
        }
        return condition;
    }

    private static OffsetDateTime startOf(java.time.LocalDate day) {
        return day.atStartOfDay(AuditLog.SWEDISH_TIME).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static AuditEntry entry(Record r) {
        return new AuditEntry(
                r.get(AUDIT_ENTRY.ID),
                r.get(AUDIT_ENTRY.OCCURRED_AT).toInstant(),
                r.get(AUDIT_ENTRY.ACTOR),
                r.get(AUDIT_ENTRY.ORIGIN),
                r.get(AUDIT_ENTRY.KIND),
                r.get(AUDIT_ENTRY.SUBJECT),
                r.get(AUDIT_ENTRY.BEFORE_VALUE),
                r.get(AUDIT_ENTRY.AFTER_VALUE));
    }
}
