package se.maltavla.fulfilment.calculator;

import java.math.BigDecimal;
import java.util.List;

/**
 * An indicator of the plan year with its measured values (docs/import-contract.md §3).
 *
 * @param id the indicator's id
 * @param yesNo true for {@code ja_nej}, false for {@code tal}
 * @param direction {@code riktning}; null means {@link Direction#OKA}
 * @param baseline {@code utgangsvarde}, null when missing
 * @param target the number target of a {@code tal} indicator (ignored for {@code ja_nej})
 * @param weight {@code vikt}; null means 1
 * @param values all its measured values, any order, any year
 */
public record IndicatorInput(
        long id,
        boolean yesNo,
        Direction direction,
        BigDecimal baseline,
        BigDecimal target,
        BigDecimal weight,
        List<ValueInput> values) {

    public IndicatorInput {
        direction = direction == null ? Direction.OKA : direction;
        weight = weight == null ? BigDecimal.ONE : weight;
        values = values == null ? List.of() : List.copyOf(values);
    }

    /** A {@code tal} indicator. */
    public static IndicatorInput number(
            long id,
            Direction direction,
            BigDecimal baseline,
            BigDecimal target,
            BigDecimal weight,
            List<ValueInput> values) {
        return new IndicatorInput(id, false, direction, baseline, target, weight, values);
    }

    /** A {@code ja_nej} indicator. */
    public static IndicatorInput yesNo(long id, BigDecimal weight, List<ValueInput> values) {
        return new IndicatorInput(id, true, null, null, null, weight, values);
    }
}
