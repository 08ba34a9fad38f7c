package se.maltavla.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import se.maltavla.actionplan.Indicator;
import se.maltavla.actionplan.Measurement;

/**
 * An indicator with every field of its {@code handlingsplan} row (docs/import-contract.md §3) and all
 * its values with the {@code utfall} file's column names (§4), each with the file and line it came from.
 */
@Schema(name = "Indikator")
record IndicatorView(
        @JsonProperty("kommun") String municipality,
        @JsonProperty("namnd") String committee,
        @JsonProperty("ar") int year,
        @JsonProperty("mal_kod") String goalCode,
        @JsonProperty("mal") String goalText,
        @JsonProperty("indikator_kod") String code,
        @JsonProperty("indikator") String name,

        @JsonProperty("typ") @Schema(allowableValues = {"tal", "ja_nej"})
        String type,

        @JsonProperty("malvarde")
        @Schema(
                description = "tal, eller ja/nej för ja_nej / a number, or ja/nej for ja_nej",
                oneOf = {BigDecimal.class, String.class})
        Object target,

        @JsonProperty("kopplingar") List<String> links,
        @JsonProperty("enhet") String unit,

        @JsonProperty("riktning") @Schema(allowableValues = {"oka", "minska"})
        String direction,

        @JsonProperty("utgangsvarde") BigDecimal baseline,
        @JsonProperty("maldatum") LocalDate targetDate,
        @JsonProperty("vikt") BigDecimal weight,
        @JsonProperty("agare") String owner,
        @JsonProperty("utforare") String executor,

        @JsonProperty("forankrad") @Schema(description = "datum, ja eller nej / a date, ja or nej")
        String anchored,

        @JsonProperty("rapporterad") @Schema(description = "datum, ja eller nej / a date, ja or nej")
        String reported,

        @JsonProperty("perspektiv") List<String> perspectives,

        @JsonProperty("maldatum_angivet")
        @Schema(description = "maldatum stod i filen (annars ar-12-31) / given in the file")
        boolean targetDateGiven,

        @JsonProperty("kalla") SourceView source,
        @JsonProperty("id") long id,
        @JsonProperty("varden") List<ValueView> values) {

    static IndicatorView of(String municipality, Indicator i) {
        return new IndicatorView(
                municipality,
                i.committee(),
                i.year(),
                i.goalCode(),
                i.goalText(),
                i.code(),
                i.name(),
                i.type(),
                Values.value(i.type(), i.targetNumber(), i.targetYes()),
                i.goalLinks(),
                i.unit(),
                i.direction(),
                i.baseline(),
                i.targetDate(),
                i.weight(),
                i.owner(),
                i.executor(),
                Values.dateOrYesNo(i.anchored(), i.anchoredOn()),
                Values.dateOrYesNo(i.reported(), i.reportedOn()),
                i.perspectives(),
                i.targetDateGiven(),
                SourceView.of(i.source()),
                i.id(),
                i.values().stream().map(v -> ValueView.of(i.type(), v)).toList());
    }

    @Schema(name = "Varde")
    record ValueView(
            @JsonProperty("period") @Schema(example = "2017-T3")
            String period,

            @JsonProperty("period_slut") LocalDate periodEnd,

            @JsonProperty("varde")
            @Schema(
                    description = "tal, eller ja/nej för ja_nej / a number, or ja/nej for ja_nej",
                    oneOf = {BigDecimal.class, String.class})
            Object value,

            @JsonProperty("kommentar") String comment,
            @JsonProperty("rapporterad_av") String reportedBy,
            @JsonProperty("kalla") SourceView source) {

        static ValueView of(String type, Measurement m) {
            return new ValueView(
                    m.period(),
                    m.periodEnd(),
                    Values.value(type, m.valueNumber(), m.valueYes()),
                    m.comment(),
                    m.reportedBy(),
                    SourceView.of(m.source()));
        }
    }
}
