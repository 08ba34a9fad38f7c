package se.maltavla.dashboard.ui.overview;

import java.time.LocalDate;
import java.util.Optional;

/** The tertials the follow-up is reported by (T1 January–April, T2 May–August, T3 September–December). */
final class Tertials {

    private Tertials() {}

    /**
     * The end of the tertial before the one {@code date} lies in, within plan year {@code year}:
     * the date to compare with for "change since the previous tertial". Empty in the first tertial.
     * A date on a tertial's last day belongs to that tertial.
     */
    static Optional<LocalDate> previousEnd(int year, LocalDate date) {
        LocalDate previous = null;
        for (LocalDate end :
                new LocalDate[] {LocalDate.of(year, 4, 30), LocalDate.of(year, 8, 31), LocalDate.of(year, 12, 31)}) {
            if (end.isBefore(date)) {
                previous = end;
            }
        }
        return Optional.ofNullable(previous);
    }
}
