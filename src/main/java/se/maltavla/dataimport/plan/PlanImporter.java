package se.maltavla.dataimport.plan;

import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import se.maltavla.dataimport.LockedYears;
import se.maltavla.dataimport.csv.FileKind;
import se.maltavla.dataimport.row.ChunkResult;
import se.maltavla.dataimport.row.FileContext;
import se.maltavla.dataimport.row.Lookups;
import se.maltavla.dataimport.row.RowByRow;
import se.maltavla.dataimport.row.RowImporter;
import se.maltavla.dataimport.row.YearLocks;

/** Imports {@code handlingsplan} files: goals and their indicators per plan year (docs/import-contract.md §3). */
@Component
class PlanImporter implements RowImporter {

    private final DSLContext db;
    private final LockedYears locked;

    PlanImporter(DSLContext db, LockedYears locked) {
        this.db = db;
        this.locked = locked;
    }

    @Override
    public FileKind kind() {
        return FileKind.HANDLINGSPLAN;
    }

    @Override
    public Session open(FileContext context) {
        Lookups lookups = new Lookups(db);
        PlanRowParser parser = new PlanRowParser(lookups, new YearLocks(locked), context.limits());
        PlanStore store = new PlanStore(db, lookups, context.fileId(), context.limits());
        return RowByRow.session(context, (row, result) -> {
            PlanRow plan = parser.parse(row);
            ChunkResult.Outcome outcome = store.save(plan);
            if (outcome != ChunkResult.Outcome.UNCHANGED) {
                result.changed(plan.municipality(), plan.year());
            }
            return outcome;
        });
    }
}
