package se.maltavla.fulfilment.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import se.maltavla.fulfilment.RecomputeReport;

/**
 * The dashboard's own upkeep of the stored results: after start (changes left by a crash, or by
 * an upgrade) and every night after midnight, when the current year's default date moves on.
 */
@Component
@ConditionalOnWebApplication
class ScheduledRecompute {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduledRecompute.class);

    private final Recomputer recomputer;

    ScheduledRecompute(Recomputer recomputer) {
        this.recomputer = recomputer;
    }

    @EventListener(ApplicationReadyEvent.class)
    void afterStart() {
        Thread.ofVirtual().name("recompute-after-start").start(this::refresh);
    }

    @Scheduled(cron = "${maltavla.fulfilment.refresh-cron:0 5 0 * * *}", zone = "Europe/Stockholm")
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
