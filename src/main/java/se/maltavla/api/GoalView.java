package se.maltavla.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import se.maltavla.actionplan.Goal;

/** A goal of a plan year, with the {@code handlingsplan} file's column names (docs/import-contract.md §3). */
@Schema(name = "Mal")
record GoalView(
        @JsonProperty("mal_kod") String code,
        @JsonProperty("mal") String text,
        @JsonProperty("namnd") String committee,
        @JsonProperty("ar") int year,

        @JsonProperty("kopplingar") @Schema(description = "strategielementens koder / codes of strategy elements")
        List<String> links,

        @JsonProperty("indikatorer") @Schema(description = "indikatorernas koder / the indicators' codes")
        List<String> indicators,

        @JsonProperty("strategi") String strategy,
        @JsonProperty("kalla") SourceView source,
        @JsonProperty("id") long id) {

    static GoalView of(Goal g) {
        return new GoalView(
                g.code(),
                g.text(),
                g.committee(),
                g.year(),
                g.links(),
                g.indicators(),
                g.strategy(),
                SourceView.of(g.source()),
                g.id());
    }
}
