package se.maltavla.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import se.maltavla.fulfilment.FulfilmentService;
import se.maltavla.shared.municipality.SwedishMunicipalities;
import se.maltavla.shared.municipality.SwedishMunicipality;
import se.maltavla.strategy.Municipality;
import se.maltavla.strategy.StrategyOverview;
import se.maltavla.strategy.StrategyService;

@RestController
@Tag(name = "Kommuner")
class MunicipalityController {

    private final StrategyService strategies;
    private final FulfilmentService fulfilment;
    private final PlanYears planYears;

    MunicipalityController(StrategyService strategies, FulfilmentService fulfilment, PlanYears planYears) {
        this.strategies = strategies;
        this.fulfilment = fulfilment;
        this.planYears = planYears;
    }

    @GetMapping(ApiPaths.V1 + "/municipalities")
    @Operation(summary = "Kommunerna med tröskelvärden, planår och strategier / the municipalities")
    List<MunicipalityView> municipalities() {
        Map<String, List<StrategyOverview>> byMunicipality = strategiesByMunicipality();
        return strategies.municipalities().stream()
                .map(m -> view(m, byMunicipality))
                .toList();
    }

    @GetMapping(ApiPaths.MUNICIPALITY)
    @Operation(summary = "En kommun / one municipality")
    MunicipalityView municipality(@PathVariable String kommun) {
        return view(planYears.municipality(kommun), strategiesByMunicipality());
    }

    private Map<String, List<StrategyOverview>> strategiesByMunicipality() {
        return strategies.overview().stream().collect(Collectors.groupingBy(StrategyOverview::municipalityCode));
    }

    private MunicipalityView view(Municipality municipality, Map<String, List<StrategyOverview>> byMunicipality) {
        Optional<SwedishMunicipality> listed = SwedishMunicipalities.find(municipality.code());
        return new MunicipalityView(
                municipality.code(),
                listed.map(SwedishMunicipality::name).orElse(municipality.name()),
                listed.map(m -> MunicipalityView.County.of(m.county())).orElse(null),
                ThresholdsView.of(fulfilment.thresholds(municipality.code())),
                fulfilment.planYears(municipality.code()),
                byMunicipality.getOrDefault(municipality.code(), List.of()).stream()
                        .map(MunicipalityView.Strategy::of)
                        .toList());
    }
}
