package se.maltavla.fulfilment.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.maltavla.fulfilment.IndicatorFigures;
import se.maltavla.fulfilment.IndicatorFigures.Forecast;
import se.maltavla.fulfilment.Level;
import se.maltavla.fulfilment.ResultRow;
import se.maltavla.fulfilment.Thresholds;
import se.maltavla.fulfilment.calculator.IndicatorInput;
import se.maltavla.fulfilment.calculator.IndicatorResult;
import se.maltavla.fulfilment.calculator.Result;
import se.maltavla.fulfilment.calculator.RollUp;
import se.maltavla.fulfilment.calculator.RollUpResult;
import se.maltavla.fulfilment.calculator.TrendForecast;
import se.maltavla.fulfilment.calculator.ValueInput;
import se.maltavla.fulfilment.internal.PlanYearData.IndicatorInfo;
import se.maltavla.fulfilment.internal.PlanYearData.Named;

/** A plan year's figures as rows in the export's order: the calculator's roll-up, labelled. */
final class ResultCalculation {

    private ResultCalculation() {}

    /** The rows and contributions of the plan year at the evaluation date. */
    static Computed compute(PlanYearData data, LocalDate evaluationDate, Thresholds thresholds) {
        RollUpResult results = RollUp.compute(data.model(), evaluationDate, thresholds);
        List<ResultRow> rows = new ArrayList<>();
        rows.add(aggregate(
                Level.KOMMUN, null, null, data.municipality(), data.strategyName(), null, results.municipality()));
        for (Named element : data.elements()) {
            rows.add(aggregate(
                    Level.ELEMENT,
                    element.id(),
                    null,
                    element.code(),
                    element.name(),
                    element.type(),
                    results.elements().get(element.id())));
        }
        for (Named committee : data.committees()) {
            rows.add(aggregate(
                    Level.NAMND,
                    committee.id(),
                    null,
                    committee.code(),
                    committee.name(),
                    null,
                    results.committees().get(committee.id())));
        }
        for (Named goal : data.goals()) {
            rows.add(aggregate(
                    Level.MAL,
                    goal.id(),
                    data.model().goalCommittee().get(goal.id()),
                    goal.code(),
                    goal.name(),
                    null,
                    results.goals().get(goal.id())));
        }
        Map<Long, IndicatorInput> inputs = new HashMap<>();
        data.model().indicators().forEach(i -> inputs.put(i.id(), i));
        for (IndicatorInfo indicator : data.indicators().values()) {
            IndicatorResult result = results.indicators().get(indicator.id());
            Forecast forecast =
                    forecast(data, inputs.get(indicator.id()), indicator.targetDate(), evaluationDate, thresholds);
            rows.add(indicator(data, indicator, inputs.get(indicator.id()), result, forecast));
        }
        return new Computed(rows, results);
    }

    /** The trend over the indicator's values (those of its plan year up to the evaluation date; docs/fulfilment.md §5.1). */
    private static Forecast forecast(
            PlanYearData data,
            IndicatorInput indicator,
            LocalDate targetDate,
            LocalDate evaluationDate,
            Thresholds thresholds) {
        return TrendForecast.of(indicator, targetDate, data.year(), evaluationDate, thresholds)
                .map(t -> new Forecast(t.value(), t.slopePerDay(), t.rawProgress(), t.status()))
                .orElse(null);
    }

    private static ResultRow indicator(
            PlanYearData data,
            IndicatorInfo indicator,
            IndicatorInput input,
            IndicatorResult result,
            Forecast forecast) {
        Result r = result.result();
        ValueInput used = result.value();
        IndicatorFigures.ValueSource source =
                used == null ? null : data.sources().of(indicator.id(), input.values(), used);
        IndicatorFigures figures = new IndicatorFigures(
                used == null ? null : used.number(),
                used == null ? null : used.yes(),
                used == null ? null : used.period(),
                source,
                result.rawProgress(),
                indicator.baseline(),
                indicator.targetNumber(),
                indicator.targetYes(),
                indicator.targetDate(),
                forecast);
        return new ResultRow(
                Level.INDIKATOR,
                indicator.id(),
                data.model().indicatorGoal().get(indicator.id()),
                indicator.code(),
                indicator.name(),
                indicator.type(),
                r.fulfilment(),
                r.status(),
                r.coverage(),
                r.indicators(),
                r.indicatorsWithValue(),
                figures);
    }

    private static ResultRow aggregate(
            Level level, Long id, Long parent, String code, String name, String type, Result r) {
        return new ResultRow(
                level,
                id,
                parent,
                code,
                name,
                type,
                r.fulfilment(),
                r.status(),
                r.coverage(),
                r.indicators(),
                r.indicatorsWithValue(),
                null);
    }

    /** The labelled rows and the calculator's own result (for the contributions). */
    record Computed(List<ResultRow> rows, RollUpResult rollUp) {}
}
