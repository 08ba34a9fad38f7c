package se.maltavla.strategy;

import java.util.List;

/**
 * An element of a strategy: an overarching goal, priority area, pillar, council goal,
 * perspective or external objective (docs/import-contract.md §2).
 *
 * @param type what kind of element it is
 * @param group for an external objective, the strategy it comes from ({@code grupp})
 * @param links the codes of the elements it serves ({@code kopplingar}), directed
 */
public record StrategyElement(
        long id, String code, ElementType type, String name, String description, String group, List<String> links) {

    public StrategyElement {
        links = List.copyOf(links);
    }
}
