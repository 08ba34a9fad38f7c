package se.maltavla.fulfilment.calculator;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** The default evaluation date {@code D} of a plan year (docs/fulfilment.md §0.3). */
public final class EvaluationDate {

    /** Sweden's time zone: "today" is today in Sweden, wherever the server runs. */
    public static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private EvaluationDate() {}

    /** {@code Y}-12-31 for a past year, else today in Sweden. */
    public static LocalDate defaultFor(int planYear, Clock clock) {
        LocalDate today = LocalDate.now(clock.withZone(SWEDEN));
        return planYear < today.getYear() ? LocalDate.of(planYear, 12, 31) : today;
    }
}
