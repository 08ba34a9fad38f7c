package se.maltavla.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.maltavla.dataimport.ImportService;

@RestController
@Tag(name = "Importer")
class ImportRunController {

    private final ImportService imports;
    private final MessageSource messages;

    ImportRunController(ImportService imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    @GetMapping(ApiPaths.V1 + "/import-runs")
    @Operation(
            summary =
                    "De senaste importkörningarna, nyast först, med filernas sammanfattningar / the latest import runs")
    List<ImportRunView> runs(
            @RequestParam(defaultValue = "20") @Parameter(description = "1–500") String limit, Locale locale) {
        return imports.recentRuns(Parameters.limit(limit)).stream()
                .map(run -> ImportRunView.of(run, messages, locale))
                .toList();
    }

    @GetMapping(ApiPaths.V1 + "/import-runs/{id}")
    @Operation(summary = "En importkörning / one import run")
    ImportRunView run(@PathVariable String id, Locale locale) {
        long runId = Parameters.id(id);
        return imports.findRun(runId)
                .map(run -> ImportRunView.of(run, messages, locale))
                .orElseThrow(() -> new NotFoundException("importrun", String.valueOf(runId)));
    }
}
