package se.maltavla.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import se.maltavla.actionplan.ActionPlanService;

@RestController
@Tag(name = "Handlingsplaner")
class IndicatorController {

    private final ActionPlanService plans;
    private final PlanYears planYears;

    IndicatorController(ActionPlanService plans, PlanYears planYears) {
        this.plans = plans;
        this.planYears = planYears;
    }

    @GetMapping(ApiPaths.PLAN_YEAR + "/indicators")
    @Operation(summary = "Planårets indikatorer med alla mätvärden och deras källa / indicators with all their values")
    List<IndicatorView> indicators(@PathVariable String kommun, @PathVariable String ar) {
        PlanYears.PlanYear planYear = planYears.planYear(kommun, ar);
        return plans.indicators(planYear.municipality(), planYear.year()).stream()
                .map(i -> IndicatorView.of(planYear.municipality(), i))
                .toList();
    }
}
