package se.maltavla.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.maltavla.shared.Coded;
import se.maltavla.template.TemplateFile;
import se.maltavla.template.TemplateKind;
import se.maltavla.template.TemplateService;

/**
 * The templates (docs/templates.md) as files: an utfall or handlingsplan workbook for one nämnd
 * or the whole plan year, and a zip of one workbook per nämnd. Instructions in the reader's
 * language ({@code Accept-Language: en}). Refusals are problem documents (ProblemHandler).
 */
@RestController
@Tag(name = "Mallar")
class TemplateController {

    static final String TEMPLATES = ApiPaths.PLAN_YEAR + "/templates";
    /** A nämnd's name is at most this long in the plans. */
    private static final int COMMITTEE_LENGTH = 500;

    private final TemplateService templates;

    TemplateController(TemplateService templates) {
        this.templates = templates;
    }

    /** Always a workbook, whatever the client accepts: browsers and scripts ask in different ways. */
    @GetMapping(TEMPLATES + "/{mall}.xlsx")
    @Operation(
            summary = "Mall som arbetsbok: utfall för planåret ar, eller handlingsplan för ar+1 ifylld med årets mål;"
                    + " för en nämnd (namnd) eller alla i ett blad / a template workbook: utfall for plan year ar,"
                    + " or handlingsplan for ar+1 pre-filled with its goals; for one nämnd or all in one sheet")
    @ApiResponse(
            responseCode = "200",
            description = "Excel-arbetsbok (.xlsx) som importeras som den är när varde är ifyllt",
            content = @Content(mediaType = TemplateFile.XLSX))
    @ApiResponse(
            responseCode = "404",
            description = "okänd kommun, planår eller nämnd / unknown municipality, year or nämnd")
    @ApiResponse(responseCode = "409", description = "planåret är fastställt / the plan year is locked")
    ResponseEntity<byte[]> workbook(
            @PathVariable String kommun,
            @PathVariable String ar,
            @PathVariable @Parameter(description = "utfall eller handlingsplan", example = "utfall") String mall,
            @RequestParam(required = false)
                    @Parameter(
                            description = "nämnden som i handlingsplanen (stora och små bokstäver spelar ingen roll)",
                            example = "Kultur- och fritidsnämnden")
                    String namnd,
            Locale locale) {
        String municipality = Parameters.municipality(kommun);
        int year = Parameters.year(ar);
        TemplateKind kind = kind(mall);
        if (namnd != null && (namnd.isBlank() || namnd.length() > COMMITTEE_LENGTH)) {
            throw new BadParameterException("namnd", namnd);
        }
        return answer(templates.workbook(kind, municipality, year, namnd, locale));
    }

    @GetMapping(TEMPLATES + "/{mall}.zip")
    @Operation(summary = "En arbetsbok per nämnd i en zip-fil / one workbook per nämnd in a zip file")
    @ApiResponse(responseCode = "200", description = "zip", content = @Content(mediaType = TemplateFile.ZIP))
    @ApiResponse(responseCode = "404", description = "okänd kommun eller planår / unknown municipality or year")
    @ApiResponse(responseCode = "409", description = "planåret är fastställt / the plan year is locked")
    ResponseEntity<byte[]> zip(
            @PathVariable String kommun,
            @PathVariable String ar,
            @PathVariable @Parameter(description = "utfall eller handlingsplan", example = "utfall") String mall,
            Locale locale) {
        String municipality = Parameters.municipality(kommun);
        int year = Parameters.year(ar);
        return answer(templates.everyCommittee(kind(mall), municipality, year, locale));
    }

    private static TemplateKind kind(String mall) {
        return Coded.find(TemplateKind.class, mall).orElseThrow(() -> new BadParameterException("mall", mall));
    }

    private static ResponseEntity<byte[]> answer(TemplateFile file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(file.content());
    }
}
