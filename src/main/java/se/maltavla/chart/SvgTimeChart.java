package se.maltavla.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.TimeZone;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Draws a {@link TimeChart} as an SVG document with JFreeChart and JFreeSVG: dates and numbers
 * on the axes in the chart's language, a legend, and per series a colour, a line pattern and a
 * marker of its own ({@link SeriesRenderer}, which also groups each series' lines and markers
 * for tests and style sheets). The SVG names itself: {@code role="img"}, {@code <title>} and
 * {@code <desc>}.
 */
public final class SvgTimeChart {

    public static final int WIDTH = 800;
    public static final int HEIGHT = 380;

    private static final TimeZone UTC = TimeZone.getTimeZone(ZoneOffset.UTC);
    private static final Color TEXT = new Color(0x33, 0x33, 0x33);
    private static final Color GRID = new Color(0xd4, 0xd8, 0xdd);

    private SvgTimeChart() {}

    public static String render(TimeChart chart) {
        return render(chart, WIDTH, HEIGHT);
    }

    public static String render(TimeChart chart, int width, int height) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (int i = 0; i < chart.series().size(); i++) {
            TimeChart.Series series = chart.series().get(i);
            // Keys must be unique; the legend shows the name (SeriesKey.toString).
            XYSeries xy = new XYSeries(new SeriesKey(i, series.name()), true, true);
            series.points().forEach(p -> xy.add(millis(p.date()), p.value().doubleValue()));
            data.addSeries(xy);
        }
        XYPlot plot = new XYPlot(
                data,
                dateAxis(chart),
                valueAxis(chart),
                new SeriesRenderer(
                        chart.series().stream().map(TimeChart.Series::style).toList()));
        // The first series is listed first in the legend and drawn last, on top of the others.
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.REVERSE);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlinePaint(GRID);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setDomainGridlineStroke(new BasicStroke(1f));
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);

        JFreeChart jfree = new JFreeChart(null, font(13), plot, true);
        jfree.setBackgroundPaint(Color.WHITE);
        jfree.setPadding(new RectangleInsets(8, 4, 4, 16));
        LegendTitle legend = jfree.getLegend();
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setItemFont(font(14));
        legend.setItemPaint(TEXT);
        legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        legend.setItemLabelPadding(new RectangleInsets(2, 6, 2, 16));

        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        jfree.draw(g2, new Rectangle(0, 0, width, height));
        String svg = g2.getSVGElement(null, true, new ViewBox(0, 0, width, height), null, null);
        return SvgText.accessible(svg.replaceAll("<g class='[^']*'></g>", ""), chart.title(), chart.description());
    }

    private static DateAxis dateAxis(TimeChart chart) {
        DateAxis axis = new DateAxis(null, UTC, chart.locale());
        LocalDate[] range = DateTicks.range(chart);
        axis.setRange(new Date(millis(range[0])), new Date(millis(range[1])));
        axis.setTickUnit(DateTicks.unit(range[0], range[1], chart.locale()));
        style(axis);
        return axis;
    }

    private static NumberAxis valueAxis(TimeChart chart) {
        NumberAxis axis = new NumberAxis(chart.valueAxisLabel());
        axis.setAutoRangeIncludesZero(false);
        axis.setNumberFormatOverride(Numbers.format(chart.locale()));
        axis.setUpperMargin(0.12);
        axis.setLowerMargin(0.12);
        style(axis);
        return axis;
    }

    private static void style(ValueAxis axis) {
        axis.setTickLabelFont(font(13));
        axis.setTickLabelPaint(TEXT);
        axis.setLabelFont(font(13));
        axis.setLabelPaint(TEXT);
        axis.setAxisLinePaint(TEXT);
        axis.setTickMarkPaint(TEXT);
    }

    private static Font font(int size) {
        return new Font(Font.SANS_SERIF, Font.PLAIN, size);
    }

    static long millis(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    /** A series' key: unique by index, shown by name. */
    private record SeriesKey(int index, String name) implements Comparable<SeriesKey> {

        @Override
        public int compareTo(SeriesKey other) {
            return Integer.compare(index, other.index);
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
