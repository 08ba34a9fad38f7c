package se.maltavla.dataimport.internal;

import java.nio.file.Path;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import se.maltavla.dataimport.csv.CsvRow;
import se.maltavla.dataimport.csv.CsvRowReader;
import se.maltavla.dataimport.csv.Dialect;

/** Streams a file's data rows; its position (records consumed) is saved with every chunk. */
class CsvRowItemReader implements ItemStreamReader<CsvRow> {

    private static final String CONSUMED = "records.consumed";

    private final Path file;
    private final Dialect dialect;
    private CsvRowReader reader;

    CsvRowItemReader(Path file, Dialect dialect) {
        this.file = file;
        this.dialect = dialect;
    }

    @Override
    public void open(ExecutionContext context) {
        reader = CsvRowReader.open(file, dialect);
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
