package se.maltavla.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import se.maltavla.fulfilment.Thresholds;
import se.maltavla.shared.Decimals;

@Schema(
        name = "Troskelvarden",
        description = "Kommunens tröskelvärden i procent / the municipality's thresholds in percent")
record ThresholdsView(
        @JsonProperty("ovre") @Schema(description = "uppfyllt från / uppfyllt from", example = "100")
        BigDecimal upper,

        @JsonProperty("nedre") @Schema(description = "delvis från / delvis from", example = "50")
        BigDecimal lower) {

    static ThresholdsView of(Thresholds thresholds) {
        return new ThresholdsView(Decimals.plain(thresholds.upper()), Decimals.plain(thresholds.lower()));
    }
}
