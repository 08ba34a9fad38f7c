package se.maltavla.fulfilment.calculator;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * fulfilment.md §1: the value whose period ends latest within [Y-01-01, min(D, Y-12-31)];
 * on the same end date the longest period wins (year, half year, tertial, quarter, month).
 */
public final class ValueSelector {

    private static final Comparator<ValueInput> LATEST_THEN_LONGEST = Comparator
            .comparing(ValueInput::periodEnd)
            .thenComparing(Comparator.comparingInt(ValueInput::periodRank).reversed());

    private ValueSelector() {}

    public static Optional<ValueInput> select(List<ValueInput> values, int year, LocalDate evaluationDate) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        LocalDate to = evaluationDate.isBefore(yearEnd) ? evaluationDate : yearEnd;
        return values.stream()
                .filter(v -> !v.periodEnd().isBefore(from) && !v.periodEnd().isAfter(to))
                .filter(v -> v.number() != null || v.yes() != null)
                .max(LATEST_THEN_LONGEST);
    }
}
