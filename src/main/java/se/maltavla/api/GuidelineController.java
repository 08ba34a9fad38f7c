package se.maltavla.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import se.maltavla.fulfilment.FulfilmentService;

@RestController
@Tag(name = "Resultat")
class GuidelineController {

    private final FulfilmentService fulfilment;
    private final PlanYears planYears;

    GuidelineController(FulfilmentService fulfilment, PlanYears planYears) {
        this.fulfilment = fulfilment;
        this.planYears = planYears;
    }

    @GetMapping(ApiPaths.PLAN_YEAR + "/guidelines")
    @Operation(summary = "Riktlinjekontrollen: andelar per nämnd och element, avvikelser / the guideline check")
    GuidelinesView guidelines(@PathVariable String kommun, @PathVariable String ar) {
        PlanYears.PlanYear planYear = planYears.planYear(kommun, ar);
        return GuidelinesView.of(fulfilment.guidelines(planYear.municipality(), planYear.year()));
    }
}
