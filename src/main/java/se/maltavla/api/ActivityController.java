package se.maltavla.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import se.maltavla.activity.ActivityService;

@RestController
@Tag(name = "Aktiviteter")
class ActivityController {

    private final ActivityService activities;
    private final PlanYears planYears;

    ActivityController(ActivityService activities, PlanYears planYears) {
        this.activities = activities;
        this.planYears = planYears;
    }

    @GetMapping(ApiPaths.PLAN_YEAR + "/activities")
    @Operation(
            summary = "Aktiviteterna som pågår någon gång under året, med partner per land / "
                    + "the activities running some time in the year, with partners by country")
    ActivitiesView activities(@PathVariable String kommun, @PathVariable String ar) {
        PlanYears.PlanYear planYear = planYears.planYear(kommun, ar);
        return ActivitiesView.of(
                planYear.municipality(),
                planYear.year(),
                activities.activities(planYear.municipality(), planYear.year()));
    }
}
