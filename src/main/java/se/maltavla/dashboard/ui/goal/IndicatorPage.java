package se.maltavla.dashboard.ui.goal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import se.maltavla.actionplan.Indicator;
import se.maltavla.actionplan.Measurement;
import se.maltavla.fulfilment.IndicatorFigures;
import se.maltavla.fulfilment.Level;
import se.maltavla.fulfilment.PlanYearResults;
import se.maltavla.fulfilment.ResultRow;

/**
 * What the indicator view shows of one indicator of the current plan year: its stored figures,
 * its goal, and its plan row with every value measured for it.
 *
 * @param goal its goal's row; null when the results have none
 */
record IndicatorPage(PlanYearResults results, ResultRow row, ResultRow goal, Indicator plan) {

    /** The indicator with this id in the results' plan year; empty when the plan year has no such indicator. */
    static Optional<IndicatorPage> find(long id, PlanYearResults results, List<Indicator> indicators) {
        Optional<ResultRow> row = results.rows(Level.INDIKATOR).stream()
                .filter(i -> i.subjectId() == id)
                .findFirst();
        Optional<Indicator> plan = indicators.stream().filter(i -> i.id() == id).findFirst();
        if (row.isEmpty() || plan.isEmpty()) {
            return Optional.empty();
        }
        ResultRow goal = results.rows(Level.MAL).stream()
                .filter(g -> g.subjectId().equals(row.get().parentId()))
                .findFirst()
                .orElse(null);
        return Optional.of(new IndicatorPage(results, row.get(), goal, plan.get()));
    }

    IndicatorFigures figures() {
        return row.indicator();
    }

    boolean yesNo() {
        return "ja_nej".equals(plan.type());
    }

    /** Whether this value is the one the evaluation used (docs/fulfilment.md §1). */
    boolean used(Measurement value) {
        IndicatorFigures figures = figures();
        return figures != null && value.period().equals(figures.valuePeriod());
    }

    /** The last period end the evaluation looks at: min(D, Y-12-31). */
    LocalDate lastEnd() {
        LocalDate yearEnd = LocalDate.of(results.year(), 12, 31);
        return results.evaluationDate().isAfter(yearEnd) ? yearEnd : results.evaluationDate();
    }
}
