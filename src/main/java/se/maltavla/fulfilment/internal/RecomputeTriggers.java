package se.maltavla.fulfilment.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.maltavla.dataimport.ImportCompleted;
import se.maltavla.dataimport.PlanDataChanged;
import se.maltavla.fulfilment.RecomputeReport;

/**
 * What keeps the stored results current during imports: every imported change is noted in its
 * own transaction, and the run's end recomputes what was noted (docs/import-contract.md §8.6). This
 * works in the command-line import too, which has no web server.
 */
@Component
class RecomputeTriggers {

    private static final Logger LOG = LoggerFactory.getLogger(RecomputeTriggers.class);

    private final PlanYearVersions versions;
    private final Recomputer recomputer;

    RecomputeTriggers(PlanYearVersions versions, Recomputer recomputer) {
        this.versions = versions;
        this.recomputer = recomputer;
    }

    /** Runs in the transaction that stores the change (a synchronous listener). */
    @EventListener
    void on(PlanDataChanged changed) {
        changed.changes().forEach(change -> versions.bump(change.municipality(), change.planYear()));
    }

    @EventListener
    void on(ImportCompleted completed) {
        try {
            RecomputeReport report = recomputer.recomputeChanged();
            if (report.planYears() > 0) {
                LOG.info(
                        "Goal fulfilment recomputed after import run {}: {} plan years, {} rows in {} ms",
                        completed.runId(),
                        report.planYears(),
                        report.rows(),
                        report.took().toMillis());
            }
        } catch (RuntimeException e) {
            // The changes stay noted: the next start, import or recompute takes them up.
            LOG.error("Goal fulfilment could not be recomputed after import run {}", completed.runId(), e);
        }
    }
}
