package se.maltavla.dashboard.ui.committee;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import se.maltavla.dashboard.ui.DashboardContext;
import se.maltavla.dashboard.ui.SmallPlanYearTest;
import se.maltavla.fulfilment.FulfilmentService;

@WithMockUser(roles = "VIEWER")
class CommitteesViewTest extends SmallPlanYearTest {

    @Autowired
    FulfilmentService fulfilment;

    @Test
    void lists_each_committee_with_fulfilment_status_reporting_and_guidelines() {
        navigate(CommitteesView.class);

        assertThat(committeeRow("Nämnd A"))
                .contains("Nämnd A", "45,0 %", "Ej uppfyllt", "2 av 2 indikatorer rapporterade");
        assertThat(committeeRow("Nämnd B")).contains("Nämnd B", "100,0 %", "Uppfyllt", "1 av 1 indikator rapporterad");
        assertThat(committeeRow("Nämnd A"))
                .as("no owner given in the plan: no goal meets every guideline")
                .contains("0,0 % (0 av 2)");
        assertThat($(Anchor.class).all().stream().map(Anchor::getHref).toList())
                .anyMatch(h -> h.matches("namnder/\\d+"));
    }

    @Test
    void the_export_holds_the_rows_the_list_shows() {
        navigate(CommitteesView.class);
        DashboardContext context = spring.getBean(DashboardContext.class);
        StringWriter out = new StringWriter();

        CommitteeCsv.list(new CommitteeFigures(context.results(), fulfilment.guidelines(MUNICIPALITY, YEAR)), out);

        assertThat(out.toString().lines().toList())
                .containsExactly(
                        "\uFEFF" + String.join(";", CommitteeCsv.LIST_HEADER),
                        "2901;2016;2016-12-31;Nämnd A;45;ej_uppfyllt;2;2;0;2;0",
                        "2901;2016;2016-12-31;Nämnd B;100;uppfyllt;1;1;0;1;0");
    }

    @Test
    void shows_one_committee_with_its_goals_guidelines_and_breaches() {
        navigate("namnder/" + committeeId("Nämnd A"), CommitteeView.class);

        String text = viewText();
        assertThat(text)
                .contains(
                        "Nämnd A",
                        "Alla nämnder",
                        "Renare vatten",
                        "M1",
                        "Fler utbyten",
                        "M3",
                        "Delvis uppfyllt",
                        "Ej uppfyllt",
                        "60,0 %",
                        "30,0 %",
                        "Riktlinjer",
                        "Ägare",
                        "0,0 % (0 av 2)",
                        "Mätbar",
                        "100,0 % (2 av 2)",
                        "Avvikelser från riktlinjerna (2)",
                        "saknar ägare");
        assertThat(text).doesNotContain("Fler elever utomlands");
        List<String> goalLinks = $(Anchor.class).all().stream()
                .map(Anchor::getHref)
                .filter(h -> h.startsWith("mal/"))
                .toList();
        assertThat(goalLinks).hasSizeGreaterThanOrEqualTo(2).allMatch(h -> h.matches("mal/\\d+"));
    }

    @Test
    void an_unknown_committee_is_said_so_with_a_way_back_to_the_list() {
        navigate("namnder/999999999", CommitteeView.class);

        assertThat(viewText()).contains("Nämnden finns inte", "Det finns ingen nämnd med id 999999999", "Alla nämnder");
        assertThat($(Anchor.class).all().stream().map(Anchor::getHref)).contains("namnder");

        navigate("namnder/inte-ett-id", CommitteeView.class);
        assertThat(viewText()).contains("Nämnden finns inte");
    }

    private String committeeId(String name) {
        navigate(CommitteesView.class);
        return $(Anchor.class).all().stream()
                .filter(a -> a.getText().equals(name))
                .findFirst()
                .orElseThrow()
                .getHref()
                .substring("namnder/".length());
    }

    private String viewText() {
        return getCurrentView().getElement().getTextRecursively();
    }
}
