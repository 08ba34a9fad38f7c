package se.maltavla.fulfilment.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import se.maltavla.fulfilment.calculator.EvaluationDate;

/** The dates a plan year's results are stored under, and the plan year's own dates among them. */
@Component
class PlanYearDates {

    private final Clock clock;

    PlanYearDates(Clock clock) {
        this.clock = clock;
    }

    /** The date a plan year's figures are stored under: min(D, Y-12-31). */
    static LocalDate effective(int year, LocalDate date) {
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        return date.isAfter(yearEnd) ? yearEnd : date;
    }

    LocalDate defaultDate(int year) {
        return effective(year, EvaluationDate.defaultFor(year, clock));
    }

    static List<LocalDate> tertialEnds(int year) {
        return List.of(LocalDate.of(year, 4, 30), LocalDate.of(year, 8, 31), LocalDate.of(year, 12, 31));
    }
}
