package se.maltavla.yearend.slides;

import java.util.Locale;
import se.maltavla.fulfilment.Status;

/**
 * A slide's bar chart as SVG, drawn at the size it is shown (one SVG unit is one pixel of the
 * 1280 × 720 slide), so that its words are as large as the slide's: 24 px. Each bar has its label
 * before it, its value and status symbol in a column after the bars (clear of the threshold lines),
 * and the colour is never the only sign.
 */
final class SlideSvg {

    static final int FONT = 24;
    static final int ROW = 52;
    /** Room above the bars for the thresholds' labels. */
    private static final int TOP = 38;
    /** The labels' column takes at most this share of the chart; a longer label is cut. */
    private static final double LABELS = 0.36;

    private static final String TEXT = "#1a1a1a";

    private SlideSvg() {}

    static int height(Slide.Chart chart) {
        return TOP + chart.bars().size() * ROW + 6;
    }

    /**
     * @param id unique on the page: the SVG's title and description get ids from it
     */
    static String bars(Slide.Chart chart, int width, String id) {
        double widest = chart.bars().stream()
                .mapToDouble(b -> TextWidth.of(b.label(), FONT, false))
                .max()
                .orElse(40);
        int labels = (int) Math.ceil(Math.min(width * LABELS, widest) + 14);
        int values = (int) Math.ceil(chart.bars().stream()
                        .filter(b -> b.value() != null)
                        .mapToDouble(b -> TextWidth.of(b.value(), FONT, false))
                        .max()
                        .orElse(40)
                + 12);
        double barX = labels;
        double barWidth = Math.max(60, width - labels - values - 14);
        double valueX = barX + barWidth + 14;
        int height = height(chart);
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"slide-chart\" role=\"img\" aria-labelledby=\"")
                .append(id)
                .append("-title ")
                .append(id)
                .append("-desc\" width=\"")
                .append(width)
                .append("\" height=\"")
                .append(height)
                .append("\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(height)
                .append("\" font-family=\"DejaVu Sans, sans-serif\" font-size=\"")
                .append(FONT)
                .append("\">")
                .append("<title id=\"")
                .append(id)
                .append("-title\">")
                .append(Xml.escape(chart.title()))
                .append("</title>")
                .append("<desc id=\"")
                .append(id)
                .append("-desc\">")
                .append(Xml.escape(chart.description()))
                .append("</desc>");
        for (int i = 0; i < chart.bars().size(); i++) {
            Slide.Bar bar = chart.bars().get(i);
            double y = TOP + i * ROW;
            double length = bar.fraction() * barWidth;
            svg.append("<g class=\"bar\" data-status=\"")
                    .append(bar.status().code())
                    .append("\">");
            text(svg, labels - 12, y + ROW / 2.0 + 8, "end", TextWidth.fit(bar.label(), labels - 14, FONT, false));
            rect(svg, barX, y + 9, barWidth, ROW - 18, "#eceff3");
            if (length > 0) {
                rect(svg, barX, y + 9, Math.max(length, 3), ROW - 18, fill(bar.status()));
            }
            if (bar.value() != null) {
                text(svg, valueX, y + ROW / 2.0 + 8, "start", bar.value());
            } else {
                // No figure, no bar: the status in words where the bar would be.
                text(
                        svg,
                        barX + 10,
                        y + ROW / 2.0 + 8,
                        "start",
                        SlideWords.symbol(bar.status()) + " " + bar.statusWord());
            }
            svg.append("</g>");
        }
        for (int t = 0; t < chart.thresholds().size(); t++) {
            double x = barX + chart.thresholds().get(t) * barWidth;
            svg.append("<line x1=\"")
                    .append(number(x))
                    .append("\" y1=\"")
                    .append(TOP - 6)
                    .append("\" x2=\"")
                    .append(number(x))
                    .append("\" y2=\"")
                    .append(height - 2)
                    .append("\" stroke=\"#3f4a57\" stroke-width=\"2\" stroke-dasharray=\"6 5\"/>");
            text(
                    svg,
                    x + labelShift(chart, barWidth, t),
                    TOP - 12,
                    "middle",
                    chart.thresholdLabels().get(t));
        }
        return svg.append("</svg>").toString();
    }

    /**
     * Two thresholds close together (90 % and 100 %, say) would write their labels over each other:
     * they are moved apart, each by half of what they lack.
     */
    private static double labelShift(Slide.Chart chart, double barWidth, int t) {
        if (chart.thresholds().size() != 2) {
            return 0;
        }
        double apart = (chart.thresholds().get(1) - chart.thresholds().get(0)) * barWidth;
        double needed = (TextWidth.of(chart.thresholdLabels().get(0), FONT, false)
                                + TextWidth.of(chart.thresholdLabels().get(1), FONT, false))
                        / 2
                + 12;
        double lacking = Math.max(0, needed - apart);
        return t == 0 ? -lacking / 2 : lacking / 2;
    }

    /** The bar's colour per status, each at least 3:1 against white (WCAG 1.4.11). */
    static String fill(Status status) {
        return switch (status) {
            case UPPFYLLT -> "#1e6b34";
            case DELVIS -> "#b57300";
            case EJ_UPPFYLLT -> "#a11d1d";
            case SAKNAS, EJ_MATBAR -> "#3f4a57";
        };
    }

    private static void text(StringBuilder svg, double x, double y, String anchor, String text) {
        svg.append("<text x=\"")
                .append(number(x))
                .append("\" y=\"")
                .append(number(y))
                .append("\" text-anchor=\"")
                .append(anchor)
                .append("\" fill=\"")
                .append(TEXT)
                .append("\">")
                .append(Xml.escape(text))
                .append("</text>");
    }

    private static void rect(StringBuilder svg, double x, double y, double width, double height, String fill) {
        svg.append("<rect x=\"")
                .append(number(x))
                .append("\" y=\"")
                .append(number(y))
                .append("\" width=\"")
                .append(number(width))
                .append("\" height=\"")
                .append(number(height))
                .append("\" fill=\"")
                .append(fill)
                .append("\"/>");
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
