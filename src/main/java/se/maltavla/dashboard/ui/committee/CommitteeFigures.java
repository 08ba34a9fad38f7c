package se.maltavla.dashboard.ui.committee;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.maltavla.fulfilment.GuidelineReport;
import se.maltavla.fulfilment.GuidelineShares;
import se.maltavla.fulfilment.Level;
import se.maltavla.fulfilment.PlanYearResults;
import se.maltavla.fulfilment.ResultRow;

/**
 * What the nämnd views show, taken from the stored results and the guideline check of one plan
 * year: the nämnder, a nämnd's goals, its guideline shares and its goals and activities that
 * break a guideline.
 */
record CommitteeFigures(PlanYearResults results, GuidelineReport guidelines) {

    /** The plan year's nämnder, in the results' order. */
    List<ResultRow> committees() {
        return results.rows(Level.NAMND);
    }

    /** The nämnd with this id in the plan year, if it has one. */
    Optional<ResultRow> committee(long id) {
        return committees().stream()
                .filter(c -> Objects.equals(c.subjectId(), id))
                .findFirst();
    }

    /** The nämnd's goals (a goal's parent is its nämnd). */
    List<ResultRow> goals(ResultRow committee) {
        return results.rows(Level.MAL).stream()
                .filter(g -> Objects.equals(g.parentId(), committee.subjectId()))
                .toList();
    }

    /** The nämnd's guideline shares; empty when it has neither goals nor activities to check. */
    Optional<GuidelineShares> shares(ResultRow committee) {
        return guidelines.committees().stream()
                .filter(g -> Objects.equals(g.id(), committee.subjectId()))
                .map(GuidelineReport.Group::shares)
                .findFirst();
    }

    /** The nämnd's goals and activities that fail a guideline (a breach names its nämnd by name). */
    List<GuidelineReport.Breach> breaches(ResultRow committee) {
        return guidelines.breaches().stream()
                .filter(b -> committee.name().equals(b.committee()))
                .toList();
    }
}
