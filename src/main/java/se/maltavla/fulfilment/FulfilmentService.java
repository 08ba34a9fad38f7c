package se.maltavla.fulfilment;

import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import se.maltavla.shared.i18n.Messages;
import se.maltavla.shared.table.TableTarget;

/**
 * Goal fulfilment (docs/fulfilment.md): the public API of the fulfilment feature. Results are read
 * from what is stored; they are recomputed after every import for what changed, when the
 * thresholds change, as the days pass, and in full on demand (docs/design-decisions/0006).
 */
public interface FulfilmentService {

    /** The default evaluation date for plan year {@code year}: Y-12-31 for a past year, else today in Sweden. */
    LocalDate defaultEvaluationDate(int year);

    /**
     * The results of a municipality's plan year at an evaluation date. A date that has no
     * stored results yet (other than the default date) is computed once and stored.
     *
     * @throws UnknownMunicipalityException when the municipality is not in the database
     * @throws ResultsBusyException when a date not stored yet cannot be stored while an import runs
     */
    PlanYearResults results(String municipality, int year, LocalDate date);

    /**
     * The strategy as a matrix at an evaluation date: priority areas (or pillars) against council,
     * overarching and external goals, each cell with whether they are linked and the figures of the
     * goals that serve both (docs/spec-readings.md, "Alignment matrix cells").
     */
    AlignmentMatrix alignment(String municipality, int year, LocalDate date);

    /**
     * Whether a municipality's plan year is locked (docs/year-end.md): the version in force, the
     * date its figures are locked at, and when it was locked. Its figures at that date come from
     * the lock's snapshot; other dates are computed as always.
     */
    Optional<LockedYear> locked(String municipality, int year);

    /** The plan years of a municipality that have goals, newest first. */
    List<Integer> planYears(String municipality);

    /**
     * Writes the results export (docs/import-contract.md §9) for a municipality's plan year evaluated
     * at {@code date}: the same stored figures {@link #results} returns.
     *
     * @throws UnknownMunicipalityException when the municipality is not in the database
     */
    default void exportResults(String municipality, int year, LocalDate date, Writer out) {
        exportResults(municipality, year, date, TableTarget.csv(out), Messages.SWEDISH);
    }

    /**
     * The results export as CSV or as a workbook: the same columns and rows; a workbook also gets
     * the statuses in words of {@code language} and its figures typed (docs/import-contract.md §9).
     *
     * @throws UnknownMunicipalityException when the municipality is not in the database
     */
    void exportResults(String municipality, int year, LocalDate date, TableTarget target, Locale language);

    /**
     * The guideline check of a plan year (docs/fulfilment.md §5.2), computed from the plans and
     * activities as they are now, grouped by the stored results' contributions.
     *
     * @throws UnknownMunicipalityException when the municipality is not in the database
     */
    GuidelineReport guidelines(String municipality, int year);

    /** Recomputes the plan years whose data changed since their results were stored. */
    RecomputeReport recomputeChanged();

    /** Recomputes every plan year of every municipality (after an upgrade, or to be sure). Coordinators only. */
    @PreAuthorize("hasRole('COORDINATOR')")
    RecomputeReport recomputeAll();

    /** The municipality's thresholds (docs/fulfilment.md §3). */
    Thresholds thresholds(String municipality);

    /**
     * Sets the municipality's thresholds and recomputes its results. Coordinators only.
     *
     * @throws IllegalArgumentException unless 0 ≤ lower ≤ upper ≤ 100
     */
    @PreAuthorize("hasRole('COORDINATOR')")
    RecomputeReport updateThresholds(String municipality, Thresholds thresholds);
}
