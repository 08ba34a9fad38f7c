package se.maltavla.audit.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.maltavla.audit.AuditEvent;
import se.maltavla.audit.AuditKind;
import se.maltavla.audit.AuditLog;

/**
 * Entries are kept as long as the municipality's records rules say: {@code maltavla.audit.retention},
 * an ISO period such as {@code P10Y}. Unset (the default), nothing is ever deleted and this does
 * nothing. Set, entries older than the period are deleted once a day, and the purge itself is an
 * entry (how many, older than when, by which rule), in the same transaction. Several instances
 * may purge at once: the second finds nothing and records nothing.
 */
@Component
class RetentionPurge {

    private static final Logger LOG = LoggerFactory.getLogger(RetentionPurge.class);

    private final AuditRepository entries;
    private final AuditRecorder recorder;
    private final Clock clock;
    private final Optional<Period> retention;

    RetentionPurge(
            AuditRepository entries,
            AuditRecorder recorder,
            Clock clock,
            @Value("${maltavla.audit.retention:}") String retention) {
        this.entries = entries;
        this.recorder = recorder;
        this.clock = clock;
        this.retention = parse(retention);
    }

    static Optional<Period> parse(String retention) {
        if (retention == null || retention.isBlank()) {
            return Optional.empty();
        }
        Period period;
        try {
            period = Period.parse(retention.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "maltavla.audit.retention must be an ISO period such as P10Y (ten years), not '" + retention
                            + "'; leave it empty to keep every entry",
                    e);
        }
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException(
                    "maltavla.audit.retention must be a positive period such as P10Y, not '" + retention + "'");
        }
        return Optional.of(period);
    }

    @Scheduled(cron = "${maltavla.audit.purge-cron:0 30 3 * * *}", zone = "Europe/Stockholm")
    void scheduled() {
        purge();
    }

    /** Deletes what is older than the retention; the number deleted (0 when no retention is set). */
    @Transactional
    public int purge() {
        if (retention.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        Instant before = ZonedDateTime.ofInstant(now, AuditLog.SWEDISH_TIME)
                .minus(retention.get())
                .toInstant();
        int deleted = entries.deleteOlderThan(before);
        if (deleted > 0) {
            recorder.record(
                    new AuditEvent(
                            AuditKind.ENTRIES_PURGED,
                            "maltavla.audit.retention=" + retention.get(),
                            null,
                            AuditEvent.facts("borttagna", deleted, "aldreAn", before.toString())),
                    new Actors.Actor(AuditLog.SYSTEM, "system"));
            LOG.info(
                    "Audit log: {} entries older than {} deleted (maltavla.audit.retention={})",
                    deleted,
                    before,
                    retention.get());
        }
        return deleted;
    }
}
