package se.maltavla.yearend.internal;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;
import se.maltavla.dataimport.LockedYears;
import se.maltavla.fulfilment.FrozenResults;
import se.maltavla.fulfilment.GuidelineReport;
import se.maltavla.fulfilment.LockedYear;
import se.maltavla.fulfilment.PlanYearResults;
import se.maltavla.yearend.Snapshot;

/**
 * What a lock means to the other features: the import leaves a locked year alone
 * ({@link LockedYears}), and the figures of a locked year at its locked date, and its guideline
 * check, come from the snapshot ({@link FrozenResults}). Reads only the year-end's own table, so
 * that the fulfilment feature can ask it without asking itself.
 */
@Component
class FrozenFromSnapshots implements FrozenResults, LockedYears {

    private final YearEndRepository repository;
    private final Snapshots snapshots;
    private final MunicipalityNames names;

    FrozenFromSnapshots(YearEndRepository repository, Snapshots snapshots, MunicipalityNames names) {
        this.names = names;
        this.repository = repository;
        this.snapshots = snapshots;
    }

    @Override
    public Optional<PlanYearResults> frozen(String municipality, int year, LocalDate evaluationDate) {
        return repository
                .lockedAt(municipality, year)
                .filter(locked -> locked.evaluationDate().equals(evaluationDate))
                .flatMap(locked -> snapshots.byId(locked.id()))
                .map(Snapshot::results);
    }

    @Override
    public Optional<GuidelineReport> frozenGuidelines(String municipality, int year) {
        return repository
                .lockedAt(municipality, year)
                .flatMap(locked -> snapshots.byId(locked.id()))
                .map(Snapshot::guidelines);
    }

    @Override
    public Optional<LockedYear> lockOf(String municipality, int year) {
        return repository
                .lockedAt(municipality, year)
                .map(locked -> new LockedYear(locked.version(), locked.evaluationDate(), locked.lockedAt()));
    }

    @Override
    public Optional<Lock> lock(String municipality, int year) {
        return repository
                .lockedAt(municipality, year)
                .map(locked -> new Lock(
                        names.of(municipality).orElse(municipality),
                        locked.lockedAt()
                                .atZoneSameInstant(java.time.ZoneId.of("Europe/Stockholm"))
                                .toLocalDate()));
    }
}
