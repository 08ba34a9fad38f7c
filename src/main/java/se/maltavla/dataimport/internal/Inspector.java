package se.maltavla.dataimport.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import se.maltavla.dataimport.csv.Columns;
import se.maltavla.dataimport.csv.CsvFormatException;
import se.maltavla.dataimport.csv.CsvRowReader;
import se.maltavla.dataimport.csv.FileInspection;
import se.maltavla.dataimport.csv.FileInspector;
import se.maltavla.dataimport.csv.Header;
import se.maltavla.dataimport.csv.KindDetection;

/** Reads a file once before importing it: dialect, header, kind, well-formedness, rows. */
final class Inspector {

    private Inspector() {}

    static Candidate inspect(Path path) {
        FileInspection inspection = FileInspector.inspect(path);
        if (!inspection.readable()) {
            return new Candidate(path, inspection, null, null, 0, inspection.unreadableReason(), inspection.unreadableArgs());
        }
        Header header;
        try (CsvRowReader reader = CsvRowReader.open(path, inspection.dialect())) {
            header = reader.header();
        } catch (CsvFormatException e) {
            return new Candidate(path, inspection, null, null, 0, "file.quotes", new Object[] {e.line()});
        }
        if (header == null) {
            return new Candidate(path, inspection, null, null, 0, "file.empty", new Object[0]);
        }
        if (!header.duplicates().isEmpty()) {
            return new Candidate(path, inspection, header, null, 0, "file.duplicatecolumns",
                    new Object[] {String.join(", ", header.duplicates())});
        }
        KindDetection detection = KindDetection.detect(header, path.getFileName().toString());
        if (!detection.recognised()) {
            List<String> missing = detection.missing();
            return new Candidate(path, inspection, header, null, 0, "file.unknownheader",
                    new Object[] {detection.closest().code(), missing.stream().map(Columns::display).collect(Collectors.joining(", "))});
        }
        try {
            long rows = CsvRowReader.countRows(path, inspection.dialect());
            return new Candidate(path, inspection, header, detection.kind(), rows, null, null);
        } catch (CsvFormatException e) {
            return new Candidate(path, inspection, header, detection.kind(), 0, "file.quotes", new Object[] {e.line()});
        }
    }
}
