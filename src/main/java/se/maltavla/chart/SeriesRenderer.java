package se.maltavla.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.LegendItem;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYDataset;
import org.jfree.svg.SVGHints;
import se.maltavla.chart.TimeChart.Style;

/**
 * Lines and markers per {@link Style}, and each item's drawing grouped in the SVG as
 * {@code <g class="series-measured line">} / {@code "... marker"}.
 */
final class SeriesRenderer extends XYLineAndShapeRenderer {

    private final List<Style> styles;
    private boolean drawingLegend;

    SeriesRenderer(List<Style> styles) {
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
            case TARGET, FORECAST ->
                drawingLegend || item == getPlot().getDataset().getItemCount(series) - 1;
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
    public void drawItem(
            Graphics2D g2,
            XYItemRendererState state,
            Rectangle2D dataArea,
            PlotRenderingInfo info,
            XYPlot plot,
            ValueAxis domainAxis,
            ValueAxis rangeAxis,
            XYDataset dataset,
            int series,
            int item,
            CrosshairState crosshairState,
            int pass) {
        String kind = isLinePass(pass) ? "line" : "marker";
        g2.setRenderingHint(
                SVGHints.KEY_BEGIN_GROUP,
                Map.of("class", "series-" + styles.get(series).name().toLowerCase(Locale.ROOT) + " " + kind));
        super.drawItem(
                g2, state, dataArea, info, plot, domainAxis, rangeAxis, dataset, series, item, crosshairState, pass);
        g2.setRenderingHint(SVGHints.KEY_END_GROUP, "true");
    }

    /** Colour (≥ 3:1 against white, WCAG 1.4.11), line pattern and marker of a style. */
    private record Look(Paint paint, Stroke stroke, Shape marker) {

        static Look of(Style style) {
            return switch (style) {
                case MEASURED ->
                    new Look(new Color(0x1a, 0x4e, 0x8a), stroke(2.5f, null), new Ellipse2D.Double(-5, -5, 10, 10));
                case BASELINE -> new Look(new Color(0x55, 0x55, 0x55), stroke(2.5f, new float[] {1f, 5f}), null);
                case TARGET ->
                    new Look(
                            new Color(0x1e, 0x6b, 0x34),
                            stroke(2f, new float[] {12f, 6f}),
                            new Rectangle2D.Double(-5, -5, 10, 10));
                case FORECAST -> new Look(new Color(0xa1, 0x4a, 0x00), stroke(2f, new float[] {5f, 4f}), triangle());
            };
        }

        private static Stroke stroke(float width, float[] dash) {
            return dash == null
                    ? new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
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
