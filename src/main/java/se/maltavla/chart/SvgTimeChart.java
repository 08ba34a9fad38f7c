package se.maltavla.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.jfree.svg.ViewBox;
import se.maltavla.chart.TimeChart.Style;

/**
 * Draws a {@link TimeChart} as an SVG document with JFreeChart and JFreeSVG: dates and numbers
 * on the axes in the chart's language, a legend, and per series a colour, a line pattern and a
 * marker of its own. The SVG names itself ({@code role="img"}, {@code <title>}, {@code <desc>});
 * each series' lines and markers are grouped as {@code <g class="series-measured line">} /
 * {@code "... marker"} so that tests and style sheets can find them.
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
        XYPlot plot = new XYPlot(data, dateAxis(chart), valueAxis(chart), new StyledRenderer(
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

    /** Lines and markers per {@link Style}; groups each item's drawing for the SVG. */
    private static final class StyledRenderer extends XYLineAndShapeRenderer {

        private final List<Style> styles;
        private boolean drawingLegend;

        StyledRenderer(List<Style> styles) {
            super(true, true);
            this.styles = styles;
            setDrawSeriesLineAsPath(false);
            setLegendLine(new Line2D.Double(-16, 0, 16, 0));
            for (int i = 0; i < styles.size(); i++) {
                Look look = Look.of(styles.get(i));
                setSeriesPaint(i, look.paint());
                setSeriesStroke(i, look.stroke());
                setSeriesShape(i, look.marker());
                setSeriesShapesFilled(i, true);
            }
        }

        @Override
        public boolean getItemShapeVisible(int series, int item) {
            Style style = styles.get(series);
            return switch (style) {
                case MEASURED -> true;
                case BASELINE -> false;
                // The marker sits at the line's end (the target date); the legend shows it too.
                case TARGET, FORECAST -> drawingLegend || item == getPlot().getDataset().getItemCount(series) - 1;
            };
        }

        @Override
        public LegendItem getLegendItem(int datasetIndex, int series) {
            drawingLegend = true;
            try {
                return super.getLegendItem(datasetIndex, series);
            } finally {
                drawingLegend = false;
            }
        }

        @Override
        public void drawItem(Graphics2D g2, XYItemRendererState state, Rectangle2D dataArea, PlotRenderingInfo info,
                XYPlot plot, ValueAxis domainAxis, ValueAxis rangeAxis, XYDataset dataset, int series, int item,
                CrosshairState crosshairState, int pass) {
            String kind = isLinePass(pass) ? "line" : "marker";
            g2.setRenderingHint(SVGHints.KEY_BEGIN_GROUP,
                    Map.of("class", "series-" + styles.get(series).name().toLowerCase(Locale.ROOT) + " " + kind));
            super.drawItem(g2, state, dataArea, info, plot, domainAxis, rangeAxis, dataset, series, item, crosshairState, pass);
            g2.setRenderingHint(SVGHints.KEY_END_GROUP, "true");
        }
    }

    /** Colour (≥ 3:1 against white, WCAG 1.4.11), line pattern and marker of a style. */
    private record Look(Paint paint, Stroke stroke, Shape marker) {

        static Look of(Style style) {
            return switch (style) {
                case MEASURED -> new Look(new Color(0x1a, 0x4e, 0x8a), stroke(2.5f, null), new Ellipse2D.Double(-5, -5, 10, 10));
                case BASELINE -> new Look(new Color(0x55, 0x55, 0x55), stroke(2.5f, new float[] {1f, 5f}), null);
                case TARGET -> new Look(new Color(0x1e, 0x6b, 0x34), stroke(2f, new float[] {12f, 6f}),
                        new Rectangle2D.Double(-5, -5, 10, 10));
                case FORECAST -> new Look(new Color(0xa1, 0x4a, 0x00), stroke(2f, new float[] {5f, 4f}), triangle());
            };
        }

        private static Stroke stroke(float width, float[] dash) {
            return dash == null ? new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
                    : new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, dash, 0f);
        }

        private static Shape triangle() {
            Path2D.Double triangle = new Path2D.Double();
            triangle.moveTo(0, -6);
            triangle.lineTo(6, 5);
            triangle.lineTo(-6, 5);
            triangle.closePath();
            return triangle;
        }
    }
}
