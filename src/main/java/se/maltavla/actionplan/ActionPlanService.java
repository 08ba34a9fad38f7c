package se.maltavla.actionplan;

import java.util.List;

/**
 * Committees' action plans as imported (docs/import-contract.md §3, §4): the goals and indicators of a
 * plan year and the values measured for them. The public API of the action plan feature; read only.
 */
public interface ActionPlanService {

    /** The goals of a municipality's plan year, by code, each with its nämnd, links and indicators. */
    List<Goal> goals(String municipality, int year);

    /** The indicators of a municipality's plan year, by code, each with every value measured for it. */
    List<Indicator> indicators(String municipality, int year);

    /** The qualitative texts of a municipality's plan year: the municipality's own first, then by nämnd and code. */
    List<Narrative> narratives(String municipality, int year);
}
