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
class GoalController {

    private final ActionPlanService plans;
    private final PlanYears planYears;

    GoalController(ActionPlanService plans, PlanYears planYears) {
        this.plans = plans;
        this.planYears = planYears;
    }

    @GetMapping(ApiPaths.PLAN_YEAR + "/goals")
    @Operation(summary = "Planårets mål med nämnd, kopplingar och indikatorer / the plan year's goals")
    List<GoalView> goals(@PathVariable String kommun, @PathVariable String ar) {
        PlanYears.PlanYear planYear = planYears.planYear(kommun, ar);
        return plans.goals(planYear.municipality(), planYear.year()).stream()
                .map(GoalView::of)
                .toList();
    }
}
