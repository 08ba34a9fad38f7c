package se.maltavla.dashboard.ui.goal;

import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;
import se.maltavla.actionplan.Indicator;
import se.maltavla.dashboard.ui.ExportWords;
import se.maltavla.fulfilment.GuidelineCriterion;
import se.maltavla.fulfilment.IndicatorFigures;
import se.maltavla.fulfilment.PlanYearResults;
import se.maltavla.fulfilment.ResultRow;
import se.maltavla.shared.table.Cell;
import se.maltavla.shared.table.TableTarget;
import se.maltavla.shared.table.TableWriter;

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
        write(page, ExportWords.CODES, TableTarget.csv(out));
    }

    static void write(GoalPage page, ExportWords words, TableTarget out) {
        PlanYearResults results = page.results();
        ResultRow goal = page.goal();
        String committee = page.committee() != null
                ? page.committee().name()
                : page.plan() == null ? null : page.plan().committee();
        String failed = page.failed().stream().map(GuidelineCriterion::code).collect(Collectors.joining("|"));
        try (TableWriter csv = out.open(HEADER)) {
            csv.row(common(results, words, goal, null, committee, null, null, null, null, null, null, null, failed));
            for (GoalPage.IndicatorLine line : page.indicators()) {
                ResultRow row = line.row();
                Indicator plan = line.plan();
                IndicatorFigures figures = row.indicator();
                csv.row(common(
                        results,
                        words,
                        row,
                        row.type(),
                        committee,
                        value(figures),
                        figures == null ? null : figures.valuePeriod(),
                        plan == null ? null : plan.baseline(),
                        plan == null ? null : target(plan),
                        figures == null ? null : Cell.date(figures.targetDate()),
                        plan == null ? null : plan.weight(),
                        figures == null || figures.forecast() == null
                                ? null
                                : words.forecast(figures.forecast().status()),
                        null));
            }
            for (GoalPage.Contribution contribution : page.elements()) {
                ResultRow element = contribution.element();
                csv.row(common(
                        results, words, element, element.type(), null, null, null, null, null, null, null, null, null));
            }
        }
    }

    private static Object[] common(
            PlanYearResults results,
            ExportWords words,
            ResultRow row,
            String type,
            String committee,
            Object value,
            String period,
            Object baseline,
            Object target,
            Object targetDate,
            Object weight,
            Object forecast,
            String failed) {
        return new Object[] {
            row.level().code(),
            results.municipality(),
            results.year(),
            Cell.date(results.evaluationDate()),
            row.code(),
            row.name(),
            type,
            committee,
            Cell.fraction(row.fulfilment(), row.fulfilmentPercent()),
            words.status(row.status()),
            Cell.percent(row.coverage(), row.coveragePercent()),
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
