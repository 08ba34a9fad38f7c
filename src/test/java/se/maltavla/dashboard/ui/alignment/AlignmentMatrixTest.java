package se.maltavla.dashboard.ui.alignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.maltavla.fulfilment.AlignmentMatrix;
import se.maltavla.fulfilment.Level;
import se.maltavla.fulfilment.PlanYearResults;
import se.maltavla.fulfilment.ResultRow;
import se.maltavla.fulfilment.Status;
import se.maltavla.fulfilment.Thresholds;
import se.maltavla.strategy.ElementType;
import se.maltavla.strategy.Strategy;
import se.maltavla.strategy.StrategyElement;

/** The matrix's rows, columns and cells (docs/fulfilment.md §7.3). */
class AlignmentMatrixTest {

    private static final StrategyElement PO1 = element(1, "PO1", "prioriterat_omrade", null, "FM1", "EXT1");
    private static final StrategyElement PO2 = element(2, "PO2", "prioriterat_omrade", null, "FM2");
    private static final StrategyElement FM1 = element(3, "FM1", "fullmaktigemal", null);
    private static final StrategyElement FM2 = element(4, "FM2", "fullmaktigemal", null);
    private static final StrategyElement EXT1 = element(5, "EXT1", "extern", "Europa 2020", "EXT2");
    private static final StrategyElement EXT3 = element(6, "EXT3", "extern", "EUSBSR");
    private static final StrategyElement EXT2 = element(7, "EXT2", "extern", "Europa 2020");
    private static final StrategyElement OM1 = element(8, "OM1", "overgripande_mal", null);
    private static final StrategyElement PER = element(9, "PER", "perspektiv", null);

    // Goals 11 (60 %), 12 (100 %), 13 (1/3: exactly), 14 (saknas, 2 indicators without value).
    private static final Map<Long, Set<Long>> CONTRIBUTORS = Map.of(
            1L,
            Set.of(11L, 13L, 14L),
            2L,
            Set.of(12L),
            3L,
            Set.of(11L, 13L, 14L),
            4L,
            Set.of(12L, 13L),
            5L,
            Set.of(11L, 13L, 14L),
            7L,
            Set.of(11L, 13L, 14L));

    private final AlignmentMatrix matrix = AlignmentMatrix.of(
            List.of(strategy(PO1, PO2, FM1, FM2, EXT1, EXT3, EXT2, OM1, PER)), results(Thresholds.DEFAULT));

    @Test
    void rows_are_the_priority_areas_and_columns_council_goals_overarching_goals_then_external_objectives_by_group() {
        assertThat(matrix.rows()).containsExactly(PO1, PO2);
        assertThat(matrix.rowType().code()).isEqualTo("prioriterat_omrade");
        assertThat(matrix.groups())
                .extracting(g -> g.type().code(), AlignmentMatrix.ColumnGroup::name)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("fullmaktigemal", null),
                        org.assertj.core.groups.Tuple.tuple("overgripande_mal", null),
                        org.assertj.core.groups.Tuple.tuple("extern", "Europa 2020"),
                        org.assertj.core.groups.Tuple.tuple("extern", "EUSBSR"));
        assertThat(matrix.columns()).containsExactly(FM1, FM2, OM1, EXT1, EXT2, EXT3);
    }

    @Test
    void a_strategy_without_priority_areas_has_its_pillars_as_rows() {
        StrategyElement pillar = element(20, "GP1", "grundpelare", null, "EXT3");
        AlignmentMatrix pillars = AlignmentMatrix.of(List.of(strategy(pillar, EXT3)), results(Thresholds.DEFAULT));

        assertThat(pillars.rows()).containsExactly(pillar);
        assertThat(pillars.rowType().code()).isEqualTo("grundpelare");
        assertThat(pillars.cell(pillar, EXT3).linked()).isTrue();
    }

    @Test
    void a_cell_is_linked_directly_or_through_other_elements_links_in_the_links_direction() {
        assertThat(matrix.cell(PO1, FM1).linked()).as("direct").isTrue();
        assertThat(matrix.cell(PO1, EXT2).linked()).as("through EXT1").isTrue();
        assertThat(matrix.cell(PO1, FM2).linked()).isFalse();
        assertThat(matrix.cell(PO2, FM2).linked()).isTrue();
        assertThat(matrix.cell(PO2, EXT2).linked()).isFalse();
    }

    @Test
    void a_cell_is_the_plain_mean_of_the_goals_contributing_to_both_exactly() {
        AlignmentMatrix.Cell cell = matrix.cell(PO1, FM1);

        assertThat(cell.goals())
                .as("goal 14 counts, though it has no fulfilment")
                .isEqualTo(3);
        // (0,6 + 1/3) / 2 = 0,4666…: below 50 %, though no rounding was needed to decide it.
        assertThat(cell.figures().fulfilment())
                .isEqualByComparingTo(new BigDecimal("0.6")
                        .add(BigDecimal.ONE.divide(BigDecimal.valueOf(3), java.math.MathContext.DECIMAL128))
                        .divide(BigDecimal.valueOf(2), java.math.MathContext.DECIMAL128));
        assertThat(cell.figures().status()).isEqualTo(Status.EJ_UPPFYLLT);
        assertThat(cell.figures().indicators()).isEqualTo(1 + 3 + 2);
        assertThat(cell.figures().indicatorsWithValue()).isEqualTo(1 + 3);
    }

    @Test
    void an_unlinked_cell_still_shows_the_goals_that_serve_both() {
        AlignmentMatrix.Cell cell = matrix.cell(PO1, FM2);

        assertThat(cell.linked()).isFalse();
        assertThat(cell.goals()).isEqualTo(1);
        assertThat(cell.figures().fulfilment())
                .isEqualByComparingTo(BigDecimal.ONE.divide(BigDecimal.valueOf(3), java.math.MathContext.DECIMAL128));
    }

    @Test
    void a_cell_without_goals_in_common_is_not_measurable() {
        AlignmentMatrix.Cell cell = matrix.cell(PO2, EXT3);

        assertThat(cell.goals()).isZero();
        assertThat(cell.figures().status()).isEqualTo(Status.EJ_MATBAR);
        assertThat(cell.figures().fulfilment()).isNull();
    }

    @Test
    void the_municipalitys_thresholds_decide_the_cells_status() {
        AlignmentMatrix lenient = AlignmentMatrix.of(
                List.of(strategy(PO1, PO2, FM1, FM2)),
                results(new Thresholds(new BigDecimal("90"), new BigDecimal("45"))));

        assertThat(lenient.cell(PO1, FM1).figures().status()).as("46,7 % ≥ 45").isEqualTo(Status.DELVIS);
        assertThat(lenient.cell(PO2, FM2).figures().status()).isEqualTo(Status.UPPFYLLT);
    }

    @Test
    void the_export_has_a_line_per_cell_in_the_export_dialect() {
        java.io.StringWriter out = new java.io.StringWriter();

        AlignmentCsv.write(matrix, out);

        List<String> lines = out.toString().lines().toList();
        assertThat(lines.getFirst()).isEqualTo("\uFEFF" + String.join(";", AlignmentCsv.HEADER));
        assertThat(lines).hasSize(1 + 2 * 6);
        assertThat(lines)
                .contains(
                        "2901;2016;2016-12-31;prioriterat_omrade;PO1;PO1 namn;fullmaktigemal;;FM1;FM1 namn;ja;3;46,7;ej_uppfyllt;6;4",
                        "2901;2016;2016-12-31;prioriterat_omrade;PO2;PO2 namn;extern;EUSBSR;EXT3;EXT3 namn;nej;0;;ej_matbar;0;0");
    }

    private static PlanYearResults results(Thresholds thresholds) {
        List<ResultRow> rows = new ArrayList<>();
        rows.add(new ResultRow(Level.KOMMUN, null, null, "2901", null, null, null, Status.SAKNAS, null, 0, 0, null));
        for (long id = 1; id <= 9; id++) {
            rows.add(new ResultRow(
                    Level.ELEMENT, id, null, "E" + id, "E" + id, null, null, Status.EJ_MATBAR, null, 0, 0, null));
        }
        rows.add(goal(11, new BigDecimal("0.6"), Status.DELVIS, 1, 1));
        rows.add(goal(12, BigDecimal.ONE, Status.UPPFYLLT, 1, 1));
        rows.add(goal(
                13,
                BigDecimal.ONE.divide(BigDecimal.valueOf(3), java.math.MathContext.DECIMAL128),
                Status.EJ_UPPFYLLT,
                3,
                3));
        rows.add(goal(14, null, Status.SAKNAS, 2, 0));
        return new PlanYearResults(
                "2901", 2016, LocalDate.of(2016, 12, 31), OffsetDateTime.now(), thresholds, "S", rows, CONTRIBUTORS);
    }

    private static ResultRow goal(long id, BigDecimal fulfilment, Status status, int indicators, int withValue) {
        return new ResultRow(
                Level.MAL,
                id,
                100L,
                "M" + id,
                "Mål " + id,
                null,
                fulfilment,
                status,
                null,
                indicators,
                withValue,
                null);
    }

    private static StrategyElement element(long id, String code, String type, String group, String... links) {
        return new StrategyElement(id, code, ElementType.fromCode(type), code + " namn", null, group, List.of(links));
    }

    private static Strategy strategy(StrategyElement... elements) {
        return new Strategy(1, "S", "S", null, null, null, null, List.of(elements));
    }
}
