package se.maltavla.chart;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Horizontal bars of percentages (0–100) with a text beside each and dashed reference lines,
 * described without any drawing library: what {@link SvgBarChart} draws, e.g. the year-end
 * report's fulfilment of the goals of a priority area.
 *
 * @param title the chart's accessible name (the SVG's {@code <title>})
 * @param description one sentence that says what it shows (the SVG's {@code <desc>}); may be null
 * @param axisLabel the value axis' label, e.g. "Måluppfyllelse (%)"
 * @param bars top to bottom
 * @param references vertical lines across the bars, e.g. the thresholds
 */
public record BarChart(
        String title, String description, String axisLabel, Locale locale, List<Bar> bars, List<Reference> references) {

    public BarChart {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(locale, "locale");
        bars = List.copyOf(bars);
        references = List.copyOf(references);
    }

    /**
     * One bar.
     *
     * @param label the category, e.g. a goal's code (short: the axis has room for about 16 characters)
     * @param percent its length, 0–100; null for no bar
     * @param text what is written beside the bar (or at the axis when there is none), e.g. "93,3 % Delvis uppfyllt"
     */
    public record Bar(String label, BigDecimal percent, String text) {

        public Bar {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(text, "text");
        }
    }

    /** A dashed vertical line at a percentage, named at its top, e.g. "Uppfyllt 100 %". */
    public record Reference(BigDecimal percent, String label) {}
}
