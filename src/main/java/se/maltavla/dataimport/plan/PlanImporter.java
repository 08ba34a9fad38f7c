package se.maltavla.dataimport.plan;

import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import se.maltavla.dataimport.csv.CsvRow;
import se.maltavla.dataimport.csv.FileKind;
import se.maltavla.dataimport.row.ChunkResult;
import se.maltavla.dataimport.row.FileContext;
import se.maltavla.dataimport.row.Lookups;
import se.maltavla.dataimport.row.RowImporter;
import se.maltavla.dataimport.row.RowRejectedException;
import se.maltavla.dataimport.row.RowValues;
import se.maltavla.dataimport.row.Rejections;

/** Imports {@code handlingsplan} files: goals and their indicators per plan year (import-format.md §3). */
@Component
class PlanImporter implements RowImporter {

    private final DSLContext db;

    PlanImporter(DSLContext db) {
        this.db = db;
    }

    @Override
    public FileKind kind() {
        return FileKind.HANDLINGSPLAN;
    }

    @Override
    public Session open(FileContext context) {
        Lookups lookups = new Lookups(db);
        PlanRowParser parser = new PlanRowParser(lookups);
        PlanStore store = new PlanStore(db, lookups, context.fileId());
        Rejections rejections = new Rejections(context);
        return (List<CsvRow> rows) -> {
            ChunkResult result = new ChunkResult();
            for (CsvRow row : rows) {
                try {
                    result.add(store.save(parser.parse(new RowValues(context.header(), row))));
                } catch (RowRejectedException e) {
                    result.rejected(rejections.of(row.line(), e));
                }
            }
            return result;
        };
    }
}
