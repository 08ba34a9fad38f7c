package se.maltavla.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import se.maltavla.actionplan.SourceLine;
import se.maltavla.fulfilment.IndicatorFigures;

@Schema(
        name = "Kalla",
        description = "Lineage: filen och raden värdet kom från / the file and line the value came from")
record SourceView(
        @JsonProperty("fil") @Schema(description = "filens namn när den lästes in / the file's name when imported")
        String file,

        @JsonProperty("rad")
        @Schema(description = "fysisk rad i filen, rubriken är rad 1 / physical line, the header is 1")
        long line,

        @JsonProperty("fil_id")
        @Schema(description = "filens id i importkörningarna / the file's id in the import runs")
        long fileId) {

    static SourceView of(SourceLine source) {
        return source == null ? null : new SourceView(source.fileName(), source.line(), source.fileId());
    }

    static SourceView of(IndicatorFigures.ValueSource source) {
        return source == null ? null : new SourceView(source.fileName(), source.line(), source.fileId());
    }
}
