package se.maltavla.fulfilment.calculator;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Which measured value counts for an indicator (docs/fulfilment.md §1). */
public final class ValueSelector {

    // Latest end first; on the same end date the longest period (lowest rank) first. The period
    // code only makes the choice deterministic should one period ever appear twice.
    private static final Comparator<ValueInput> PREFERRED = Comparator.comparing(ValueInput::periodEnd)
            .reversed()
            .thenComparingInt(ValueInput::periodRank)
            .thenComparing(ValueInput::period, Comparator.nullsLast(Comparator.naturalOrder()));

    private ValueSelector() {}

    /**
     * The value whose period ends latest within [{@code Y}-01-01, min({@code D}, {@code Y}-12-31)];
     * on a tie the longest period wins (year, half year, tertial, quarter, month).
     *
     * @return empty when no value ends in that window
     */
    public static Optional<ValueInput> select(Collection<ValueInput> values, int planYear, LocalDate evaluationDate) {
        LocalDate first = LocalDate.of(planYear, 1, 1);
        LocalDate last = lastEnd(planYear, evaluationDate);
        return values.stream()
                .filter(v -> !v.periodEnd().isBefore(first) && !v.periodEnd().isAfter(last))
                .min(PREFERRED);
    }

    /**
     * As {@link #select(Collection, int, LocalDate)} over the indicator's values that carry a value
     * of its kind (a number for {@code tal}, ja/nej for {@code ja_nej}); others are not reported.
     */
    public static Optional<ValueInput> select(IndicatorInput indicator, int planYear, LocalDate evaluationDate) {
        return select(
                indicator.values().stream()
                        .filter(v -> v.carriesValueFor(indicator.yesNo()))
                        .toList(),
                planYear,
                evaluationDate);
    }

    /** min({@code D}, {@code Y}-12-31): no value of a period ending later is used. */
    static LocalDate lastEnd(int planYear, LocalDate evaluationDate) {
        LocalDate yearEnd = LocalDate.of(planYear, 12, 31);
        return evaluationDate.isBefore(yearEnd) ? evaluationDate : yearEnd;
    }

    /**
     * One value per period end date among those ending on or before {@code last}, chosen as in
     * section 1 (the longest period wins), earliest end date first.
     */
    static List<ValueInput> onePerEndDate(Collection<ValueInput> values, LocalDate last) {
        Map<LocalDate, ValueInput> chosen = new TreeMap<>();
        for (ValueInput value : values) {
            if (!value.periodEnd().isAfter(last)) {
                chosen.merge(value.periodEnd(), value, (a, b) -> PREFERRED.compare(a, b) <= 0 ? a : b);
            }
        }
        return List.copyOf(chosen.values());
    }
}
