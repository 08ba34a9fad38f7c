package se.maltavla.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAnchor;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Draws a {@link BarChart} as an SVG document with JFreeChart and JFreeSVG: one colour for every bar
 * (the bars mean nothing by colour), the text of each bar beside it, the value axis 0–100 with the
 * reference lines dashed and named. The SVG names itself: {@code role="img"}, {@code <title>},
 * {@code <desc>}; its {@code viewBox} lets it be drawn at any size.
 */
public final class SvgBarChart {

    /** Narrower than the other charts: it stands beside its table, and its words must stay readable there. */
    public static final int WIDTH = 480;

    private static final int ROW = 30;
    private static final int FRAME = 80;
    /** The value axis runs on past 100 without ticks, so that the text beside a full bar has room (JFreeChart clips at the axis' end). */
    private static final double AXIS_END = 180;

    private static final Color BAR = new Color(0x2f, 0x5f, 0x8a);
    private static final Color TEXT = new Color(0x1a, 0x1a, 0x1a);
    private static final Color GRID = new Color(0xd4, 0xd8, 0xdd);
    private static final Color REFERENCE = new Color(0x8a, 0x8a, 0x8a);

    private SvgBarChart() {}

    /** The height the chart is drawn at for a number of bars. */
    public static int height(int bars) {
        return FRAME + ROW * Math.max(1, bars);
    }

    public static String render(BarChart chart) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int i = 0; i < chart.bars().size(); i++) {
            BarChart.Bar bar = chart.bars().get(i);
            data.addValue(bar.percent(), "", new Category(i, bar.label()));
        }
        NumberAxis values = new PercentAxis(chart.axisLabel());
        values.setRange(0, AXIS_END);
        values.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(25, Numbers.format(chart.locale())));
        values.setAxisLineVisible(false);
        values.setTickLabelFont(font(13));
        values.setLabelFont(font(13));
        values.setTickLabelPaint(TEXT);
        values.setLabelPaint(TEXT);
        CategoryAxis categories = new CategoryAxis();
        categories.setTickLabelFont(font(13));
        categories.setTickLabelPaint(TEXT);
        categories.setMaximumCategoryLabelWidthRatio(0.25f);
        categories.setCategoryMargin(0.25);

        BarRenderer bars = new BarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, BAR);
        bars.setMaximumBarWidth(0.06);
        bars.setDefaultItemLabelGenerator(new BarTexts(chart));
        bars.setDefaultItemLabelsVisible(true);
        bars.setDefaultItemLabelFont(font(13));
        bars.setDefaultItemLabelPaint(TEXT);
        bars.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        bars.setItemLabelAnchorOffset(5);

        CategoryPlot plot = new CategoryPlot(data, categories, values, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setInsets(new RectangleInsets(22, 4, 4, 4));
        for (BarChart.Reference reference : chart.references()) {
            ValueMarker marker = new ValueMarker(
                    reference.percent().doubleValue(),
                    REFERENCE,
                    new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
            marker.setLabel(reference.label());
            marker.setLabelFont(font(12));
            marker.setLabelPaint(TEXT);
            marker.setLabelAnchor(RectangleAnchor.TOP);
            marker.setLabelTextAnchor(TextAnchor.BOTTOM_CENTER);
            marker.setLabelOffset(new RectangleInsets(-16, 0, 0, 0));
            plot.addRangeMarker(marker, Layer.BACKGROUND);
        }
        for (int i = 0; i < chart.bars().size(); i++) {
            BarChart.Bar bar = chart.bars().get(i);
            if (bar.percent() == null) {
                // No bar to write beside: the text stands at the axis, so that the row is not read as 0 %.
                CategoryTextAnnotation note = new CategoryTextAnnotation(bar.text(), new Category(i, bar.label()), 1);
                note.setCategoryAnchor(CategoryAnchor.MIDDLE);
                note.setTextAnchor(TextAnchor.CENTER_LEFT);
                note.setFont(font(13));
                note.setPaint(TEXT);
                plot.addAnnotation(note);
            }
        }
        JFreeChart jfree = new JFreeChart(null, font(13), plot, false);
        jfree.setBackgroundPaint(Color.WHITE);
        jfree.setPadding(new RectangleInsets(4, 4, 4, 4));

        int height = height(chart.bars().size());
        SVGGraphics2D g2 = new SVGGraphics2D(WIDTH, height);
        jfree.draw(g2, new Rectangle(0, 0, WIDTH, height));
        String svg = g2.getSVGElement(null, true, new ViewBox(0, 0, WIDTH, height), null, null);
        return SvgText.accessible(svg, chart.title(), chart.description());
    }

    private static Font font(int size) {
        return new Font(Font.SANS_SERIF, Font.PLAIN, size);
    }

    /** A value axis whose ticks (and grid lines) stop at 100: the rest is room for the texts. */
    private static final class PercentAxis extends NumberAxis {

        PercentAxis(String label) {
            super(label);
        }

        @Override
        public java.util.List<org.jfree.chart.axis.Tick> refreshTicks(
                java.awt.Graphics2D g2,
                org.jfree.chart.axis.AxisState state,
                java.awt.geom.Rectangle2D dataArea,
                org.jfree.chart.ui.RectangleEdge edge) {
            return super.refreshTicks(g2, state, dataArea, edge).stream()
                    .filter(tick -> !(tick instanceof org.jfree.chart.axis.ValueTick value) || value.getValue() <= 100)
                    .toList();
        }
    }

    /** Each bar's own text beside it. */
    private static final class BarTexts implements org.jfree.chart.labels.CategoryItemLabelGenerator {

        private final BarChart chart;

        BarTexts(BarChart chart) {
            this.chart = chart;
        }

        @Override
        public String generateRowLabel(org.jfree.data.category.CategoryDataset dataset, int row) {
            return "";
        }

        @Override
        public String generateColumnLabel(org.jfree.data.category.CategoryDataset dataset, int column) {
            return chart.bars().get(column).label();
        }

        @Override
        public String generateLabel(org.jfree.data.category.CategoryDataset dataset, int row, int column) {
            return chart.bars().get(column).text();
        }
    }

    /** A bar's category: unique by position, shown by label (two goals may share a code across nämnder). */
    private record Category(int index, String label) implements Comparable<Category> {

        @Override
        public int compareTo(Category other) {
            return Integer.compare(index, other.index);
        }

        @Override
        public String toString() {
            return label;
        }
    }
}
