package se.maltavla.dashboard.ui.area;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Section;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;
import se.maltavla.fulfilment.Level;
import se.maltavla.fulfilment.ResultRow;
import se.maltavla.support.SampleDataUiTest;
import se.maltavla.support.Text;

@WithMockUser(username = "anna", roles = "VIEWER")
class AreaViewTest extends SampleDataUiTest {

    @Test
    void shows_a_priority_area_with_its_contributing_goals_links_and_texts() {
        navigate("omrade/" + elementId("PO-HS"), AreaView.class);

        assertThat($(H1.class).single().getText()).isEqualTo("Hållbara städer");
        assertThat(Text.of($(Div.class).withId("area-figure").single()))
                .contains("81,1 %", "Delvis uppfyllt", "6 av 6 indikatorer rapporterade");
        assertThat(Text.of($(Section.class).withId("area-goals").single()))
                .contains(
                        "KS-17-1",
                        "MBN-17-1",
                        "MBN-17-2",
                        "MT-17-1 Minska näringsutsläppen till Östersjön",
                        "Ronneby Miljö & Teknik AB",
                        "80,0 %",
                        "Ej mätbar");
        assertThat(Text.of($(Section.class).withId("area-goals").single())).contains("Mål som bidrar (4)");
        assertThat($(Anchor.class).withTextContaining("MT-17-1").single().getHref())
                .isEqualTo("mal/" + goalId("MT-17-1"));
        assertThat($(Anchor.class).withText("Attraktivt boende").single().getHref())
                .isEqualTo("omrade/" + elementId("FM-BOENDE"));
        assertThat(Text.of($(Section.class).withId("area-texts").single()))
                .contains("Arbetet med hållbara städer har gett konkreta resultat", "berattelse-2017.csv, rad 2");
    }

    @Test
    void shows_a_council_goal_with_the_priority_areas_that_serve_it() {
        navigate("omrade/" + elementId("FM-BOENDE"), AreaView.class);

        assertThat(Text.of($(Section.class).withId("area-links").single()))
                .contains("Får bidrag från", "Hållbara städer");
    }

    @Test
    void says_so_for_an_element_that_is_not_in_the_chosen_strategy() {
        navigate("omrade/999999", AreaView.class);

        assertThat($(H1.class).single().getText()).isEqualTo("Strategielement");
        assertThat(Text.of($(AreaView.class).single()))
                .contains("Det här elementet finns inte i strategin för kommun Ronneby planår 2017", "Till översikten");
    }

    private long elementId(String code) {
        return id(Level.ELEMENT, code);
    }

    private long goalId(String code) {
        return id(Level.MAL, code);
    }

    private long id(Level level, String code) {
        return fulfilment.results("1081", 2017, java.time.LocalDate.of(2017, 12, 31)).rows(level).stream()
                .filter(r -> r.code().equals(code))
                .map(ResultRow::subjectId)
                .findFirst()
                .orElseThrow();
    }
}
