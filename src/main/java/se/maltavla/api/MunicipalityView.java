package se.maltavla.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import se.maltavla.strategy.StrategyOverview;

@Schema(name = "Kommun")
record MunicipalityView(
        @JsonProperty("kod") @Schema(example = "1081") String code,

        @JsonProperty("namn")
        @Schema(
                example = "Ronneby",
                description = "kommunens namn enligt SCB:s kodlista (docs/municipalities.md); null för en kod som"
                        + " inte finns i den / the name from SCB's code list; null for a code not in it")
        String name,

        @JsonProperty("lan")
        @Schema(
                description = "länet; null för en kod som inte finns i kodlistan / the county; null for a code not"
                        + " in the code list")
        County county,

        @JsonProperty("troskelvarden") ThresholdsView thresholds,

        @JsonProperty("planar")
        @Schema(description = "planår med mål, nyast först / plan years with goals, newest first")
        List<Integer> planYears,

        @JsonProperty("strategier") List<Strategy> strategies) {

    @Schema(name = "Lan")
    record County(
            @JsonProperty("kod") @Schema(example = "10") String code,

            @JsonProperty("namn") @Schema(example = "Blekinge län")
            String name) {

        static County of(se.maltavla.shared.municipality.County county) {
            return new County(county.code(), county.name());
        }
    }

    @Schema(name = "KommunStrategi")
    record Strategy(
            @JsonProperty("kod") String code,
            @JsonProperty("namn") String name,
            @JsonProperty("giltig_fran") LocalDate validFrom,

            @JsonProperty("giltig_till") @Schema(description = "null: tills vidare / open-ended")
            LocalDate validTo,

            @JsonProperty("antagen") String adopted) {

        static Strategy of(StrategyOverview s) {
            return new Strategy(s.strategyCode(), s.strategyName(), s.validFrom(), s.validTo(), s.adopted());
        }
    }
}
