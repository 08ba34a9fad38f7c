package se.maltavla.dashboard.ui.goal;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.maltavla.dashboard.ui.StatusBadge;
import se.maltavla.fulfilment.Level;
import se.maltavla.fulfilment.ResultRow;
import se.maltavla.shared.ui.DataTable;

class GoalViewTest extends GoalUiTest {

    private ResultRow goal;

    @BeforeEach
    void goal() {
        goal = row(Level.MAL, "T-1");
    }

    @Test
    void shows_the_goal_with_its_committee_status_fulfilment_and_coverage() {
        GoalView view = navigate("mal/" + goal.subjectId(), GoalView.class);

        assertThat($(H1.class).single().getText()).isEqualTo("Öka antalet EU-projekt");
        assertThat(view.getPageTitle()).isEqualTo("Mål T-1 – Måltavla");
        Section summary = $(Section.class).withId("goal-summary").single();
        assertThat(text(summary))
                .contains(
                        "Delvis uppfyllt",
                        "83,3 %",
                        "100,0 % (2 av 2 mätbara indikatorer har värde)",
                        "Kommunstyrelsen",
                        "2017-12-31");
        Anchor committee = $(Anchor.class).withText("Kommunstyrelsen").single();
        assertThat(committee.getHref()).isEqualTo("namnder/" + goal.parentId());
    }

    @Test
    void links_the_strategy_elements_it_counts_for_directly_and_through_the_strategy() {
        navigate("mal/" + goal.subjectId(), GoalView.class);

        List<ListItem> items = $(ListItem.class)
                .from($(Section.class).withId("goal-elements").single())
                .all();
        assertThat(items)
                .extracting(GoalUiTest::text)
                .containsExactly(
                        "PO-A Hållbara städer – Prioriterat område, direkt kopplat",
                        "FM-A Attraktivt boende – Fullmäktigemål, genom strategins kopplingar");
        ResultRow area = row(Level.ELEMENT, "PO-A");
        assertThat($(Anchor.class).withText("PO-A Hållbara städer").single().getHref())
                .isEqualTo("omrade/" + area.subjectId());
    }

    @Test
    void lists_its_indicators_with_status_value_used_target_and_a_link_each() {
        navigate("mal/" + goal.subjectId(), GoalView.class);

        assertThat(rows($(DataTable.class).withId("goal-indicator-table").single()))
                .containsExactly(
                        "T-1.1 Antal EU-projekt | Delvis uppfyllt | 75,0 % | 4,5 st (2017-T3) | 5 st | 2",
                        "T-1.2 Avtal med vänort klart | Uppfyllt | 100,0 % | ja (2017-T3) | ja | 1");
        ResultRow number = row(Level.INDIKATOR, "T-1.1");
        assertThat($(Anchor.class).withText("T-1.1 Antal EU-projekt").single().getHref())
                .isEqualTo("indikator/" + number.subjectId());
    }

    @Test
    void shows_every_guideline_and_smart_criterion_met_or_not_in_words() {
        navigate("mal/" + goal.subjectId(), GoalView.class);

        assertThat($(ListItem.class)
                        .from($(Section.class).withId("goal-guidelines").single())
                        .all())
                .extracting(GoalUiTest::text)
                .containsExactly(
                        "Ägare: uppfylls",
                        "Utförare: uppfylls inte",
                        "Förankrad: uppfylls",
                        "Rapporterad: uppfylls inte",
                        "Mätbar: uppfylls",
                        "Utgångsvärde: uppfylls",
                        "Måldatum: uppfylls");
        assertThat($(ListItem.class).withClassName("criterion-failed").all()).hasSize(2);
    }

    @Test
    void says_so_with_a_way_back_for_a_goal_the_plan_year_does_not_have() {
        for (String id : List.of("987654321", "abc", "0")) {
            navigate("mal/" + id, GoalView.class);

            assertThat($(H1.class).single().getText()).isEqualTo("Målet finns inte");
            assertThat(text($(Paragraph.class).first()))
                    .isEqualTo(
                            "Det finns inget mål med id " + id
                                    + " för kommun 9999, planår 2017. Det kan höra till en annan kommun eller ett annat planår.");
            assertThat($(Anchor.class).withId("back-to-overview").single().getHref())
                    .isEmpty();
        }
    }

    @Test
    void speaks_english_when_chosen() {
        UI.getCurrent().getSession().setLocale(Locale.ENGLISH);
        GoalView view = navigate("mal/" + goal.subjectId(), GoalView.class);

        assertThat(view.getPageTitle()).isEqualTo("Goal T-1 – Måltavla");
        assertThat(text($(Section.class).withId("goal-summary").single()))
                .contains("Partly met", "83.3 %", "100.0 % (2 of 2 measurable indicators have a value)");
        assertThat($(ListItem.class).withClassName("criterion").all())
                .extracting(GoalUiTest::text)
                .contains("Owner: met", "Executor: not met", "Target date: met");
        assertThat($(StatusBadge.class).all()).extracting(GoalUiTest::text).contains("Partly met", "Met");
    }

    @Test
    void exports_the_goal_its_indicators_and_elements_as_csv() {
        GoalPage page = GoalPage.find(
                        goal.subjectId(),
                        results(),
                        plans.goals("9999", 2017),
                        plans.indicators("9999", 2017),
                        fulfilment.guidelines("9999", 2017))
                .orElseThrow();
        StringWriter out = new StringWriter();

        GoalCsv.write(page, out);

        assertThat(out.toString().split("\r\n"))
                .containsExactly(
                        "\uFEFFniva;kommun;ar;datum;kod;namn;typ;namnd;uppfyllelse_procent;status;tackning_procent;indikatorer;"
                                + "indikatorer_med_varde;varde;period;utgangsvarde;malvarde;maldatum;vikt;prognos;riktlinjer_uppfylls_inte",
                        "mal;9999;2017;2017-12-31;T-1;Öka antalet EU-projekt;;Kommunstyrelsen;83,3;delvis;100;2;2;;;;;;;;utforare|rapporterad",
                        "indikator;9999;2017;2017-12-31;T-1.1;Antal EU-projekt;tal;Kommunstyrelsen;75;delvis;100;1;1;4,5;2017-T3;3;5;"
                                + "2017-12-31;2;risk;",
                        "indikator;9999;2017;2017-12-31;T-1.2;Avtal med vänort klart;ja_nej;Kommunstyrelsen;100;uppfyllt;100;1;1;ja;"
                                + "2017-T3;;ja;2017-12-31;1;;",
                        "element;9999;2017;2017-12-31;PO-A;Hållbara städer;prioriterat_omrade;;83,3;delvis;100;2;2;;;;;;;;",
                        "element;9999;2017;2017-12-31;FM-A;Attraktivt boende;fullmaktigemal;;83,3;delvis;100;2;2;;;;;;;;");
    }
}
