package se.maltavla.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.maltavla.fulfilment.GuidelineCriterion;
import se.maltavla.fulfilment.GuidelineReport;
import se.maltavla.fulfilment.GuidelineShares;
import se.maltavla.fulfilment.Percents;

/** The guideline check of a plan year (docs/fulfilment.md §5.2): shares per nämnd and per element, and the breaches. */
@Schema(name = "Riktlinjer")
record GuidelinesView(
        @JsonProperty("kommun") String municipality,
        @JsonProperty("ar") int year,
        @JsonProperty("namnder") List<Group> committees,
        @JsonProperty("element") List<Group> elements,

        @JsonProperty("avvikelser")
        @Schema(
                description = "mål och aktiviteter som bryter mot något kriterium / "
                        + "goals and activities failing a criterion")
        List<Breach> breaches) {

    static GuidelinesView of(GuidelineReport report) {
        return new GuidelinesView(
                report.municipality(),
                report.year(),
                report.committees().stream().map(Group::of).toList(),
                report.elements().stream().map(Group::of).toList(),
                report.breaches().stream().map(Breach::of).toList());
    }

    @Schema(name = "RiktlinjeGrupp", description = "en nämnd eller ett strategielement / a nämnd or a strategy element")
    record Group(
            @JsonProperty("kod")
            @Schema(description = "elementets kod, nämndens namn / the element code, the nämnd's name")
            String code,

            @JsonProperty("namn") String name,

            @JsonProperty("typ") @Schema(description = "elementets typ; null för en nämnd / null for a nämnd")
            String type,

            @JsonProperty("antal") @Schema(description = "mål och aktiviteter i gruppen / goals and activities in it")
            int subjects,

            @JsonProperty("kriterier")
            @Schema(
                    description = "kriteriets kod → andel: agare, utforare, forankrad, rapporterad, "
                            + "matbar, utgangsvarde, maldatum")
            Map<String, Share> criteria,

            @JsonProperty("alla_kriterier")
            @Schema(
                    description = "de som uppfyller alla kriterier som gäller dem / "
                            + "those meeting every criterion that applies")
            Share allMet,

            @JsonProperty("id") long id) {

        static Group of(GuidelineReport.Group g) {
            Map<String, Share> criteria = new LinkedHashMap<>();
            for (GuidelineCriterion criterion : GuidelineCriterion.values()) {
                criteria.put(criterion.code(), Share.of(g.shares().share(criterion)));
            }
            return new Group(
                    g.code(),
                    g.name(),
                    g.type(),
                    g.shares().subjects(),
                    criteria,
                    Share.of(g.shares().allMet()),
                    g.id());
        }
    }

    @Schema(name = "Andel")
    record Share(
            @JsonProperty("uppfyllda") int met,
            @JsonProperty("tillampliga") int applicable,

            @JsonProperty("procent")
            @Schema(
                    description =
                            "en decimal; null när inget är tillämpligt / one decimal; " + "null when nothing applies",
                    example = "66.7")
            BigDecimal percent) {

        static Share of(GuidelineShares.Share share) {
            return new Share(share.met(), share.applicable(), Percents.round(share.percent()));
        }
    }

    @Schema(name = "Avvikelse")
    record Breach(
            @JsonProperty("slag") @Schema(allowableValues = {"mal", "aktivitet"})
            String kind,

            @JsonProperty("kod") String code,
            @JsonProperty("namn") String name,
            @JsonProperty("namnd") String committee,

            @JsonProperty("brister") @Schema(description = "kriterierna som inte uppfylls / the criteria failed")
            List<String> failed,

            @JsonProperty("id") long id) {

        static Breach of(GuidelineReport.Breach b) {
            return new Breach(
                    b.kind(),
                    b.code(),
                    b.name(),
                    b.committee(),
                    b.failed().stream().sorted().map(GuidelineCriterion::code).toList(),
                    b.id());
        }
    }
}
