package se.maltavla.actionplan;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A measured value of an indicator (an {@code utfall} row), the current one of its period.
 *
 * @param period as normalised: {@code 2016}, {@code 2016-T1}, {@code 2016-H1}, {@code 2016-Q1}, {@code 2016-05}
 * @param periodEnd the last day of the period
 * @param valueNumber the value of a {@code tal} indicator
 * @param valueYes the value of a {@code ja_nej} indicator
 * @param source the file and line it came from; null when unknown
 */
public record Measurement(
        String period,
        LocalDate periodEnd,
        BigDecimal valueNumber,
        Boolean valueYes,
        String comment,
        String reportedBy,
        SourceLine source) {}
