package se.maltavla.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import se.maltavla.yearend.YearEndState;
import se.maltavla.yearend.YearEndVersion;

/** Whether a plan year is locked at year-end (docs/year-end.md), and every version it has had, newest first. */
@Schema(name = "Arsbokslut")
record YearEndView(
        @JsonProperty("kommun") String municipality,
        @JsonProperty("ar") int year,

        @JsonProperty("faststallt")
        @Schema(description = "om planåret är fastställt (låst) / whether the plan year is locked")
        boolean locked,

        @JsonProperty("version_i_kraft")
        @Schema(description = "versionen som gäller; null när planåret inte är fastställt / " + "the version in force")
        Integer versionInForce,

        @JsonProperty("versioner") List<Version> versions) {

    static YearEndView of(YearEndState state) {
        String base = ApiPaths.V1 + "/municipalities/" + state.municipality() + "/years/" + state.year() + "/year-end/";
        return new YearEndView(
                state.municipality(),
                state.year(),
                state.locked(),
                state.lockedVersion().map(YearEndVersion::version).orElse(null),
                state.versions().stream().map(v -> Version.of(v, base)).toList());
    }

    @Schema(name = "Arsbokslutsversion")
    record Version(
            @JsonProperty("version") int version,
            @JsonProperty("i_kraft") boolean inForce,

            @JsonProperty("utvarderingsdatum")
            @Schema(description = "datumet siffrorna gäller / the date of the figures")
            LocalDate evaluationDate,

            @JsonProperty("faststallt") OffsetDateTime lockedAt,
            @JsonProperty("faststallt_av") String lockedBy,

            @JsonProperty("oppnat")
            @Schema(description = "när versionen öppnades igen; null medan den gäller / when it was reopened")
            OffsetDateTime reopenedAt,

            @JsonProperty("oppnat_av") String reopenedBy,

            @JsonProperty("orsak") @Schema(description = "varför den öppnades / why it was reopened")
            String reopenReason,

            @JsonProperty("resultat") @Schema(description = "versionens siffror / its figures")
            String results,

            @JsonProperty("rapport") @Schema(description = "versionens rapport som PDF / its report as a PDF")
            String report) {

        static Version of(YearEndVersion v, String base) {
            return new Version(
                    v.version(),
                    v.inForce(),
                    v.evaluationDate(),
                    v.lockedAt(),
                    v.lockedBy(),
                    v.reopenedAt(),
                    v.reopenedBy(),
                    v.reopenReason(),
                    base + v.version() + "/results",
                    base + v.version() + "/report.pdf");
        }
    }
}
