package se.maltavla.dataimport.measurement;

import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import se.maltavla.dataimport.LockedYears;
import se.maltavla.dataimport.csv.FileKind;
import se.maltavla.dataimport.row.FileContext;
import se.maltavla.dataimport.row.RowImporter;
import se.maltavla.dataimport.row.YearLocks;

/** Imports {@code utfall} files: measured values per indicator and period (docs/import-contract.md §4). */
@Component
class MeasurementImporter implements RowImporter {

    private final DSLContext db;
    private final MeasurementStore store;

    private final LockedYears locked;

    MeasurementImporter(DSLContext db, MeasurementStore store, LockedYears locked) {
        this.db = db;
        this.store = store;
        this.locked = locked;
    }

    @Override
    public FileKind kind() {
        return FileKind.UTFALL;
    }

    @Override
    public Session open(FileContext context) {
        var session = new MeasurementSession(context, new IndicatorIndex(db), store, new YearLocks(locked));
        return session::write;
    }
}
