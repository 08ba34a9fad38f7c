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
    /** A generous width of one character at 24 px in DejaVu Sans, to lay out labels without measuring. */
    private static final double CHAR = FONT * 0.64;
    private static final String TEXT = "#1a1a1a";

    private SlideSvg() {}

    static int height(Slide.Chart chart) {
        return TOP + chart.bars().size() * ROW + 6;
    }

    /**
     * @param id unique on the page: the SVG's title and description get ids from it
     */
    static String bars(Slide.Chart chart, int width, String id) {
        int labels = (int) Math.min(width * 0.45, chart.bars().stream().mapToInt(b -> b.label().length()).max().orElse(4) * CHAR + 14);
        int values = (int) (chart.bars().stream().mapToInt(b -> b.value().length()).max().orElse(4) * CHAR + 12);
        double barX = labels;
        double barWidth = Math.max(60, width - labels - values - 14);
        double valueX = barX + barWidth + 14;
        int height = height(chart);
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"slide-chart\" role=\"img\" aria-labelledby=\"")
                .append(id).append("-title ").append(id).append("-desc\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" font-family=\"DejaVu Sans, sans-serif\" font-size=\"").append(FONT).append("\">")
                .append("<title id=\"").append(id).append("-title\">").append(Xml.escape(chart.title())).append("</title>")
                .append("<desc id=\"").append(id).append("-desc\">").append(Xml.escape(chart.description())).append("</desc>");
        for (int i = 0; i < chart.bars().size(); i++) {
            Slide.Bar bar = chart.bars().get(i);
            double y = TOP + i * ROW;
            double length = bar.fraction() * barWidth;
            svg.append("<g class=\"bar\" data-status=\"").append(bar.status().code()).append("\">");
            text(svg, labels - 12, y + ROW / 2.0 + 8, "end", bar.label());
            rect(svg, barX, y + 9, barWidth, ROW - 18, "#eceff3");
            if (length > 0) {
                rect(svg, barX, y + 9, Math.max(length, 3), ROW - 18, fill(bar.status()));
            }
            text(svg, valueX, y + ROW / 2.0 + 8, "start", bar.value());
            svg.append("</g>");
        }
        for (int t = 0; t < chart.thresholds().size(); t++) {
            double x = barX + chart.thresholds().get(t) * barWidth;
            svg.append("<line x1=\"").append(number(x)).append("\" y1=\"").append(TOP - 6).append("\" x2=\"").append(number(x))
                    .append("\" y2=\"").append(height - 2).append("\" stroke=\"#3f4a57\" stroke-width=\"2\" stroke-dasharray=\"6 5\"/>");
            text(svg, x, TOP - 12, "middle", chart.thresholdLabels().get(t));
        }
        return svg.append("</svg>").toString();
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
        svg.append("<text x=\"").append(number(x)).append("\" y=\"").append(number(y)).append("\" text-anchor=\"").append(anchor)
                .append("\" fill=\"").append(TEXT).append("\">").append(Xml.escape(text)).append("</text>");
    }

    private static void rect(StringBuilder svg, double x, double y, double width, double height, String fill) {
        svg.append("<rect x=\"").append(number(x)).append("\" y=\"").append(number(y)).append("\" width=\"").append(number(width))
                .append("\" height=\"").append(number(height)).append("\" fill=\"").append(fill).append("\"/>");
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
