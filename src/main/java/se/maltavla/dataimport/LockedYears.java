package se.maltavla.dataimport;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The plan years the import must leave alone: a year a coordinator has locked at year-end
 * (docs/year-end.md). Every row that would change a locked year's plans, values, texts or
 * activities is rejected with a reason a committee understands. Implemented by the year-end
 * feature, which depends on the import, not the other way round.
 */
public interface LockedYears {

    /** None locked (a context without the year-end feature). */
    LockedYears NONE = (municipality, year) -> Optional.empty();

    /** The lock of a municipality's plan year, if it is locked. */
    Optional<Lock> lock(String municipality, int year);

    /**
     * @param municipalityName the municipality as people name it ("Ronneby"), or its code when unknown
     * @param since the day the year was locked
     */
    record Lock(String municipalityName, LocalDate since) {}
}
