package se.maltavla.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import se.maltavla.strategy.StrategyOverview;

@Schema(name = "Kommun")
record MunicipalityView(
        @JsonProperty("kod") @Schema(example = "1081") String code,

        @JsonProperty("namn") @Schema(description = "null tills en fil anger det / null until a file gives it")
        String name,

        @JsonProperty("troskelvarden") ThresholdsView thresholds,

        @JsonProperty("planar")
        @Schema(description = "planår med mål, nyast först / plan years with goals, newest first")
        List<Integer> planYears,

        @JsonProperty("strategier") List<Strategy> strategies) {

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
