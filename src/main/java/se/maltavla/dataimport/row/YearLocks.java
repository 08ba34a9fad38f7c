package se.maltavla.dataimport.row;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import se.maltavla.dataimport.LockedYears;

/**
 * The locked plan years, looked up once per municipality and year for one file's import (a year
 * cannot be locked while an import runs: locking waits for it). A row of a locked year is
 * rejected, naming the year, the municipality and the day it was locked.
 */
public final class YearLocks {

    private final LockedYears locked;
    private final Map<String, Optional<LockedYears.Lock>> known = new HashMap<>();

    public YearLocks(LockedYears locked) {
        this.locked = locked;
    }

    /** Rejects the row when its municipality's plan year is locked; {@code column} is the one that gives the year. */
    public void requireOpen(RowValues row, String municipality, int year, String column) {
        Optional<LockedYears.Lock> lock =
                known.computeIfAbsent(municipality + "/" + year, k -> locked.lock(municipality, year));
        if (lock.isPresent()) {
            throw row.reject(
                    column,
                    "row.year.locked",
                    year,
                    lock.get().municipalityName(),
                    lock.get().since().toString());
        }
    }
}
