package se.maltavla.dashboard.ui.goal;

import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;
import se.maltavla.actionplan.Indicator;
import se.maltavla.fulfilment.GuidelineCriterion;
import se.maltavla.fulfilment.IndicatorFigures;
import se.maltavla.fulfilment.PlanYearResults;
import se.maltavla.fulfilment.ResultRow;
import se.maltavla.shared.csv.ExcelCsv;

/**
 * The goal view as CSV in the export dialect (docs/import-contract.md §9, its column names where they
 * apply): the goal, its indicators, and the strategy elements it contributes to.
 */
final class GoalCsv {

    static final List<String> HEADER = List.of(
            "niva",
            "kommun",
            "ar",
            "datum",
            "kod",
            "namn",
            "typ",
            "namnd",
            "uppfyllelse_procent",
            "status",
            "tackning_procent",
            "indikatorer",
            "indikatorer_med_varde",
            "varde",
            "period",
            "utgangsvarde",
            "malvarde",
            "maldatum",
            "vikt",
            "prognos",
            "riktlinjer_uppfylls_inte");

    private GoalCsv() {}

    static void write(GoalPage page, Writer out) {
        PlanYearResults results = page.results();
        ResultRow goal = page.goal();
        String committee = page.committee() != null
                ? page.committee().name()
                : page.plan() == null ? null : page.plan().committee();
        String failed = page.failed().stream().map(GuidelineCriterion::code).collect(Collectors.joining("|"));
        try (ExcelCsv csv = new ExcelCsv(out, HEADER)) {
            csv.row(common(results, goal, null, committee, null, null, null, null, null, null, null, failed));
            for (GoalPage.IndicatorLine line : page.indicators()) {
                ResultRow row = line.row();
                Indicator plan = line.plan();
                IndicatorFigures figures = row.indicator();
                csv.row(common(
                        results,
                        row,
                        row.type(),
                        committee,
                        value(figures),
                        figures == null ? null : figures.valuePeriod(),
                        plan == null ? null : plan.baseline(),
                        plan == null ? null : target(plan),
                        figures == null || figures.targetDate() == null
                                ? null
                                : figures.targetDate().toString(),
                        plan == null ? null : plan.weight(),
                        figures == null
                                        || figures.forecast() == null
                                        || figures.forecast().status() == null
                                ? null
                                : figures.forecast().status().code(),
                        null));
            }
            for (GoalPage.Contribution contribution : page.elements()) {
                ResultRow element = contribution.element();
                csv.row(common(results, element, element.type(), null, null, null, null, null, null, null, null, null));
            }
        }
    }

    private static Object[] common(
            PlanYearResults results,
            ResultRow row,
            String type,
            String committee,
            Object value,
            String period,
            Object baseline,
            Object target,
            String targetDate,
            Object weight,
            String forecast,
            String failed) {
        return new Object[] {
            row.level().code(),
            results.municipality(),
            results.year(),
            results.evaluationDate().toString(),
            row.code(),
            row.name(),
            type,
            committee,
            row.fulfilmentPercent(),
            row.status().code(),
            row.coveragePercent(),
            row.indicators(),
            row.indicatorsWithValue(),
            value,
            period,
            baseline,
            target,
            targetDate,
            weight,
            forecast,
            failed
        };
    }

    /** The value used: the number, or ja/nej as the export writes it. */
    static Object value(IndicatorFigures figures) {
        if (figures == null) {
            return null;
        }
        return figures.valueYes() != null ? (figures.valueYes() ? "ja" : "nej") : figures.valueNumber();
    }

    static Object target(Indicator plan) {
        return plan.targetYes() != null ? (plan.targetYes() ? "ja" : "nej") : plan.targetNumber();
    }
}
