package se.maltavla.fulfilment.calculator;

import java.math.BigDecimal;
import java.util.List;

/** An indicator of the plan year with all its measured values (fulfilment.md, Inputs). */
public record IndicatorInput(long id, boolean yesNo, Direction direction, BigDecimal baseline, BigDecimal target,
                             BigDecimal weight, List<ValueInput> values) {}
