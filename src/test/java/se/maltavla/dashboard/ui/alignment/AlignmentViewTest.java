package se.maltavla.dashboard.ui.alignment;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;
import se.maltavla.dashboard.ui.SmallPlanYearTest;

@WithMockUser(roles = "VIEWER")
class AlignmentViewTest extends SmallPlanYearTest {

    @Test
    void shows_the_strategy_as_a_table_with_headers_a_screen_reader_can_follow() {
        navigate(AlignmentView.class);

        NativeTable table = $(NativeTable.class).single();
        assertThat(table.getCaptionText())
                .isEqualTo(
                        "Prioriterat område (rader) och strategins mål (kolumner), planåret 2016, utvärderat per 2016-12-31");
        List<NativeTableHeaderCell> groups =
                table.getHead().getRows().getFirst().getHeaderCells();
        assertThat(groups)
                .extracting(NativeTableHeaderCell::getText)
                .containsExactly("Prioriterat område", "Fullmäktigemål", "Europa 2020", "EUSBSR");
        assertThat(groups)
                .extracting(c -> c.getElement().getAttribute("scope"))
                .containsExactly("col", "colgroup", "colgroup", "colgroup");
        List<NativeTableHeaderCell> columns = table.getHead().getRows().get(1).getHeaderCells();
        assertThat(columns)
                .extracting(c -> c.getElement().getTextRecursively())
                .containsExactly(
                        "Attraktivt boende",
                        "En bra skola",
                        "Klart vatten i havet",
                        "Rädda havet",
                        "Sammanlänka regionen");
        assertThat(columns).allMatch(c -> "col".equals(c.getElement().getAttribute("scope")));
        assertThat(table.getBody().getRows())
                .extracting(r -> r.getHeaderCells().getFirst().getElement().getAttribute("scope"))
                .containsOnly("row");
        assertThat($(Anchor.class).all().stream().map(Anchor::getHref).filter(h -> h.startsWith("omrade/")))
                .hasSize(2 + 5)
                .allMatch(h -> h.matches("omrade/\\d+"));
    }

    @Test
    void a_cell_says_whether_the_area_links_to_the_goal_and_how_the_goals_serving_both_fare() {
        navigate(AlignmentView.class);

        assertThat(cell("PO1", "FM1")).as("M1 60 % and M3 30 %").isEqualTo("Kopplat.45,0 %Ej uppfyllt2 mål");
        assertThat(cell("PO1", "EXT2")).as("linked through EXT1").startsWith("Kopplat.45,0 %");
        assertThat(cell("PO1", "FM2")).as("M3 links to both itself").isEqualTo("Inte kopplat.30,0 %Ej uppfyllt1 mål");
        assertThat(cell("PO2", "FM2")).isEqualTo("Kopplat.100,0 %Uppfyllt1 mål");
        assertThat(cell("PO2", "EXT3")).isEqualTo("–Inte kopplat, inga gemensamma mål.");
    }

    private String cell(String row, String column) {
        NativeTableRow tr = $(NativeTableRow.class).all().stream()
                .filter(r -> row.equals(r.getElement().getAttribute("data-code")))
                .findFirst()
                .orElseThrow();
        NativeTableCell td = tr.getDataCells().stream()
                .filter(c -> column.equals(c.getElement().getAttribute("data-column")))
                .findFirst()
                .orElseThrow();
        return td.getElement().getTextRecursively();
    }
}
