package se.maltavla.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.maltavla.fulfilment.Level;
import se.maltavla.yearend.Snapshot;
import se.maltavla.yearend.YearEndReports;
import se.maltavla.yearend.YearEndService;
import se.maltavla.yearend.YearEndState;
import se.maltavla.yearend.YearEndVersion;

/**
 * The year-end, read only (docs/year-end.md): whether a plan year is locked and its versions, a
 * version's figures shaped as {@code /results}, and its written report as a PDF. Locking and
 * reopening are not here: coordinators do them in the app or with jobs/year-end.
 */
@RestController
@Tag(name = "Årsbokslut")
class YearEndController {

    static final String YEAR_END = ApiPaths.PLAN_YEAR + "/year-end";
    private static final Pattern VERSION = Pattern.compile("[1-9][0-9]{0,5}");

    private final YearEndService yearEnd;
    private final YearEndReports reports;
    private final PlanYears planYears;

    YearEndController(YearEndService yearEnd, YearEndReports reports, PlanYears planYears) {
        this.yearEnd = yearEnd;
        this.reports = reports;
        this.planYears = planYears;
    }

    @GetMapping(YEAR_END)
    @Operation(
            summary =
                    "Om planåret är fastställt, och alla versioner (vem, när, varför) / whether the plan year is locked, "
                            + "and every version")
    YearEndView state(@PathVariable String kommun, @PathVariable String ar) {
        PlanYears.PlanYear planYear = planYears.planYear(kommun, ar);
        return YearEndView.of(yearEnd.state(planYear.municipality(), planYear.year()));
    }

    @GetMapping(YEAR_END + "/{version}/results")
    @Operation(
            summary = "En fastställd versions siffror, som /results / a locked version's figures, shaped as /results")
    ResultsView results(
            @PathVariable String kommun,
            @PathVariable String ar,
            @PathVariable @Parameter(description = "versionens nummer / the version's number", example = "1")
                    String version,
            @RequestParam(required = false) @Parameter(description = "bara en nivå / one level only", example = "mal")
                    String niva) {
        Level level = Parameters.level(niva);
        return ResultsView.of(snapshot(kommun, ar, version).results(), level);
    }

    /** Always a PDF, whatever the client accepts: browsers and scripts ask in different ways. */
    @GetMapping(YEAR_END + "/{version}/report.pdf")
    @Operation(
            summary = "En fastställd versions skriftliga rapport (PDF/UA-1, PDF/A-3u), på engelska med "
                    + "Accept-Language: en / a locked version's written report")
    @ApiResponse(
            responseCode = "200",
            description = "PDF/UA-1 och PDF/A-3u",
            content = @Content(mediaType = "application/pdf"))
    ResponseEntity<byte[]> report(
            @PathVariable String kommun,
            @PathVariable String ar,
            @PathVariable @Parameter(description = "versionens nummer / the version's number", example = "1")
                    String version,
            Locale locale) {
        Snapshot snapshot = snapshot(kommun, ar, version);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        reports.pdf(snapshot, locale, pdf);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(YearEndReports.fileName(snapshot))
                                .build()
                                .toString())
                .body(pdf.toByteArray());
    }

    /** A stored version's snapshot: 400 for a version that is no number, 404 for one the plan year does not have. */
    private Snapshot snapshot(String kommun, String ar, String version) {
        PlanYears.PlanYear planYear = planYears.planYear(kommun, ar);
        if (version == null || !VERSION.matcher(version).matches()) {
            throw new BadParameterException("version", version);
        }
        return yearEnd.snapshot(planYear.municipality(), planYear.year(), Integer.valueOf(version))
                .orElseThrow(() -> notFound(planYear, version));
    }

    private NotFoundException notFound(PlanYears.PlanYear planYear, String version) {
        YearEndState state = yearEnd.state(planYear.municipality(), planYear.year());
        String versions = state.versions().isEmpty()
                ? "–"
                : state.versions().stream()
                        .map(YearEndVersion::version)
                        .sorted()
                        .map(String::valueOf)
                        .collect(Collectors.joining(", "));
        return new NotFoundException(
                "yearendversion", planYear.municipality(), String.valueOf(planYear.year()), version, versions);
    }
}
