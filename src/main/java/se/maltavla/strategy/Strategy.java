package se.maltavla.strategy;

import java.time.LocalDate;
import java.util.List;

/**
 * A municipality's strategy with its elements (docs/import-contract.md §2).
 *
 * @param validTo null when open-ended
 * @param adopted as written, e.g. "KF 2015-12-10"
 * @param elements every element but the strategy row itself, in the order they were first imported
 */
public record Strategy(
        long id,
        String code,
        String name,
        String description,
        LocalDate validFrom,
        LocalDate validTo,
        String adopted,
        List<StrategyElement> elements) {

    public Strategy {
        elements = List.copyOf(elements);
    }
}
