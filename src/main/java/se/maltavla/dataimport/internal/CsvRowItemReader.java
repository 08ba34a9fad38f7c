package se.maltavla.dataimport.internal;

import java.nio.file.Path;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import se.maltavla.dataimport.csv.CsvRow;
import se.maltavla.dataimport.csv.Dialect;
import se.maltavla.dataimport.csv.RowSource;

/**
 * Streams a file's data rows (CSV, or a workbook's sheet); its position (records consumed) is
 * saved with every chunk.
 */
class CsvRowItemReader implements ItemStreamReader<CsvRow> {

    private static final String CONSUMED = "records.consumed";

    private final Path file;
    private final Dialect dialect;
    private final String sheet;
    private RowSource reader;

    CsvRowItemReader(Path file, Dialect dialect, String sheet) {
        this.file = file;
        this.dialect = dialect;
        this.sheet = sheet;
    }

    @Override
    public void open(ExecutionContext context) {
        reader = RowSources.open(file, dialect, sheet);
        if (context.containsKey(CONSUMED)) {
            reader.skipTo(context.getLong(CONSUMED));
        }
    }

    @Override
    public CsvRow read() {
        return reader.next();
    }

    @Override
    public void update(ExecutionContext context) {
        context.putLong(CONSUMED, reader.recordsConsumed());
    }

    @Override
    public void close() {
        if (reader != null) {
            reader.close();
            reader = null;
        }
    }
}
