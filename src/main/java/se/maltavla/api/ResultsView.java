package se.maltavla.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import se.maltavla.fulfilment.IndicatorFigures;
import se.maltavla.fulfilment.Level;
import se.maltavla.fulfilment.PlanYearResults;
import se.maltavla.fulfilment.ResultRow;

/**
 * The stored results of a plan year at an evaluation date: the rows of the results export
 * (docs/import-contract.md §9) with its column names and figures, then fields the export does not have.
 */
@Schema(name = "Resultat")
record ResultsView(
        @JsonProperty("kommun") String municipality,
        @JsonProperty("ar") int year,

        @JsonProperty("utvarderingsdatum")
        @Schema(description = "datumet siffrorna gäller: min(datum, ar-12-31) / " + "the date the figures are for")
        LocalDate evaluationDate,

        @JsonProperty("beraknad") @Schema(description = "när de beräknades / when they were computed")
        OffsetDateTime computedAt,

        @JsonProperty("troskelvarden") ThresholdsView thresholds,
        @JsonProperty("strategi") String strategy,
        @JsonProperty("rader") List<Row> rows) {

    static ResultsView of(PlanYearResults results, Level level) {
        List<ResultRow> rows = level == null ? results.rows() : results.rows(level);
        return new ResultsView(
                results.municipality(),
                results.year(),
                results.evaluationDate(),
                results.computedAt(),
                ThresholdsView.of(results.thresholds()),
                results.strategyName(),
                rows.stream().map(r -> Row.of(results, r)).toList());
    }

    /** One row: first the export's fields, in its order, then the extra ones. */
    @Schema(name = "Resultatrad")
    record Row(
            @JsonProperty("niva") @Schema(allowableValues = {"kommun", "element", "namnd", "mal", "indikator"})
            String level,

            @JsonProperty("kommun") String municipality,
            @JsonProperty("ar") int year,
            @JsonProperty("kod") String code,
            @JsonProperty("namn") String name,
            @JsonProperty("typ") String type,

            @JsonProperty("uppfyllelse_procent")
            @Schema(
                    description =
                            "en decimal, som exporten; null vid saknas och ej_matbar " + "/ one decimal, as exported",
                    example = "50.0")
            BigDecimal fulfilmentPercent,

            @JsonProperty("status")
            @Schema(allowableValues = {"uppfyllt", "delvis", "ej_uppfyllt", "saknas", "ej_matbar"})
            String status,

            @JsonProperty("tackning_procent") @Schema(example = "100.0")
            BigDecimal coveragePercent,

            @JsonProperty("indikatorer") int indicators,
            @JsonProperty("indikatorer_med_varde") int indicatorsWithValue,

            @JsonProperty("varde") @Schema(oneOf = {BigDecimal.class, String.class})
            Object value,

            @JsonProperty("utgangsvarde") BigDecimal baseline,

            @JsonProperty("malvarde") @Schema(oneOf = {BigDecimal.class, String.class})
            Object target,

            @JsonProperty("uppfyllelse_andel")
            @Schema(
                    description = "extra: uppfyllelsen oavrundad, som andel 0–1 / " + "unrounded, as a fraction",
                    example = "0.5")
            String fulfilment,

            @JsonProperty("framsteg")
            @Schema(
                    description =
                            "extra: indikatorns råa framsteg p, ej begränsat till 0–1 / " + "raw progress, not clamped")
            String rawProgress,

            @JsonProperty("period") @Schema(description = "extra: perioden för värdet som används / the value's period")
            String valuePeriod,

            @JsonProperty("kalla") SourceView source,
            @JsonProperty("prognos") Forecast forecast,
            @JsonProperty("id") Long id,

            @JsonProperty("overordnad_id")
            @Schema(description = "extra: målets nämnd, indikatorns mål / a goal's nämnd, " + "an indicator's goal")
            Long parentId) {

        static Row of(PlanYearResults results, ResultRow r) {
            IndicatorFigures i = r.indicator();
            return new Row(
                    r.level().code(),
                    results.municipality(),
                    results.year(),
                    r.code(),
                    r.name(),
                    r.type(),
                    r.fulfilmentPercent(),
                    r.status().code(),
                    r.coveragePercent(),
                    r.indicators(),
                    r.indicatorsWithValue(),
                    i == null ? null : Values.value(r.type(), i.valueNumber(), i.valueYes()),
                    i == null ? null : i.baseline(),
                    i == null ? null : Values.value(r.type(), i.targetNumber(), i.targetYes()),
                    Values.exact(r.fulfilment()),
                    i == null ? null : Values.exact(i.rawProgress()),
                    i == null ? null : i.valuePeriod(),
                    i == null ? null : SourceView.of(i.source()),
                    i == null ? null : Forecast.of(i),
                    r.subjectId(),
                    r.parentId());
        }
    }

    @Schema(
            name = "Prognos",
            description = "extra: trendprognosen till maldatum (docs/fulfilment.md §5) / the trend forecast")
    record Forecast(
            @JsonProperty("varde") @Schema(description = "prognosvärdet vid maldatum, oavrundat")
            String value,

            @JsonProperty("status") @Schema(allowableValues = {"pa_vag", "risk"})
            String status,

            @JsonProperty("maldatum") LocalDate targetDate) {

        static Forecast of(IndicatorFigures i) {
            return i.forecast() == null
                    ? null
                    : new Forecast(
                            Values.exact(i.forecast().value()),
                            i.forecast().status() == null
                                    ? null
                                    : i.forecast().status().code(),
                            i.targetDate());
        }
    }
}
