package se.maltavla.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import se.maltavla.strategy.Strategy;
import se.maltavla.strategy.StrategyElement;

/** A strategy with its elements, with the {@code strategi} file's column names (docs/import-contract.md §2). */
@Schema(name = "Strategi")
record StrategyView(
        @JsonProperty("kod") String code,
        @JsonProperty("namn") String name,
        @JsonProperty("beskrivning") String description,
        @JsonProperty("giltig_fran") LocalDate validFrom,

        @JsonProperty("giltig_till") @Schema(description = "null: tills vidare / open-ended")
        LocalDate validTo,

        @JsonProperty("antagen") String adopted,
        @JsonProperty("element") List<Element> elements) {

    static StrategyView of(Strategy s) {
        return new StrategyView(
                s.code(),
                s.name(),
                s.description(),
                s.validFrom(),
                s.validTo(),
                s.adopted(),
                s.elements().stream().map(Element::of).toList());
    }

    @Schema(name = "Element")
    record Element(
            @JsonProperty("kod") String code,
            @JsonProperty("namn") String name,

            @JsonProperty("typ") @Schema(example = "prioriterat_omrade")
            String type,

            @JsonProperty("grupp") String group,
            @JsonProperty("beskrivning") String description,

            @JsonProperty("kopplingar")
            @Schema(description = "koder för elementen det tjänar / codes of the elements it serves")
            List<String> links,

            @JsonProperty("id") @Schema(description = "samma id som i resultatens id / the id used by the results")
            long id) {

        static Element of(StrategyElement e) {
            return new Element(e.code(), e.name(), e.type().code(), e.group(), e.description(), e.links(), e.id());
        }
    }
}
