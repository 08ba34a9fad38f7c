package se.maltavla.fulfilment.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import se.maltavla.fulfilment.calculator.PlanYearModel;

/**
 * A municipality's plan year as stored: the calculator's model, and the codes and names that
 * results are shown and exported with.
 *
 * @param sources where each measured value came from (lineage)
 */
record PlanYearData(
        String municipality,
        int year,
        String strategyName,
        PlanYearModel model,
        List<Named> elements,
        List<Named> committees,
        List<Named> goals,
        Map<Long, IndicatorInfo> indicators,
        ValueSources sources) {

    /** An element, committee or goal: id, code (the name for a committee), name, type. */
    record Named(long id, String code, String name, String type) {}

    record IndicatorInfo(
            long id,
            String code,
            String name,
            String type,
            BigDecimal baseline,
            BigDecimal targetNumber,
            Boolean targetYes,
            LocalDate targetDate) {}
}
