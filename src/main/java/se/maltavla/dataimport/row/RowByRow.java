package se.maltavla.dataimport.row;

import java.util.List;
import se.maltavla.dataimport.csv.CsvRow;
import se.maltavla.dataimport.row.ChunkResult.Outcome;

/** A session that validates and stores a chunk's rows one at a time, in file order. */
public final class RowByRow {

    /** Stores one row, or throws {@link RowRejectedException}. */
    @FunctionalInterface
    public interface RowSaver {
        Outcome save(RowValues row, ChunkResult result);
    }

    private RowByRow() {}

    public static RowImporter.Session session(FileContext context, RowSaver saver) {
        Rejections rejections = new Rejections(context);
        return (List<CsvRow> rows) -> {
            ChunkResult result = new ChunkResult();
            for (CsvRow row : rows) {
                try {
                    result.add(saver.save(new RowValues(context.header(), row), result));
                } catch (RowRejectedException e) {
                    result.rejected(rejections.of(row, e));
                }
            }
            return result;
        };
    }
}
