package se.maltavla.activity;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * External funding against the budget: the activities that have either figure, and the totals
 * (an empty figure counts as nothing).
 */
public record FundingSummary(List<Activity> activities, BigDecimal budgetSek, BigDecimal externalFundingSek) {

    public FundingSummary {
        activities = List.copyOf(activities);
    }

    public static FundingSummary of(List<Activity> all) {
        List<Activity> funded = all.stream().filter(Activity::hasFunding).toList();
        BigDecimal budget = funded.stream()
                .map(a -> Objects.requireNonNullElse(a.budgetSek(), BigDecimal.ZERO))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal external = funded.stream()
                .map(a -> Objects.requireNonNullElse(a.externalFundingSek(), BigDecimal.ZERO))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new FundingSummary(funded, budget, external);
    }
}
