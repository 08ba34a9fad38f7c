package se.maltavla.fulfilment.calculator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import se.maltavla.shared.Period;

/**
 * One measured value of an indicator (docs/import-contract.md §4).
 *
 * @param period the period code, e.g. {@code 2017-T3}
 * @param periodEnd the last day of the period
 * @param periodRank {@link Period.Kind#rank()}: 1 year … 5 month, lower is longer
 * @param number the value of a {@code tal} indicator, else null
 * @param yes the value of a {@code ja_nej} indicator, else null
 */
public record ValueInput(String period, LocalDate periodEnd, int periodRank, BigDecimal number, Boolean yes) {

    public ValueInput {
        Objects.requireNonNull(periodEnd, "periodEnd");
    }

    /** A number value for a period code such as {@code 2017-T3}. */
    public static ValueInput number(String periodCode, BigDecimal number) {
        Period period = Period.parse(periodCode);
        return new ValueInput(period.code(), period.end(), period.kind().rank(), number, null);
    }

    /** A number value, written as a decimal string ({@code "1.2"}). */
    public static ValueInput number(String periodCode, String number) {
        return number(periodCode, new BigDecimal(number));
    }

    /** A ja/nej value for a period code such as {@code 2017}. */
    public static ValueInput yes(String periodCode, boolean yes) {
        Period period = Period.parse(periodCode);
        return new ValueInput(period.code(), period.end(), period.kind().rank(), null, yes);
    }

    /** Whether it carries a value of the given kind (a blank template row carries none). */
    boolean carriesValueFor(boolean yesNo) {
        return yesNo ? yes != null : number != null;
    }
}
