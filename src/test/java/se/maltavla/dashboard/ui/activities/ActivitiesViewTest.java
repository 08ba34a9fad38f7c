package se.maltavla.dashboard.ui.activities;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithMockUser;
import se.maltavla.activity.ActivityService;
import se.maltavla.dashboard.Selection;
import se.maltavla.dashboard.ui.DashboardContext;
import se.maltavla.dataimport.ImportService;
import se.maltavla.fulfilment.GuidelineCriterion;
import se.maltavla.shared.ui.CsvExport;
import se.maltavla.support.Text;
import se.maltavla.support.UiTest;

/** The Activities view in a simulated browser, over a small municipality (9901) imported for it. */
@WithMockUser(roles = "COORDINATOR")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ActivitiesViewTest extends UiTest {

    @Autowired
    ApplicationContext spring;

    @Autowired
    ActivityService activities;

    @Autowired
    ImportService imports;

    @BeforeAll
    void importMunicipality() {
        new ActivityData(imports).importIt();
    }

    @BeforeEach
    void select2016() {
        show(2016);
    }

    @Test
    void shows_the_years_activities_by_type_each_with_its_facts_and_guideline_check() {
        navigate(ActivitiesView.class);

        assertThat($(H1.class).single().getText()).isEqualTo("Aktiviteter");
        assertThat(text("activities-lead"))
                .contains(
                        "pågår någon gång under 2016", "startade senast 2016-12-31", "inte avslutade före 2016-01-01");
        assertThat($(H2.class).all())
                .extracting(H2::getText)
                .containsExactly(
                        "Vänorter (1)",
                        "Projekt (1)",
                        "Nätverk (1)",
                        "Utbyten (1)",
                        "Partner per land",
                        "Extern finansiering och budget");
        assertThat($(H3.class).all())
                .extracting(H3::getText)
                .containsExactly("Vänort Schopfheim", "BalticWater", "Eurocities", "Studieresa Kyoto");
        assertThat(card("VO-A"))
                .contains(
                        "Kod VO-A",
                        "Stadt Schopfheim",
                        "Tyskland",
                        "2016-01-01 – 2016-12-31",
                        "Kommunstyrelsen",
                        "PO1 Hållbara städer",
                        "Följer riktlinjerna");
        assertThat(card("PR-B"))
                .contains(
                        "Elbląg; Klaipėda",
                        "Polen",
                        "2016-09-01 – 2016-12-31",
                        "PER1 Jämställdhet",
                        "2\u00A0400\u00A0000 kr",
                        "1\u00A0800\u00A0000 kr",
                        "Interreg",
                        "Bryter mot riktlinjerna: saknar utförare, förankrad, rapporterad");
        assertThat(card("NV-C")).contains("från 2016-01-01, pågår", "45\u00A0000 kr");
        assertThat($(CsvExport.class).single().getElement().getAttribute("title"))
                .contains("aktiviteter-9901-2016.csv");
    }

    @Test
    void shows_partners_by_country_on_the_map_and_as_a_table_listing_countries_off_the_map_apart() {
        navigate(ActivitiesView.class);

        String map = $(Svg.class).all().getFirst().getElement().getProperty("innerHTML");
        assertThat(map)
                .contains(
                        "Karta över Europa: partner per land under 2016",
                        "data-country=\"PL\" data-partners=\"2\"",
                        "data-country=\"DE\" data-partners=\"1\"",
                        "data-country=\"BE\" data-partners=\"1\"",
                        ">Hem</text>");
        assertThat(text("map-unplaced")).isEqualTo("Partner i länder som inte syns på kartan: Japan (1)");
        assertThat(rows("partner-table"))
                .containsExactly(
                        "Polen | 2 | BalticWater",
                        "Belgien | 1 | Eurocities",
                        "Tyskland | 1 | Vänort Schopfheim",
                        "Japan | 1 | Studieresa Kyoto");
    }

    @Test
    void shows_external_funding_against_the_budget_as_a_chart_and_the_same_figures_as_a_table() {
        navigate(ActivitiesView.class);

        String chart = $(Svg.class).all().get(1).getElement().getProperty("innerHTML");
        assertThat(chart)
                .contains(
                        "Budget och extern finansiering per aktivitet under 2016",
                        "BalticWater",
                        "Eurocities",
                        "2\u00A0400\u00A0000");
        assertThat(rows("funding-table"))
                .containsExactly(
                        "BalticWater | 2 400 000 kr | 1 800 000 kr | 75,0 % | Interreg",
                        "Eurocities | 45 000 kr | – | – | –", "Totalt | 2 445 000 kr | 1 800 000 kr | 73,6 % | ");
    }

    @Test
    void exports_the_activities_shown_with_partner_country_dates_money_nämnd_and_guideline_failures() {
        StringWriter out = new StringWriter();
        ActivitiesCsv.write(
                new ActivityFacts(
                        "9901",
                        2016,
                        activities.activities("9901", 2016),
                        Map.of(activities.activities("9901", 2016).get(1).id(), Set.of(GuidelineCriterion.REPORTED))),
                out);

        List<String> lines = out.toString().lines().toList();
        assertThat(lines.getFirst())
                .isEqualTo("\uFEFFkommun;ar;typ;aktivitet_kod;namn;namnd;partner;land;startdatum;slutdatum;"
                        + "budget_sek;extern_finansiering_sek;finansiar;kopplingar;perspektiv;riktlinjer_brister");
        assertThat(lines)
                .contains(
                        "9901;2016;projekt;PR-B;BalticWater;;\"Elbląg; Klaipėda\";PL;2016-09-01;2016-12-31;2400000;1800000;Interreg;PO1;PER1;rapporterad",
                        "9901;2016;vanort;VO-A;Vänort Schopfheim;Kommunstyrelsen;Stadt Schopfheim;DE;2016-01-01;2016-12-31;;;;PO1;;");
        assertThat(lines).hasSize(5);
    }

    @Test
    void shows_only_the_activities_running_in_the_selected_plan_year() {
        show(2017);
        navigate(ActivitiesView.class);

        assertThat(text("activities-lead")).contains("under 2017");
        assertThat($(H3.class).all()).extracting(H3::getText).containsExactly("Eurocities");
        assertThat(rows("partner-table")).containsExactly("Belgien | 1 | Eurocities");
    }

    @Test
    void speaks_english_when_chosen() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(ActivitiesView.class);

        assertThat($(H1.class).single().getText()).isEqualTo("Activities");
        assertThat($(H2.class).all())
                .extracting(H2::getText)
                .contains("Twin towns (1)", "Projects (1)", "Partners by country", "External funding and budget");
        assertThat(card("PR-B"))
                .contains("Poland", "SEK 2,400,000", "Breaks the guidelines: no executor, anchored, reported");
        assertThat(text("map-unplaced")).isEqualTo("Partners in countries not shown on the map: Japan (1)");
        assertThat(rows("funding-table")).contains("Total | SEK 2,445,000 | SEK 1,800,000 | 73.6 % | ");
    }

    @Test
    @WithMockUser(roles = "VIEWER")
    void a_viewer_sees_the_activities_too() {
        navigate(ActivitiesView.class);

        assertThat($(H3.class).all()).hasSize(4);
    }

    private void show(int year) {
        spring.getBean(DashboardContext.class).select(new Selection("9901", year, null));
    }

    private String text(String id) {
        return $(Paragraph.class).id(id).getText();
    }

    private String card(String code) {
        return $(Div.class).withClassName("activity").all().stream()
                .filter(d -> code.equals(d.getElement().getAttribute("data-code")))
                .findFirst()
                .orElseThrow()
                .getElement()
                .getTextRecursively();
    }

    /** Each body row's cells joined with " | ". */
    private List<String> rows(String tableId) {
        NativeTable table = $(NativeTable.class).id(tableId);
        return table.getBody().getRows().stream()
                .map(row -> String.join(
                        " | ", row.getAllCells().stream().map(Text::of).toList()))
                .toList();
    }
}
