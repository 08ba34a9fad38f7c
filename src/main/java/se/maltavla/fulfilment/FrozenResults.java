package se.maltavla.fulfilment;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Figures that no longer move: a plan year locked at year-end (docs/year-end.md) answers with the
 * snapshot's figures at its locked evaluation date, whatever was imported, recomputed or set
 * since. Implemented by the year-end feature, which depends on this one, not the other way round.
 */
public interface FrozenResults {

    FrozenResults NONE = (municipality, year, date) -> Optional.empty();

    /** The locked figures of a municipality's plan year at an evaluation date, if that is what was locked. */
    Optional<PlanYearResults> frozen(String municipality, int year, LocalDate evaluationDate);

    /** The locked guideline check of a municipality's plan year, if the year is locked. */
    default Optional<GuidelineReport> frozenGuidelines(String municipality, int year) {
        return Optional.empty();
    }

    /** The lock in force of a municipality's plan year (version, locked date, when), if the year is locked. */
    default Optional<LockedYear> lockOf(String municipality, int year) {
        return Optional.empty();
    }
}
