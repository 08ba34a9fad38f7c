package se.maltavla.fulfilment;

import java.math.BigDecimal;

/**
 * One stored figure: the municipality, an element, a nämnd, a goal or an indicator, with the
 * fields of the results export (docs/import-contract.md §9).
 *
 * @param subjectId the element, committee, goal or indicator id; null for the municipality
 * @param parentId a goal's committee, an indicator's goal; else null
 * @param code element, goal or indicator code; the nämnd's name; the municipality code
 * @param type an element's typ, an indicator's {@code tal}/{@code ja_nej}; else null
 * @param fulfilment the unrounded fraction (0..1); null when the status is saknas or ej_matbar
 * @param coverage the unrounded percent of measurable indicators with a value; null without any
 * @param indicator the indicator's own figures; null on other levels
 */
public record ResultRow(
        Level level,
        Long subjectId,
        Long parentId,
        String code,
        String name,
        String type,
        BigDecimal fulfilment,
        Status status,
        BigDecimal coverage,
        int indicators,
        int indicatorsWithValue,
        IndicatorFigures indicator) {

    /** Fulfilment in percent, rounded half-up to one decimal as shown and exported; null when there is none. */
    public BigDecimal fulfilmentPercent() {
        return fulfilment == null ? null : Percents.percent(fulfilment);
    }

    /** Coverage in percent, rounded to one decimal; null without a measurable indicator. */
    public BigDecimal coveragePercent() {
        return coverage == null ? null : Percents.round(coverage);
    }
}
