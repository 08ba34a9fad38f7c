package se.maltavla.dataimport.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a file in its dialect, record by record, with each record's physical start line.
 *
 * <p>Empty lines are not ignored by the parser (so its line count stays physical); blank rows and
 * rows of only delimiters are skipped here, and are not rows. The first non-blank record is the
 * header. {@link #recordsConsumed()} counts every record taken from the parser, blank ones too,
 * so that a restarted import can skip exactly what an earlier attempt consumed.
 */
public final class CsvRowReader implements RowSource {

    private final InputStream input;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final Header header;
    private final long headerLine;
    private long consumed;

    private CsvRowReader(Path file, Dialect dialect) throws IOException {
        // The header is the parser's first record, so the limits hold for it too.
        this.input = Files.newInputStream(file);
        input.skipNBytes(dialect.bomLength());
        var reader = new LimitedCsvReader(
                new BufferedReader(new InputStreamReader(input, dialect.charset()), 1 << 16), dialect.delimiter());
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setDelimiter(dialect.delimiter())
                .setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(false)
                .setTrim(false)
                .get();
        this.parser = CSVParser.builder().setReader(reader).setFormat(format).get();
        this.records = parser.iterator();
        Numbered first = nextNonBlank();
        this.header = first == null ? null : new Header(first.record.toList());
        this.headerLine = first == null ? 0 : first.line;
    }

    /** Opens the file; the header is read at once. */
    public static CsvRowReader open(Path file, Dialect dialect) {
        try {
            return new CsvRowReader(file, dialect);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads the whole file once to check that it is well-formed CSV before anything is stored,
     * and counts its data rows (for progress). Throws {@link CsvFormatException}.
     */
    public static long countRows(Path file, Dialect dialect) {
        try (CsvRowReader reader = open(file, dialect)) {
            long rows = 0;
            while (reader.next() != null) {
                rows++;
            }
            return rows;
        }
    }

    /** The header row, or null for a file without one. */
    public Header header() {
        return header;
    }

    public long headerLine() {
        return headerLine;
    }

    /** The next data row, or null at the end of the file. Throws {@link CsvFormatException}. */
    public CsvRow next() {
        Numbered numbered = nextNonBlank();
        return numbered == null ? null : new CsvRow(numbered.line, numbered.record.values());
    }

    /** Skips records until {@code count} records in all have been consumed (restart). */
    public void skipTo(long count) {
        while (consumed < count && nextRecord() != null) {
            // skipping
        }
    }

    public long recordsConsumed() {
        return consumed;
    }

    private Numbered nextNonBlank() {
        Numbered n;
        while ((n = nextRecord()) != null) {
            if (!isBlank(n.record)) {
                return n;
            }
        }
        return null;
    }

    private Numbered nextRecord() {
        long before = parser.getCurrentLineNumber();
        CSVRecord record;
        try {
            // next() without hasNext(): hasNext() would read ahead and move the line counter.
            record = records.next();
        } catch (NoSuchElementException end) {
            return null;
        } catch (UncheckedIOException | IllegalStateException e) {
            if (e.getCause() instanceof CsvLimitExceededException limit) {
                throw CsvFormatException.of(limit);
            }
            if (e.getCause() instanceof IOException io && !(io instanceof org.apache.commons.csv.CSVException)) {
                // the file itself could not be read (it vanished, a disk error): not a CSV problem
                throw new UncheckedIOException(io);
            }
            throw new CsvFormatException(before + 1, e);
        }
        consumed++;
        return new Numbered(before + 1, record);
    }

    private static boolean isBlank(CSVRecord record) {
        for (String value : record) {
            if (!value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() {
        try {
            parser.close();
            input.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Numbered(long line, CSVRecord record) {}
}
