package se.maltavla.scheduling;

import static se.maltavla.db.Tables.SCHEDULED_JOB;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;

/**
 * Exactly one instance runs each firing of a scheduled job, whichever fires first: every
 * instance's scheduler fires at the same time, and each tries one conditional update of the
 * job's row, "claimed by me now, if the last claim is older than half the job's period". The
 * database lets one of those updates through; the others find the fresh claim and skip the
 * firing. No lease is held while the job runs: a job whose instance dies is simply done by the
 * next firing (the import's rerun rule, docs/design-decisions/0002, makes that safe).
 *
 * <p>The instances' clocks must agree within half the period (NTP does far better).
 */
@Component
public class ScheduledRuns {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduledRuns.class);

    private final DSLContext db;
    private final InstanceName instance;
    private final Clock clock;

    @Autowired
    ScheduledRuns(DSLContext db, InstanceName instance) {
        this(db, instance, Clock.systemUTC());
    }

    ScheduledRuns(DSLContext db, InstanceName instance, Clock clock) {
        this.db = db;
        this.instance = instance;
        this.clock = clock;
    }

    /**
     * Claims this firing of {@code job} (scheduled by {@code cron} in {@code zone}) for this
     * instance: true when this instance is to run it, false when another has claimed it.
     */
    public boolean claim(String job, String cron, ZoneId zone) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Duration window = halfPeriod(cron, zone, now);
        int claimed = db.update(SCHEDULED_JOB)
                .set(SCHEDULED_JOB.CLAIMED_AT, now)
                .set(SCHEDULED_JOB.CLAIMED_BY, instance.get())
                .where(SCHEDULED_JOB.NAME.eq(job), SCHEDULED_JOB.CLAIMED_AT.le(now.minus(window)))
                .execute();
        if (claimed == 0 && db.fetchCount(SCHEDULED_JOB, SCHEDULED_JOB.NAME.eq(job)) == 0) {
            try {
                claimed = db.insertInto(SCHEDULED_JOB)
                        .set(SCHEDULED_JOB.NAME, job)
                        .set(SCHEDULED_JOB.CLAIMED_AT, now)
                        .set(SCHEDULED_JOB.CLAIMED_BY, instance.get())
                        .execute();
            } catch (DuplicateKeyException another) {
                claimed = 0;
            }
        }
        if (claimed == 1) {
            LOG.info("Scheduled job {} claimed by this instance ({}) for its firing at {}", job, instance, now);
            return true;
        }
        LOG.info(
                "Scheduled job {} not run by this instance ({}) for its firing at {}: instance {} claimed it",
                job,
                instance,
                now,
                claimedBy(job));
        return false;
    }

    private String claimedBy(String job) {
        return db.select(SCHEDULED_JOB.CLAIMED_BY)
                .from(SCHEDULED_JOB)
                .where(SCHEDULED_JOB.NAME.eq(job))
                .fetchOptional(SCHEDULED_JOB.CLAIMED_BY)
                .orElse("?");
    }

    /** Half the time between the job's next two firings: a firing's claims all fall inside it. */
    static Duration halfPeriod(String cron, ZoneId zone, OffsetDateTime now) {
        CronExpression expression = CronExpression.parse(cron);
        ZonedDateTime first = expression.next(now.atZoneSameInstant(zone));
        ZonedDateTime second = first == null ? null : expression.next(first);
        if (second == null) {
            return Duration.ofHours(12);
        }
        return Duration.between(first, second).dividedBy(2);
    }
}
