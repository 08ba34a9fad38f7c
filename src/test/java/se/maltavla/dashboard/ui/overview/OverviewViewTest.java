package se.maltavla.dashboard.ui.overview;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;
import se.maltavla.fulfilment.Level;
import se.maltavla.fulfilment.ResultRow;
import se.maltavla.support.SampleDataUiTest;
import se.maltavla.support.Text;

@WithMockUser(username = "anna", roles = "VIEWER")
class OverviewViewTest extends SampleDataUiTest {

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.context.ApplicationContext spring;

    /** Ronneby 2017, whatever another test of the shared UI database chose or imported before. */
    @org.junit.jupiter.api.BeforeEach
    void ronneby2017() {
        spring.getBean(se.maltavla.dashboard.ui.DashboardContext.class)
                .select(new se.maltavla.dashboard.Selection("1081", 2017, null));
    }

    @Test
    void shows_a_card_per_priority_area_with_figure_status_and_reporting() {
        navigate(OverviewView.class);

        List<String> cards = $(Div.class).withClassName("card").all().stream()
                .map(OverviewViewTest::text)
                .toList();
        assertThat(cards).hasSize(5);
        assertThat(cards.getFirst())
                .contains("Hållbara städer", "81,1 %", "Delvis uppfyllt", "6 av 6 indikatorer rapporterade");
        assertThat(cards)
                .anySatisfy(card -> assertThat(card)
                        .contains("Minskat utanförskap", "100,0 %", "Uppfyllt", "2 av 3 indikatorer rapporterade"));
        assertThat($(Anchor.class).withText("Hållbara städer").single().getHref())
                .matches("omrade/\\d+");
    }

    @Test
    void shows_the_municipality_s_figure_and_how_many_goals_have_each_status() {
        navigate(OverviewView.class);

        assertThat(text($(Section.class).withId("overall").single()))
                .contains(
                        "74,9 %", "Delvis uppfyllt", "23 av 25 indikatorer rapporterade", "utvärderat per 2017-12-31");
        assertThat(text($(Div.class).withId("goal-statuses").single()))
                .contains(
                        "Uppfyllt 4 mål",
                        "Delvis uppfyllt 6 mål",
                        "Ej uppfyllt 3 mål",
                        "Värde saknas 1 mål",
                        "Ej mätbar 1 mål");
    }

    @Test
    void shows_the_change_since_the_previous_tertial() {
        ResultRow before = fulfilment.results("1081", 2017, LocalDate.of(2017, 8, 31)).rows(Level.ELEMENT).stream()
                .filter(r -> r.code().equals("PO-HS"))
                .findFirst()
                .orElseThrow();
        BigDecimal change = new BigDecimal("81.1").subtract(before.fulfilmentPercent());

        navigate(OverviewView.class);

        String card = text($(Div.class).withClassName("card").first());
        assertThat(card)
                .contains((change.signum() >= 0 ? "+" : "−")
                        + change.abs().toPlainString().replace('.', ',') + " procentenheter sedan 2017-08-31");
    }

    @Test
    void lists_what_needs_attention() {
        navigate(OverviewView.class);

        assertThat(text($(Section.class).withId("attention-not-met").single()))
                .contains("Mål som inte uppfylls (3)", "KS-17-3", "UN-17-1", "VON-17-1");
        assertThat(text($(Section.class).withId("attention-no-values").single()))
                .contains("SN-17-2")
                .doesNotContain("MBN-17-2");
        assertThat(text($(Section.class).withId("attention-committees").single()))
                .contains("Inga.");
        assertThat(text($(Section.class).withId("attention-activities").single()))
                .contains("VO-SLAVSK", "saknar");
    }

    @Test
    void shows_kungsbacka_s_three_pillars_when_kungsbacka_is_chosen() {
        navigate(OverviewView.class);

        @SuppressWarnings("unchecked")
        Select<String> municipality =
                $(Select.class).withId("select-municipality").single();
        test(municipality).selectItem("Kungsbacka (1384)");

        List<String> cards = $(Div.class).withClassName("card").all().stream()
                .map(OverviewViewTest::text)
                .toList();
        assertThat(cards).hasSize(3);
        assertThat(String.join("\n", cards)).contains("Internationella kontakter", "58,3 %", "91,7 %", "73,3 %");
        assertThat(text($(Section.class).withId("areas").single())).startsWith("Grundpelare");
        assertThat(text($(Section.class).withId("overall").single())).contains("71,0 %", "utvärderat per 2020-12-31");
    }

    private static String text(com.vaadin.flow.component.Component component) {
        return Text.of(component);
    }
}
