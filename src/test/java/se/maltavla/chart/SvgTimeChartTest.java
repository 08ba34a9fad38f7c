package se.maltavla.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import se.maltavla.chart.TimeChart.Point;
import se.maltavla.chart.TimeChart.Series;
import se.maltavla.chart.TimeChart.Style;

class SvgTimeChartTest {

    private static final Locale SWEDISH = Locale.of("sv");

    @Test
    void draws_a_marker_on_every_value_and_a_line_between_neighbours() throws Exception {
        Document svg = SvgReading.parse(SvgTimeChart.render(chart(SWEDISH, measured(5, 6, 6, 7))));

        assertThat(SvgReading.count(svg, "series-measured marker")).isEqualTo(4);
        assertThat(SvgReading.count(svg, "series-measured line")).isEqualTo(3);
        assertThat(svg.getElementsByTagName("line").getLength())
                .as("segments and grid lines")
                .isGreaterThan(3);
    }

    @Test
    void draws_the_baseline_the_target_and_the_forecast_each_in_a_pattern_of_its_own() throws Exception {
        Document svg = SvgReading.parse(SvgTimeChart.render(chart(
                SWEDISH,
                measured(5, 6, 6),
                level("Utgångsvärde", Style.BASELINE, 3),
                level("Målvärde", Style.TARGET, 5),
                new Series(
                        "Prognos (trend)",
                        Style.FORECAST,
                        List.of(point(2017, 4, 30, "5.2"), point(2017, 12, 31, "6.4"))))));

        assertThat(SvgReading.count(svg, "series-baseline line")).isEqualTo(1);
        assertThat(SvgReading.count(svg, "series-target line")).isEqualTo(1);
        assertThat(SvgReading.count(svg, "series-forecast line")).isEqualTo(1);
        assertThat(SvgReading.count(svg, "series-baseline marker"))
                .as("a baseline has no markers")
                .isZero();
        assertThat(SvgReading.count(svg, "series-target marker"))
                .as("a square at the target date only")
                .isEqualTo(1);
        assertThat(SvgReading.count(svg, "series-forecast marker"))
                .as("a triangle at the target date only")
                .isEqualTo(1);
        List<String> dashes = new ArrayList<>();
        for (String kind : List.of("measured", "baseline", "target", "forecast")) {
            dashes.add(style(svg, "series-" + kind + " line").replaceAll(".*?(stroke-dasharray:[^;']*|$).*", "$1"));
        }
        assertThat(dashes.getFirst()).as("values: a solid line").isEmpty();
        assertThat(dashes.subList(1, 4))
                .as("baseline, target and forecast: dashed, each differently")
                .allMatch(d -> d.startsWith("stroke-dasharray"))
                .doesNotHaveDuplicates();
        assertThat(SvgReading.legend(svg)).containsExactly("Utfall", "Utgångsvärde", "Målvärde", "Prognos (trend)");
    }

    @Test
    void names_itself_and_escapes_text_so_that_it_stays_well_formed() throws Exception {
        String title = "Fosforutsläpp & <kväve> i \"Östersjön\"";
        Series odd = new Series(
                "Värde 'å' & <ö>", Style.MEASURED, List.of(point(2017, 4, 30, "1450"), point(2017, 8, 31, "1400")));
        String rendered =
                SvgTimeChart.render(new TimeChart(title, "Minskar mot 1 300 kg.", "kg", SWEDISH, List.of(odd)));

        Document svg = SvgReading.parse(rendered);
        Element root = svg.getDocumentElement();
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getElementsByTagName("title").item(0).getTextContent()).isEqualTo(title);
        assertThat(root.getElementsByTagName("desc").item(0).getTextContent()).isEqualTo("Minskar mot 1 300 kg.");
        assertThat(SvgReading.legend(svg)).containsExactly("Värde 'å' & <ö>");
        assertThat(rendered)
                .contains("Fosforutsläpp &amp; &lt;kväve&gt;", "Värde")
                .doesNotContain("<kväve>", "<ö>");
    }

    @Test
    void writes_dates_and_numbers_in_the_readers_language() throws Exception {
        List<Series> series = List.of(new Series(
                "Utfall",
                Style.MEASURED,
                List.of(
                        point(2017, 4, 30, "1250000.5"),
                        point(2017, 8, 31, "1300000"),
                        point(2017, 12, 31, "1400000"))));

        List<String> swedish = SvgReading.texts(
                SvgReading.parse(SvgTimeChart.render(new TimeChart("T", null, "SEK", SWEDISH, series))));
        List<String> english = SvgReading.texts(
                SvgReading.parse(SvgTimeChart.render(new TimeChart("T", null, "SEK", Locale.ENGLISH, series))));

        assertThat(swedish).contains("maj 2017", "aug. 2017").anyMatch(t -> t.matches("1\u00A0[0-9]{3}\u00A0000"));
        assertThat(english).contains("May 2017", "Aug 2017").anyMatch(t -> t.matches("1,[0-9]{3},000"));
    }

    private static TimeChart chart(Locale locale, Series... series) {
        return new TimeChart("Antal projekt", null, "st", locale, List.of(series));
    }

    private static Series measured(int... values) {
        List<Point> points = new ArrayList<>();
        LocalDate end = LocalDate.of(2017, 4, 30);
        for (int value : values) {
            points.add(new Point(end, BigDecimal.valueOf(value)));
            end = end.plusMonths(4).withDayOfMonth(1).plusMonths(1).minusDays(1);
        }
        return new Series("Utfall", Style.MEASURED, points);
    }

    private static Series level(String name, Style style, int value) {
        return new Series(
                name,
                style,
                List.of(
                        new Point(LocalDate.of(2017, 1, 1), BigDecimal.valueOf(value)),
                        new Point(LocalDate.of(2017, 12, 31), BigDecimal.valueOf(value))));
    }

    private static Point point(int year, int month, int day, String value) {
        return new Point(LocalDate.of(year, month, day), new BigDecimal(value));
    }

    /** The style of the first drawn element in the first group of this class. */
    private static String style(Document svg, String groupClass) throws Exception {
        return (String) XPathFactory.newInstance()
                .newXPath()
                .evaluate(
                        "(//*[local-name()='g'][@class='" + groupClass + "']/*)[1]/@style", svg, XPathConstants.STRING);
    }
}
