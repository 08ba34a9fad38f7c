package se.maltavla.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.maltavla.db.Tables.AUDIT_ENTRY;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.maltavla.audit.AuditLog;
import se.maltavla.support.DatabaseTest;

/** Entries are kept as long as maltavla.audit.retention says; unset, for ever. The purge is itself an entry. */
class RetentionPurgeTest extends DatabaseTest {

    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @Autowired
    AuditRepository entries;

    @Autowired
    AuditRecorder recorder;

    private void entryAt(String when, String actor) {
        entries.insert(Instant.parse(when), actor, "10.0.0.1", "user.role", "bertil", null, "{}");
    }

    @Test
    void without_a_retention_nothing_is_ever_deleted() {
        entryAt("2001-01-01T00:00:00Z", "gammal");

        assertThat(new RetentionPurge(entries, recorder, CLOCK, "").purge()).isZero();

        assertThat(db.fetchCount(AUDIT_ENTRY)).isEqualTo(1);
    }

    @Test
    void with_a_retention_older_entries_go_and_the_purge_is_recorded_by_maltavla() {
        entryAt("2015-12-06T12:00:00Z", "för-gammal");
        entryAt("2016-12-07T12:00:01Z", "nyss-inom");
        entryAt("2026-12-01T08:00:00Z", "ny");

        int deleted = new RetentionPurge(entries, recorder, CLOCK, "P10Y").purge();

        assertThat(deleted).isEqualTo(1);
        assertThat(db.select(AUDIT_ENTRY.ACTOR)
                        .from(AUDIT_ENTRY)
                        .orderBy(AUDIT_ENTRY.ID)
                        .fetch(r -> r.value1()))
                .containsExactly("nyss-inom", "ny", AuditLog.SYSTEM);
        var purge = db.selectFrom(AUDIT_ENTRY)
                .where(AUDIT_ENTRY.KIND.eq("audit.purged"))
                .fetchSingle();
        assertThat(purge.getSubject()).isEqualTo("maltavla.audit.retention=P10Y");
        assertThat(purge.getOrigin()).isEqualTo("system");
        assertThat(purge.getAfterValue()).isEqualTo("{\"borttagna\":1,\"aldreAn\":\"2016-12-07T12:00:00Z\"}");
    }

    @Test
    void a_purge_that_finds_nothing_records_nothing() {
        entryAt("2026-12-01T08:00:00Z", "ny");

        assertThat(new RetentionPurge(entries, recorder, CLOCK, "P1Y").purge()).isZero();

        assertThat(db.fetchCount(AUDIT_ENTRY)).isEqualTo(1);
    }

    @Test
    void a_retention_that_is_no_period_stops_the_start_with_what_to_write() {
        assertThatThrownBy(() -> new RetentionPurge(entries, recorder, CLOCK, "10 år"))
                .hasMessageContaining("P10Y");
        assertThatThrownBy(() -> new RetentionPurge(entries, recorder, CLOCK, "P0D"))
                .hasMessageContaining("positive");
    }
}
