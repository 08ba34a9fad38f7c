package se.maltavla.fulfilment.internal;

import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import se.maltavla.fulfilment.RecomputeReport;
import se.maltavla.scheduling.ScheduledRuns;

/**
 * The dashboard's own upkeep of the stored results: after start (changes left by a crash, or by
 * an upgrade) and every night after midnight, when the current year's default date moves on.
 */
@Component
@ConditionalOnWebApplication
class ScheduledRecompute {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduledRecompute.class);

    static final String JOB = "fulfilment-refresh";
    private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    private final Recomputer recomputer;
    private final ScheduledRuns claims;
    private final String cron;

    ScheduledRecompute(
            Recomputer recomputer,
            ScheduledRuns claims,
            @Value("${maltavla.fulfilment.refresh-cron:0 5 0 * * *}") String cron) {
        this.recomputer = recomputer;
        this.claims = claims;
        this.cron = cron;
    }

    /** Each instance at its own start: it brings up to date only what is not (a second finds nothing to do). */
    @EventListener(ApplicationReadyEvent.class)
    void afterStart() {
        Thread.ofVirtual().name("recompute-after-start").start(this::refresh);
    }

    /** Every instance's scheduler fires; the one whose claim succeeds refreshes (docs/design-decisions/0024). */
    @Scheduled(cron = "${maltavla.fulfilment.refresh-cron:0 5 0 * * *}", zone = "Europe/Stockholm")
    void scheduledRefresh() {
        if (claims.claim(JOB, cron, ZONE)) {
            refresh();
        }
    }

    void refresh() {
        try {
            RecomputeReport changed = recomputer.recomputeChanged();
            RecomputeReport days = recomputer.refreshDefaults();
            LOG.info(
                    "Goal fulfilment brought up to date: {} changed and {} current plan years, {} ms",
                    changed.planYears(),
                    days.planYears(),
                    changed.took().plus(days.took()).toMillis());
        } catch (RuntimeException e) {
            LOG.error("Goal fulfilment could not be brought up to date", e);
        }
    }
}
