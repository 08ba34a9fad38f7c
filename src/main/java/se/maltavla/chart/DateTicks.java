package se.maltavla.chart;

import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Locale;
import java.util.TimeZone;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import se.maltavla.shared.i18n.Messages;

/** The date axis: its range around the points and ticks a reader can take in ("apr. 2017"). */
final class DateTicks {

    private static final int[] MONTH_STEPS = {1, 2, 3, 4, 6, 12, 24, 60};
    private static final int MAX_TICKS = 8;

    private DateTicks() {}

    /** From the first to the last point, with a margin so that end markers are not cut. */
    static LocalDate[] range(TimeChart chart) {
        Comparator<LocalDate> order = Comparator.naturalOrder();
        LocalDate first = chart.series().stream()
                .flatMap(s -> s.points().stream())
                .map(TimeChart.Point::date)
                .min(order)
                .orElse(LocalDate.now(ZoneOffset.UTC).withDayOfYear(1));
        LocalDate last = chart.series().stream()
                .flatMap(s -> s.points().stream())
                .map(TimeChart.Point::date)
                .max(order)
                .orElse(first.plusYears(1));
        long days = Math.max(ChronoUnit.DAYS.between(first, last), 30);
        long margin = Math.max(10, days / 25);
        return new LocalDate[] {first.minusDays(margin), last.plusDays(margin)};
    }

    /** Whole months, few enough not to crowd; years alone when the span is long. */
    static DateTickUnit unit(LocalDate from, LocalDate to, Locale locale) {
        long months = Math.max(1, ChronoUnit.MONTHS.between(from, to));
        int step = MONTH_STEPS[MONTH_STEPS.length - 1];
        for (int candidate : MONTH_STEPS) {
            if (months / candidate <= MAX_TICKS) {
                step = candidate;
                break;
            }
        }
        SimpleDateFormat format = new SimpleDateFormat(step >= 12 ? "yyyy" : "MMM yyyy", language(locale));
        format.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
        return step >= 12
                ? new DateTickUnit(DateTickUnitType.YEAR, step / 12, format)
                : new DateTickUnit(DateTickUnitType.MONTH, step, format);
    }

    static Locale language(Locale locale) {
        return Messages.formatting(locale);
    }
}
