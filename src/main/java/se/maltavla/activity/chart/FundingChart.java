package se.maltavla.activity.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUtils;
import se.maltavla.activity.Activity;
import se.maltavla.shared.i18n.Messages;

/**
 * External funding against the budget per activity, as SVG (JFreeChart drawn by JFreeSVG): two
 * bars per activity, each with its amount written beside it. Plain Java, so that the dashboard
 * and the year-end report draw the same chart; the caller shows the figures as a table too.
 */
public final class FundingChart {

    static final int WIDTH = 800;
    static final Color BUDGET = new Color(0x21, 0x66, 0xa8);
    static final Color EXTERNAL = new Color(0xa3, 0x4a, 0x05);
    private static final int LABEL_LENGTH = 42;

    /**
     * The chart's words in the reader's language.
     *
     * @param id prefix of the ids the SVG's title and description get (unique on a page)
     * @param axis the amount axis' label, e.g. "kronor"
     */
    public record Texts(
            Locale locale,
            String id,
            String title,
            String description,
            String budget,
            String externalFunding,
            String axis) {}

    /** A bar group: the activity's code keeps two activities of the same name apart. */
    private record Category(String code, String label) implements Comparable<Category> {
        @Override
        public int compareTo(Category other) {
            return code.compareTo(other.code);
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private FundingChart() {}

    /** The chart of the activities that have a budget or external funding. */
    public static String svg(List<Activity> activities, Texts texts) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        activities.stream().filter(Activity::hasFunding).forEach(a -> {
            Category category = new Category(a.code(), shorten(a.name()));
            data.addValue(Objects.requireNonNullElse(a.budgetSek(), BigDecimal.ZERO), texts.budget(), category);
            data.addValue(
                    Objects.requireNonNullElse(a.externalFundingSek(), BigDecimal.ZERO),
                    texts.externalFunding(),
                    category);
        });
        NumberFormat amounts = amountFormat(texts.locale());
        NumberAxis amountAxis = new NumberAxis(texts.axis());
        amountAxis.setNumberFormatOverride(amounts);
        amountAxis.setUpperMargin(0.22);
        BarRenderer bars = new BarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, BUDGET);
        bars.setSeriesPaint(1, EXTERNAL);
        bars.setItemMargin(0.05);
        bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", amounts));
        bars.setDefaultItemLabelsVisible(true);
        bars.setDefaultItemLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        bars.setDefaultItemLabelPaint(Color.BLACK);
        bars.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        bars.setItemLabelAnchorOffset(4);
        CategoryAxis activityAxis = new CategoryAxis();
        activityAxis.setMaximumCategoryLabelWidthRatio(0.4f);
        activityAxis.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        CategoryPlot plot = new CategoryPlot(data, activityAxis, amountAxis, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xbb, 0xbb, 0xbb));
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        plot.setOutlineVisible(false);
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        LegendTitle legend = new LegendTitle(plot);
        legend.setPosition(RectangleEdge.TOP);
        legend.setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        chart.addLegend(legend);
        chart.setBackgroundPaint(Color.WHITE);
        // Room on the right for the last amount's label: the PDF draws it in DejaVu Sans, wider than
        // the font JFreeChart measured it with, and the label is centred on the axis' end.
        chart.setPadding(new RectangleInsets(2, 2, 2, 36));

        int height = 90 + 46 * Math.max(1, data.getColumnCount());
        SVGGraphics2D g2 = new SVGGraphics2D(WIDTH, height);
        chart.draw(g2, new Rectangle(0, 0, WIDTH, height));
        return accessible(g2.getSVGElement(), texts);
    }

    /** Amounts as written in the locale, whole kronor: 1 234 567 (Swedish) or 1,234,567 (English). */
    public static NumberFormat amountFormat(Locale locale) {
        Locale numbers = Messages.formatting(locale);
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(numbers);
        if (symbols.getGroupingSeparator() == '\u202F') {
            symbols.setGroupingSeparator('\u00A0');
        }
        return new DecimalFormat("#,##0", symbols);
    }

    private static String shorten(String name) {
        return name.length() <= LABEL_LENGTH
                ? name
                : name.substring(0, LABEL_LENGTH - 1).strip() + "…";
    }

    /** Names the image for assistive technology: role, title and description. */
    private static String accessible(String svg, FundingChart.Texts texts) {
        int open = svg.indexOf("<svg");
        int end = svg.indexOf('>', open);
        String titleId = texts.id() + "-title";
        String descId = texts.id() + "-desc";
        return svg.substring(0, open) + "<svg role=\"img\" aria-labelledby=\"" + titleId + " " + descId + "\""
                + svg.substring(open + 4, end + 1)
                + "<title id=\"" + titleId + "\">" + SVGUtils.escapeForXML(texts.title()) + "</title>"
                + "<desc id=\"" + descId + "\">" + SVGUtils.escapeForXML(texts.description()) + "</desc>"
                + svg.substring(end + 1);
    }
}
