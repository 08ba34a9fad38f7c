package se.maltavla.dataimport.xlsx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import javax.xml.stream.XMLStreamException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.ODFNotOfficeXmlFileException;
import se.maltavla.dataimport.csv.CsvFormatException;

/**
 * Whose fault an error while reading a workbook is. The file vanished or may not be read: the
 * surroundings' ({@link UncheckedIOException}, as for a CSV file: the file stays). Anything else
 * the zip or XML reader says is the file's ({@link CsvFormatException}: the file goes to failed/
 * with the reason): the file was read whole a moment before (its checksum), so an error now is
 * in its content: a zip bomb, a part beyond its limit, a broken zip or XML.
 */
final class WorkbookFaults {

    interface Reading<T> {
        T read() throws Exception;
    }

    private WorkbookFaults() {}

    static <T> T opening(Path file, Reading<T> reading) {
        try {
            return reading.read();
        } catch (CsvFormatException e) {
            throw e;
        } catch (Exception e) {
            surroundings(e);
            if (e instanceof ODFNotOfficeXmlFileException) {
                throw CsvFormatException.of(0, "file.xlsx.ods", e);
            }
            if (e instanceof NotOfficeXmlFileException
                    || e instanceof org.apache.poi.openxml4j.exceptions.InvalidFormatException invalid
                            && String.valueOf(invalid.getMessage()).contains("content type part")) {
                throw CsvFormatException.of(0, "file.xlsx.notworkbook", e);
            }
            throw content(e, null, 0);
        }
    }

    static <T> T reading(String sheet, long row, Reading<T> reading) {
        try {
            return reading.read();
        } catch (CsvFormatException e) {
            throw e;
        } catch (Exception e) {
            surroundings(e);
            throw content(e, sheet, row);
        }
    }

    private static void surroundings(Throwable e) {
        for (Throwable t = e; t != null; t = next(t)) {
            if (t instanceof NoSuchFileException || t instanceof AccessDeniedException) {
                throw new UncheckedIOException((IOException) t);
            }
        }
    }

    private static CsvFormatException content(Exception e, String sheet, long row) {
        for (Throwable t = e; t != null; t = next(t)) {
            if (t instanceof LimitedInputStream.PartTooLargeException large) {
                return CsvFormatException.of(
                        row, "file.xlsx.parttoolarge", e, large.part(), large.limit() / (1024 * 1024));
            }
            String message = t.getMessage() == null ? "" : t.getMessage();
            if (message.contains("Zip bomb")
                    || message.contains("max entry size")
                    || message.contains("MaxEntrySize")) {
                return CsvFormatException.of(row, "file.xlsx.zipbomb", e);
            }
        }
        return sheet == null
                ? CsvFormatException.of(row, "file.xlsx.corruptfile", e)
                : CsvFormatException.of(row, "file.xlsx.corrupt", e, sheet, row);
    }

    private static Throwable next(Throwable t) {
        Throwable cause = t instanceof XMLStreamException xml && xml.getNestedException() != null
                ? xml.getNestedException()
                : t.getCause();
        return cause == t ? null : cause;
    }
}
