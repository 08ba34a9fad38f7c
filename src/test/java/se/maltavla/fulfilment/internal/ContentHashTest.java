package se.maltavla.fulfilment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import se.maltavla.fulfilment.ForecastStatus;
import se.maltavla.fulfilment.IndicatorFigures;
import se.maltavla.fulfilment.Level;
import se.maltavla.fulfilment.ResultRow;
import se.maltavla.fulfilment.Status;

/** A recompute writes a plan year's rows only when their content hash changed: every figure must count. */
class ContentHashTest {

    private static final Map<Long, Set<Long>> CONTRIBUTORS = Map.of(7L, Set.of(3L, 4L));

    @Test
    void the_same_figures_give_the_same_hash_however_the_contributions_are_ordered() {
        long hash = ContentHash.of(List.of(goal(), indicator()), CONTRIBUTORS);
        assertThat(ContentHash.of(List.of(goal(), indicator()), Map.of(7L, new java.util.TreeSet<>(Set.of(4L, 3L)))))
                .isEqualTo(hash);
    }

    @Test
    void any_changed_figure_label_or_lineage_changes_the_hash() {
        long hash = ContentHash.of(List.of(goal(), indicator()), CONTRIBUTORS);
        List<UnaryOperator<ResultRow>> changes = List.of(
                r -> withFigures(
                        r,
                        r.indicator().valueNumber().add(BigDecimal.ONE),
                        r.indicator().source()),
                r -> withFigures(r, new BigDecimal("12.50"), r.indicator().source()), // the same number, another scale
                r -> withFigures(r, r.indicator().valueNumber(), new IndicatorFigures.ValueSource(11, null, 43)),
                r -> withFigures(r, r.indicator().valueNumber(), new IndicatorFigures.ValueSource(12, null, 42)),
                r -> withFigures(r, r.indicator().valueNumber(), null),
                r -> new ResultRow(
                        r.level(),
                        r.subjectId(),
                        r.parentId(),
                        r.code(),
                        r.name(),
                        r.type(),
                        r.fulfilment(),
                        Status.DELVIS,
                        r.coverage(),
                        r.indicators(),
                        r.indicatorsWithValue(),
                        r.indicator()),
                // the same characters, split differently between code and name
                r -> new ResultRow(
                        r.level(),
                        r.subjectId(),
                        r.parentId(),
                        "I1A",
                        "ntal",
                        r.type(),
                        r.fulfilment(),
                        r.status(),
                        r.coverage(),
                        r.indicators(),
                        r.indicatorsWithValue(),
                        r.indicator()),
                r -> new ResultRow(
                        r.level(),
                        r.subjectId(),
                        null,
                        r.code(),
                        r.name(),
                        r.type(),
                        r.fulfilment(),
                        r.status(),
                        r.coverage(),
                        r.indicators(),
                        r.indicatorsWithValue(),
                        r.indicator()));
        for (UnaryOperator<ResultRow> change : changes) {
            assertThat(ContentHash.of(List.of(goal(), change.apply(indicator())), CONTRIBUTORS))
                    .isNotEqualTo(hash);
        }
        assertThat(ContentHash.of(List.of(goal(), indicator()), Map.of(7L, Set.of(3L))))
                .as("a contribution fewer")
                .isNotEqualTo(hash);
        assertThat(ContentHash.of(List.of(indicator(), goal()), CONTRIBUTORS))
                .as("the rows in another order")
                .isNotEqualTo(hash);
    }

    private static ResultRow goal() {
        return new ResultRow(
                Level.MAL,
                3L,
                9L,
                "M1",
                "Fler utbyten",
                null,
                new BigDecimal("0.75"),
                Status.DELVIS,
                BigDecimal.ONE,
                2,
                2,
                null);
    }

    private static ResultRow indicator() {
        return withFigures(
                new ResultRow(
                        Level.INDIKATOR,
                        5L,
                        3L,
                        "I1",
                        "Antal",
                        "tal",
                        new BigDecimal("0.5"),
                        Status.EJ_UPPFYLLT,
                        BigDecimal.ONE,
                        1,
                        1,
                        null),
                new BigDecimal("12.5"),
                new IndicatorFigures.ValueSource(11, null, 42));
    }

    private static ResultRow withFigures(ResultRow r, BigDecimal value, IndicatorFigures.ValueSource source) {
        IndicatorFigures figures = new IndicatorFigures(
                value,
                null,
                "2016-T2",
                source,
                new BigDecimal("0.5"),
                BigDecimal.ZERO,
                new BigDecimal("25"),
                null,
                LocalDate.of(2016, 12, 31),
                new IndicatorFigures.Forecast(
                        new BigDecimal("20"), new BigDecimal("0.01"), new BigDecimal("0.8"), ForecastStatus.AT_RISK));
        return new ResultRow(
                r.level(),
                r.subjectId(),
                r.parentId(),
                r.code(),
                r.name(),
                r.type(),
                r.fulfilment(),
                r.status(),
                r.coverage(),
                r.indicators(),
                r.indicatorsWithValue(),
                figures);
    }
}
