package se.maltavla.dashboard.ui.goal;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import se.maltavla.chart.SvgReading;
import se.maltavla.fulfilment.Level;
import se.maltavla.fulfilment.ResultRow;
import se.maltavla.shared.ui.DataTable;

class IndicatorViewTest extends GoalUiTest {

    private ResultRow number;
    private ResultRow milestone;

    @BeforeEach
    void indicators() {
        number = row(Level.INDIKATOR, "T-1.1");
        milestone = row(Level.INDIKATOR, "T-1.2");
    }

    @Test
    void shows_the_status_the_value_used_and_the_forecast_in_words() {
        IndicatorView view = navigate("indikator/" + number.subjectId(), IndicatorView.class);

        assertThat($(H1.class).single().getText()).isEqualTo("Antal EU-projekt");
        assertThat(view.getPageTitle()).isEqualTo("Indikator T-1.1 – Måltavla");
        Anchor goal = $(Anchor.class).withText("T-1 Öka antalet EU-projekt").single();
        assertThat(goal.getHref()).isEqualTo("mal/" + number.parentId());
        String summary = text($(Section.class).withId("indicator-summary").single());
        assertThat(summary)
                .contains(
                        "Delvis uppfyllt",
                        "75,0 %",
                        "4,5 st (2017-T3)",
                        "75,0 % (före avgränsning till 0–100 %)",
                        "Risk: trenden når bara 4,6 st vid måldatum 2017-12-31");
    }

    @Test
    void draws_values_baseline_target_and_forecast_with_a_text_alternative() throws Exception {
        navigate("indikator/" + number.subjectId(), IndicatorView.class);

        Svg chart = $(Svg.class).withId("indicator-chart").single();
        Document svg = SvgReading.parse(chart.getElement().getProperty("innerHTML"));
        assertThat(SvgReading.count(svg, "series-measured marker")).isEqualTo(3);
        assertThat(SvgReading.count(svg, "series-baseline line")).isEqualTo(1);
        assertThat(SvgReading.count(svg, "series-target marker")).isEqualTo(1);
        assertThat(SvgReading.count(svg, "series-forecast marker")).isEqualTo(1);
        assertThat(SvgReading.legend(svg)).containsExactly("Utfall", "Utgångsvärde", "Målvärde", "Prognos (trend)");
        assertThat(svg.getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo("Utfall mot mål för T-1.1 Antal EU-projekt");
        assertThat(chart.getElement().getAttribute("aria-describedby"))
                .isEqualTo("indicator-chart-description indicator-values-table");
        assertThat(text($(Paragraph.class).withId("indicator-chart-description").single()))
                .matches(
                        "3 värden, från 2017-04-30 till 2017-12-31; senast 4,5 st\\. Utgångsvärde 3 st\\. Målvärde 5 st till "
                                + "2017-12-31\\. Trenden \\(streckad\\) pekar mot 4,6 st vid måldatum\\. Värdena finns i tabellen under Värden\\.");
    }

    @Test
    void lists_every_value_with_its_source_file_and_line_and_marks_the_one_used() {
        navigate("indikator/" + number.subjectId(), IndicatorView.class);

        assertThat(rows(table()))
                .containsExactly(
                        "2017-T1 | 2017-04-30 | 3 st | – | – | utfall-2017.csv | 2 | ",
                        "2017-T2 | 2017-08-31 | 4 st | Två nya ansökningar | Internationella samordnaren | utfall-2017.csv | 3 | ",
                        "2017-T3 | 2017-12-31 | 4,5 st | =SUMMA(A1) | Ekonomi & <plan> | utfall-2017.csv | 4 | Används");
        assertThat(text(table()))
                .startsWith("Alla värden för indikatorn med källfil och rad Period Periodens slut Värde");
    }

    @Test
    void shows_the_indicators_plan_row() {
        navigate("indikator/" + number.subjectId(), IndicatorView.class);

        String facts =
                text($(DescriptionList.class).withId("indicator-facts-list").single());
        assertThat(facts)
                .contains(
                        "Tal",
                        "Öka (högre är bättre)",
                        "3 st",
                        "5 st",
                        "2017-12-31",
                        "Kommundirektören",
                        "Internationella samordnaren",
                        "2017-02-01",
                        "2017-03-01",
                        "handlingsplan.csv, rad 2");
    }

    @Test
    void shows_a_milestone_as_a_timeline_without_a_chart_or_forecast() {
        navigate("indikator/" + milestone.subjectId(), IndicatorView.class);

        assertThat($(Svg.class).all()).isEmpty();
        assertThat($(ListItem.class)
                        .from($(Section.class).withId("indicator-chart").single())
                        .all())
                .extracting(GoalUiTest::text)
                .containsExactly("2017-T2 (t.o.m. 2017-08-31): nej", "2017-T3 (t.o.m. 2017-12-31): ja");
        assertThat(text($(Section.class).withId("indicator-summary").single()))
                .contains("Uppfyllt", "ja (2017-T3)", "Ingen prognos för en ja/nej-indikator");
        assertThat(text($(Section.class).withId("indicator-facts").single()))
                .contains("Ja/nej (milstolpe)", "Utförare –");
    }

    @Test
    void says_so_with_a_way_back_for_an_indicator_the_plan_year_does_not_have() {
        for (String id : List.of("987654321", "-1", "1.5")) {
            navigate("indikator/" + id, IndicatorView.class);

            assertThat($(H1.class).single().getText()).isEqualTo("Indikatorn finns inte");
            assertThat(text($(Paragraph.class).first()))
                    .isEqualTo(
                            "Det finns ingen indikator med id " + id
                                    + " för kommun 9999, planår 2017. Den kan höra till en annan kommun eller ett annat planår.");
            assertThat($(Anchor.class).withId("back-to-overview").single().getText())
                    .isEqualTo("Till översikten");
        }
    }

    @Test
    void speaks_english_when_chosen() {
        UI.getCurrent().getSession().setLocale(Locale.ENGLISH);
        IndicatorView view = navigate("indikator/" + number.subjectId(), IndicatorView.class);

        assertThat(view.getPageTitle()).isEqualTo("Indicator T-1.1 – Måltavla");
        assertThat(text($(Section.class).withId("indicator-summary").single()))
                .contains("At risk: the trend reaches only 4.6 st at the target date 2017-12-31");
        assertThat(text($(Paragraph.class).withId("indicator-chart-description").single()))
                .startsWith(
                        "3 values, from 2017-04-30 to 2017-12-31; latest 4.5 st. Baseline 3 st. Target 5 st by 2017-12-31.");
        assertThat(text(table()))
                .startsWith("Every value of the indicator with its source file and line Period Period end");
        assertThat(rows(table()).getLast()).endsWith("| Used");
    }

    @Test
    void exports_the_values_with_their_source_file_and_line_as_csv() {
        IndicatorPage page = IndicatorPage.find(number.subjectId(), results(), plans.indicators("9999", 2017))
                .orElseThrow();
        StringWriter out = new StringWriter();

        IndicatorCsv.write(page, out);

        assertThat(out.toString().split("\r\n"))
                .containsExactly(
                        "\uFEFFkommun;ar;datum;indikator_kod;indikator;typ;enhet;period;period_slut;varde;kommentar;rapporterad_av;fil;rad;"
                                + "anvands;utgangsvarde;malvarde;maldatum",
                        "9999;2017;2017-12-31;T-1.1;Antal EU-projekt;tal;st;2017-T1;2017-04-30;3;;;utfall-2017.csv;2;nej;3;5;2017-12-31",
                        "9999;2017;2017-12-31;T-1.1;Antal EU-projekt;tal;st;2017-T2;2017-08-31;4;Två nya ansökningar;"
                                + "Internationella samordnaren;utfall-2017.csv;3;nej;3;5;2017-12-31",
                        "9999;2017;2017-12-31;T-1.1;Antal EU-projekt;tal;st;2017-T3;2017-12-31;4,5;'=SUMMA(A1);Ekonomi & <plan>;"
                                + "utfall-2017.csv;4;ja;3;5;2017-12-31");
    }

    private DataTable<?> table() {
        return $(DataTable.class).withId("indicator-values-table").single();
    }
}
