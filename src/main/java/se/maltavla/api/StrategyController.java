package se.maltavla.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import se.maltavla.strategy.StrategyService;

@RestController
@Tag(name = "Strategier")
class StrategyController {

    private final StrategyService strategies;
    private final PlanYears planYears;

    StrategyController(StrategyService strategies, PlanYears planYears) {
        this.strategies = strategies;
        this.planYears = planYears;
    }

    @GetMapping(ApiPaths.MUNICIPALITY + "/strategies")
    @Operation(summary = "Kommunens strategier med element och kopplingar / strategies with elements and links")
    List<StrategyView> strategies(@PathVariable String kommun) {
        return strategies.strategies(planYears.municipality(kommun).code()).stream()
                .map(StrategyView::of)
                .toList();
    }
}
