package se.maltavla.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;
import se.maltavla.fulfilment.FulfilmentService;
import se.maltavla.fulfilment.Level;
import se.maltavla.fulfilment.PlanYearResults;
import se.maltavla.shared.i18n.Messages;
import se.maltavla.shared.table.TableTarget;
import tools.jackson.databind.json.JsonMapper;

/** The stored results (never recomputed here): as JSON, and as the results export itself (CSV and .xlsx). */
@RestController
@Tag(name = "Resultat")
class ResultController {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final MediaType XLSX = MediaType.parseMediaType(XLSX_TYPE);

    /**
     * Figures change only with imports, recomputes and the passing days: a client may keep an
     * answer, for itself only (it was given to a signed-in user), but asks again each time, and the
     * ETag makes that question cheap (docs/api-caching.md).
     */
    static final CacheControl REVALIDATE = CacheControl.noCache().cachePrivate();

    private final FulfilmentService fulfilment;
    private final PlanYears planYears;
    private final ResultBodies bodies;
    private final JsonMapper json;

    ResultController(FulfilmentService fulfilment, PlanYears planYears, ResultBodies bodies, JsonMapper json) {
        this.fulfilment = fulfilment;
        this.planYears = planYears;
        this.bodies = bodies;
        this.json = json;
    }

    @GetMapping(ApiPaths.PLAN_YEAR + "/results")
    @Operation(
            summary = "Måluppfyllelse per nivå, samma siffror som resultatexporten / fulfilment, the export's figures",
            description = "Svarar med ETag och Cache-Control: private, no-cache; med If-None-Match och samma ETag "
                    + "svaras 304 utan innehåll så länge siffrorna är oförändrade (docs/api-caching.md). / Answers "
                    + "with an ETag and Cache-Control: private, no-cache; If-None-Match with the same ETag is answered "
                    + "304 without a body while the figures are unchanged.")
    @ApiResponse(
            responseCode = "200",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ResultsView.class)))
    @ApiResponse(
            responseCode = "304",
            description = "oförändrat sedan svaret med den ETag som If-None-Match anger / "
                    + "unchanged since the answer with the ETag given in If-None-Match",
            content = @Content)
    ResponseEntity<byte[]> results(
            @PathVariable String kommun,
            @PathVariable String ar,
            @RequestParam(required = false)
                    @Parameter(
                            description = "utvärderingsdatum ÅÅÅÅ-MM-DD, från ar-01-01 till (ar+100)-12-31; "
                                    + "standard: ar-12-31 för ett passerat år, annars i dag / evaluation date",
                            example = "2017-08-31")
                    String datum,
            @RequestParam(required = false) @Parameter(description = "bara en nivå / one level only", example = "mal")
                    String niva,
            @Parameter(hidden = true) ServletWebRequest request)
            throws HttpMediaTypeNotAcceptableException {
        LocalDate date = Parameters.date(datum, ar);
        Level level = Parameters.level(niva);
        PlanYears.PlanYear planYear = planYears.planYear(kommun, ar);
        acceptsJson(request);
        PlanYearResults results =
                fulfilment.results(planYear.municipality(), planYear.year(), orDefault(date, planYear));
        String tag = ResultTags.of(results, level, "json");
        if (request.checkNotModified(tag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
                    .eTag(tag)
                    .cacheControl(REVALIDATE)
                    .build();
        }
        byte[] body = bodies.get(tag, () -> json.writeValueAsBytes(ResultsView.of(results, level)));
        return ResponseEntity.ok()
                .eTag(tag)
                .cacheControl(REVALIDATE)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body);
    }

    /**
     * The body is written as bytes (kept, not serialised again): the client's Accept is checked
     * here, after the parameters, as the JSON converter did (a bad parameter is 400 whatever the
     * client accepts; an Accept without JSON is 406).
     */
    private static void acceptsJson(ServletWebRequest request) throws HttpMediaTypeNotAcceptableException {
        String[] headers = request.getHeaderValues(HttpHeaders.ACCEPT);
        if (headers == null || headers.length == 0) {
            return;
        }
        List<MediaType> accepted;
        try {
            accepted = MediaType.parseMediaTypes(List.of(headers));
        } catch (org.springframework.http.InvalidMediaTypeException e) {
            throw new HttpMediaTypeNotAcceptableException(e.getMessage());
        }
        if (!accepted.isEmpty()
                && accepted.stream().noneMatch(type -> type.isCompatibleWith(MediaType.APPLICATION_JSON))) {
            throw new HttpMediaTypeNotAcceptableException(List.of(MediaType.APPLICATION_JSON));
        }
    }

    /** Always CSV, whatever the client accepts: Excel and Power BI ask in different ways. */
    @GetMapping(ApiPaths.PLAN_YEAR + "/results.csv")
    @Operation(summary = "Resultatexporten (docs/import-contract.md §9) som fil / the results export as a file")
    @ApiResponse(
            responseCode = "200",
            description = "UTF-8 med BOM, semikolon, decimalkomma / UTF-8 with BOM, ';', decimal comma",
            content = @Content(mediaType = "text/csv"))
    ResponseEntity<byte[]> export(
            @PathVariable String kommun,
            @PathVariable String ar,
            @RequestParam(required = false)
                    @Parameter(
                            description =
                                    "utvärderingsdatum ÅÅÅÅ-MM-DD, från ar-01-01 till (ar+100)-12-31 / evaluation date")
                    String datum) {
        LocalDate date = Parameters.date(datum, ar);
        PlanYears.PlanYear planYear = planYears.planYear(kommun, ar);
        StringWriter csv = new StringWriter();
        fulfilment.exportResults(planYear.municipality(), planYear.year(), orDefault(date, planYear), csv);
        String fileName = "resultat-" + planYear.municipality() + "-" + planYear.year() + ".csv";
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName)
                                .build()
                                .toString())
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The same export as an Excel workbook, whatever the client accepts: the CSV's columns and rows
     * with typed cells (codes as text, fulfilment and coverage as unrounded fractions shown as
     * percent, statuses in words of Accept-Language), a frozen header row with a filter.
     */
    @GetMapping(ApiPaths.PLAN_YEAR + "/results.xlsx")
    @Operation(
            summary = "Resultatexporten som Excel-arbetsbok, med tal, procent och ord i cellerna / "
                    + "the results export as an Excel workbook with typed cells")
    @ApiResponse(
            responseCode = "200",
            description = "Samma kolumner och rader som results.csv; koder som text, uppfyllelse och täckning som "
                    + "andelar med procentformat (0,8113 visas 81,1 %), status i ord (engelska med "
                    + "Accept-Language: en), låst rubrikrad med filter / the CSV's columns and rows, typed",
            content = @Content(mediaType = XLSX_TYPE))
    ResponseEntity<byte[]> workbook(
            @PathVariable String kommun,
            @PathVariable String ar,
            @RequestParam(required = false)
                    @Parameter(
                            description =
                                    "utvärderingsdatum ÅÅÅÅ-MM-DD, från ar-01-01 till (ar+100)-12-31 / evaluation date")
                    String datum,
            Locale locale) {
        LocalDate date = Parameters.date(datum, ar);
        PlanYears.PlanYear planYear = planYears.planYear(kommun, ar);
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        fulfilment.exportResults(
                planYear.municipality(),
                planYear.year(),
                orDefault(date, planYear),
                TableTarget.workbook(xlsx, "resultat"),
                Messages.locale(locale == null ? null : locale.getLanguage()));
        String fileName = "resultat-" + planYear.municipality() + "-" + planYear.year() + ".xlsx";
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName)
                                .build()
                                .toString())
                .body(xlsx.toByteArray());
    }

    /** The date asked for, else the plan year's default (docs/fulfilment.md §0.3: Y-12-31 for a past year, else today). */
    private LocalDate orDefault(LocalDate date, PlanYears.PlanYear planYear) {
        return date != null ? date : fulfilment.defaultEvaluationDate(planYear.year());
    }
}
