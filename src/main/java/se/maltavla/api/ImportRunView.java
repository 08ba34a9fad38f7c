package se.maltavla.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import se.maltavla.dataimport.FileResult;
import se.maltavla.dataimport.ImportRunSummary;
import se.maltavla.dataimport.Rejection;

/** An import run and the summary of each of its files (docs/import-contract.md §8.8). */
@Schema(name = "Importkorning")
record ImportRunView(
        @JsonProperty("id") long id,
        @JsonProperty("startad") OffsetDateTime startedAt,
        @JsonProperty("klar") OffsetDateTime finishedAt,

        @JsonProperty("status") @Schema(allowableValues = {"RUNNING", "COMPLETED", "FAILED", "INTERRUPTED"})
        String status,

        @JsonProperty("utlosare") @Schema(description = "vad som startade körningen / what started the run")
        String trigger,

        @JsonProperty("slutstatus")
        @Schema(
                description = "0 allt godtaget, 2 något avvisat, 1 körningen misslyckades / "
                        + "0 all accepted, 2 some rejected, 1 the run failed")
        Integer exitStatus,

        @JsonProperty("fel")
        @Schema(
                description = "varför körningen misslyckades och vad en koordinator kan göra; "
                        + "detaljerna står i serverns logg under \"Import run ID\" / why the run failed and what to do")
        String error,

        @JsonProperty("fel_kod")
        @Schema(
                description = "felets slag / the kind of failure",
                allowableValues = {"database", "disk", "files", "memory", "rerun", "interrupted", "internal"})
        String errorKind,

        @JsonProperty("filer") List<File> files) {

    /** A run as every viewer may see it: its error as a sentence by kind, never the stored text. */
    static ImportRunView of(ImportRunSummary run, MessageSource messages, Locale locale) {
        return new ImportRunView(
                run.runId(),
                run.startedAt(),
                run.finishedAt(),
                run.status(),
                run.trigger(),
                run.exitStatus(),
                RunError.text(run.runId(), run.errorKind(), messages, locale),
                RunError.kind(run.errorKind()),
                run.files().stream().map(File::of).toList());
    }

    @Schema(name = "Importfil", description = "lasta = nya + uppdaterade + oforandrade + avvisade")
    record File(
            @JsonProperty("id") long id,
            @JsonProperty("fil") String fileName,

            @JsonProperty("typ")
            @Schema(
                    description = "strategi, handlingsplan, utfall, berattelse, aktiviteter; null när "
                            + "filen inte kändes igen / null when not recognised")
            String kind,

            @JsonProperty("status")
            @Schema(
                    allowableValues = {
                        "PROCESSING",
                        "IMPORTED",
                        "ALREADY_IMPORTED",
                        "REJECTED",
                        "FAILED",
                        "WAITING",
                        "SKIPPED",
                        "UNREADABLE",
                        "INTERRUPTED"
                    })
            String status,

            @JsonProperty("lasta") long rowsRead,
            @JsonProperty("nya") long rowsNew,
            @JsonProperty("uppdaterade") long rowsUpdated,
            @JsonProperty("oforandrade") long rowsUnchanged,
            @JsonProperty("avvisade") long rowsRejected,
            @JsonProperty("forsta_avvisade") List<RejectedRow> firstRejections,
            @JsonProperty("varningar") List<String> warnings,
            @JsonProperty("meddelande") String message,

            @JsonProperty("tidigare_import")
            @Schema(
                    description = "för en redan inläst fil: när innehållet lästes in / "
                            + "for an already imported file: when")
            OffsetDateTime previousImport) {

        static File of(FileResult f) {
            return new File(
                    f.fileId(),
                    f.fileName(),
                    f.kind(),
                    f.status().name(),
                    f.rowsRead(),
                    f.rowsNew(),
                    f.rowsUpdated(),
                    f.rowsUnchanged(),
                    f.rowsRejected(),
                    f.firstRejections().stream().map(RejectedRow::of).toList(),
                    f.warnings(),
                    f.message(),
                    f.previousImport());
        }
    }

    /** A rejected row, with the rejection report's columns (rad;kolumn;varde;orsak). */
    @Schema(name = "AvvisadRad")
    record RejectedRow(
            @JsonProperty("rad") long line,
            @JsonProperty("kolumn") String column,
            @JsonProperty("varde") String value,
            @JsonProperty("orsak") String reason) {

        static RejectedRow of(Rejection r) {
            return new RejectedRow(r.line(), r.column(), r.value(), r.reason());
        }
    }
}
