package se.maltavla.actionplan;

/**
 * A qualitative follow-up text (berättelse, docs/import-contract.md §5) of a plan year.
 *
 * @param committee the nämnd that wrote it; null for the municipality's own texts
 * @param code what it is about, as written: a strategy element's or a goal's code
 * @param elementId the strategy element it is about; null when it is about a goal
 * @param goalId the goal it is about; null when it is about an element
 * @param source the row it was last imported from; null when unknown
 */
public record Narrative(
        long id,
        int year,
        String committee,
        String code,
        Long elementId,
        Long goalId,
        String text,
        SourceLine source) {}
