package se.maltavla.dataimport.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import se.maltavla.dataimport.csv.Columns;
import se.maltavla.dataimport.csv.CsvFormatException;
import se.maltavla.dataimport.csv.CsvLimits;
import se.maltavla.dataimport.csv.CsvRowReader;
import se.maltavla.dataimport.csv.FileInspection;
import se.maltavla.dataimport.csv.FileInspector;
import se.maltavla.dataimport.csv.FileKind;
import se.maltavla.dataimport.csv.Header;
import se.maltavla.dataimport.csv.KindDetection;
import se.maltavla.dataimport.csv.RowSource;
import se.maltavla.dataimport.xlsx.Workbooks;

/**
 * Reads a file once before importing it: dialect, header, kind, well-formedness within the
 * limits ({@link CsvLimits}), rows. An input/output error (the file vanished, cannot be read)
 * is thrown as {@link java.io.UncheckedIOException}: it is not the content's fault.
 */
final class Inspector {

    private Inspector() {}

    static Candidate inspect(Path path) {
        if (Workbooks.isWorkbook(path)) {
            return inspectWorkbook(path);
        }
        FileInspection inspection = FileInspector.inspect(path);
        if (!inspection.readable()) {
            return rejected(path, inspection, null, inspection.unreadableReason(), inspection.unreadableArgs());
        }
        Header header;
        try (CsvRowReader reader = CsvRowReader.open(path, inspection.dialect())) {
            header = reader.header();
        } catch (CsvFormatException e) {
            return rejected(path, inspection, null, e.reasonKey(), e.args());
        }
        if (header == null) {
            return rejected(path, inspection, null, "file.empty");
        }
        if (!header.duplicates().isEmpty()) {
            return rejected(path, inspection, header, "file.duplicatecolumns", String.join(", ", header.duplicates()));
        }
        KindDetection detection =
                KindDetection.detect(header, path.getFileName().toString());
        if (!detection.recognised()) {
            List<String> missing = detection.missing();
            return rejected(
                    path,
                    inspection,
                    header,
                    "file.unknownheader",
                    detection.closest().code(),
                    missing.stream().map(Columns::display).collect(Collectors.joining(", ")));
        }
        long rows;
        try {
            rows = CsvRowReader.countRows(path, inspection.dialect());
        } catch (CsvFormatException e) {
            return rejected(path, inspection, header, e.reasonKey(), e.args());
        }
        if (detection.kind() == FileKind.STRATEGI && rows > CsvLimits.MAX_STRATEGY_ROWS) {
            return rejected(path, inspection, header, "file.toomanystrategyrows", rows, CsvLimits.MAX_STRATEGY_ROWS);
        }
        return new Candidate(path, inspection, header, detection.kind(), rows, null, null, null);
    }

    /**
     * A workbook: the sheet to read (or why none is read), then its header and rows as a CSV
     * file's; a refusal that concerns the sheet names it.
     */
    private static Candidate inspectWorkbook(Path path) {
        FileInspection inspection = Workbooks.inspect(path);
        if (!inspection.readable()) {
            return rejected(path, inspection, null, inspection.unreadableReason(), inspection.unreadableArgs());
        }
        String sheet = inspection.sheet();
        Header header;
        try (RowSource reader = Workbooks.open(path, sheet)) {
            header = reader.header();
        } catch (CsvFormatException e) {
            return rejected(path, inspection, null, e.reasonKey(), e.args());
        }
        if (header == null) {
            return rejected(path, inspection, null, "file.xlsx.emptysheet", sheet);
        }
        if (!header.duplicates().isEmpty()) {
            return inSheet(path, inspection, header, "file.duplicatecolumns", String.join(", ", header.duplicates()));
        }
        KindDetection detection = KindDetection.detect(
                header, Workbooks.kindHint(sheet, path.getFileName().toString()));
        if (!detection.recognised()) {
            return inSheet(
                    path,
                    inspection,
                    header,
                    "file.unknownheader",
                    detection.closest().code(),
                    detection.missing().stream().map(Columns::display).collect(Collectors.joining(", ")));
        }
        long rows;
        try (RowSource reader = Workbooks.open(path, sheet)) {
            rows = reader.countRows();
        } catch (CsvFormatException e) {
            return rejected(path, inspection, header, e.reasonKey(), e.args());
        }
        if (detection.kind() == FileKind.STRATEGI && rows > CsvLimits.MAX_STRATEGY_ROWS) {
            return inSheet(path, inspection, header, "file.toomanystrategyrows", rows, CsvLimits.MAX_STRATEGY_ROWS);
        }
        return new Candidate(path, inspection, header, detection.kind(), rows, null, null, null);
    }

    /** A CSV file's reason, said of the workbook's sheet: "Bladet Utfall: …". */
    private static Candidate inSheet(Path path, FileInspection inspection, Header header, String key, Object... args) {
        return rejected(
                path,
                inspection,
                header,
                "file.xlsx.insheet",
                inspection.sheet(),
                new DefaultMessageSourceResolvable(new String[] {key}, args, key));
    }

    private static Candidate rejected(Path path, FileInspection inspection, Header header, String key, Object... args) {
        return new Candidate(path, inspection, header, null, 0, key, args, null);
    }
}
