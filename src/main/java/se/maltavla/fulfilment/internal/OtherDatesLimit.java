package se.maltavla.fulfilment.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.maltavla.fulfilment.calculator.EvaluationDate;
import se.maltavla.fulfilment.internal.ResultPruner.StoredSet;

/**
 * Keeps the stored results bounded whatever dates clients ask for. A plan year's default date
 * and its tertial ends are Måltavla's own dates: their sets are always kept (a few per plan
 * year, set by the data). Sets of any other date are kept up to {@code
 * maltavla.fulfilment.other-dates-kept} in the whole database; beyond that, the least recently
 * used are removed, and computed again if asked for again (docs/design-decisions/0006).
 */
@Component
class OtherDatesLimit {

    private static final Logger LOG = LoggerFactory.getLogger(OtherDatesLimit.class);

    private final ResultPruner pruner;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final int kept;

    OtherDatesLimit(
            ResultPruner pruner,
            PlatformTransactionManager transactions,
            Clock clock,
            @Value("${maltavla.fulfilment.other-dates-kept:100}") int kept) {
        this.pruner = pruner;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.kept = Math.max(1, kept);
    }

    int kept() {
        return kept;
    }

    /** Whether {@code date} is one of the plan year's own dates, whose set is always kept. */
    boolean isOwnDate(int year, LocalDate date) {
        return date.equals(PlanYearDates.effective(year, EvaluationDate.defaultFor(year, clock)))
                || PlanYearDates.tertialEnds(year).contains(date);
    }

    /** Removes the least recently used sets of other dates beyond the limit. */
    void enforce() {
        // The current year's default date is today: left out in the query, it rules out most own sets.
        LocalDate today = LocalDate.now(clock.withZone(EvaluationDate.SWEDEN));
        List<StoredSet> others = pruner.setsByLastUse(today).stream()
                .filter(set -> !isOwnDate(set.year(), set.evaluationDate()))
                .toList();
        if (others.size() <= kept) {
            return;
        }
        Map<List<Object>, List<Long>> byPlanYear = new LinkedHashMap<>();
        for (StoredSet set : others.subList(kept, others.size())) {
            byPlanYear
                    .computeIfAbsent(List.of(set.municipality(), set.year()), k -> new ArrayList<>())
                    .add(set.id());
        }
        // One plan year per transaction: never two plan years' locks held at once.
        byPlanYear.forEach((planYear, ids) -> transaction.executeWithoutResult(
                status -> pruner.remove((String) planYear.get(0), (Integer) planYear.get(1), ids)));
        LOG.debug("{} stored result sets of other dates removed (at most {} are kept)", others.size() - kept, kept);
    }
}
