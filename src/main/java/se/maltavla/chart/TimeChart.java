package se.maltavla.chart;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A line chart over dates, described without any drawing library: what {@link SvgTimeChart}
 * draws for the dashboard and what the year-end report can draw the same way.
 *
 * @param title the chart's accessible name (the SVG's {@code <title>}); the page shows its own heading
 * @param description one sentence that says what the chart shows (the SVG's {@code <desc>}); may be null
 * @param valueAxisLabel the unit or name of the values, e.g. "st" or "%"; may be null
 * @param locale how dates and numbers on the axes are written (Swedish or English)
 * @param series what is drawn, in the legend's order; the first is drawn on top of the others
 */
public record TimeChart(String title, String description, String valueAxisLabel, Locale locale, List<Series> series) {

    public TimeChart {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(locale, "locale");
        series = List.copyOf(series);
    }

    /** A named line through points, drawn in one of the chart's styles. */
    public record Series(String name, Style style, List<Point> points) {

        public Series {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(style, "style");
            points = List.copyOf(points);
        }
    }

    /** A value at a date. */
    public record Point(LocalDate date, BigDecimal value) {

        public Point {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * How a series looks. Each differs from the others in line pattern and marker as well as in
     * colour, so that the chart is read without telling colours apart (WCAG 1.4.1).
     */
    public enum Style {
        /** Measured values: a solid line with a round marker on every value. */
        MEASURED,
        /** The baseline: a dotted line without markers. */
        BASELINE,
        /** The target: a long-dashed line with a square marker at its end (the target date). */
        TARGET,
        /** The trend forecast: a short-dashed line with a triangle marker at its end. */
        FORECAST
    }
}
