package se.maltavla.strategy;

import java.time.LocalDate;

/** A municipality's strategy at a glance: what its files have brought in so far. */
public record StrategyOverview(
        String municipalityCode,
        String strategyCode,
        String strategyName,
        LocalDate validFrom,
        LocalDate validTo,
        String adopted,
        int elements,
        int committees,
        int goals,
        int indicators,
        int values,
        int activities) {}
