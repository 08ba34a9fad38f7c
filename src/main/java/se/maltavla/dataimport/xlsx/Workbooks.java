package se.maltavla.dataimport.xlsx;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import se.maltavla.dataimport.csv.CsvFormatException;
import se.maltavla.dataimport.csv.FileInspection;
import se.maltavla.dataimport.csv.FileInspector;
import se.maltavla.dataimport.csv.FileKind;
import se.maltavla.dataimport.csv.RowSource;
import se.maltavla.dataimport.value.Fold;

/**
 * Excel workbooks in the import (docs/import-format.md, "Excel-filer"): which files are
 * workbooks, which sheet of one is read, and its rows. A file is a workbook by its content, not
 * its name: a zip (.xlsx, .xlsm, .xltx) or an OLE2 container (.xls, or a password-protected
 * workbook, which Office encrypts into one). Every other file is read as CSV.
 */
public final class Workbooks {

    private Workbooks() {}

    /** Whether the file is read as a workbook: a zip or OLE2 container, or named .xls (refused). */
    public static boolean isWorkbook(Path file) {
        FileMagic magic = magic(file);
        return magic == FileMagic.OOXML
                || magic == FileMagic.OLE2
                || file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xls");
    }

    /**
     * Checksum and size, and the sheet that is read, or why the workbook is refused whole (a
     * message key and its arguments). Throws {@link UncheckedIOException} when the file cannot
     * be read at all (gone, no access).
     */
    public static FileInspection inspect(Path file) {
        FileInspector.Checksum sum = FileInspector.checksum(file);
        FileMagic magic = magic(file);
        if (magic == FileMagic.OLE2) {
            return FileInspection.workbook(
                    sum.sha256(), sum.size(), null, encrypted(file) ? "file.xlsx.encrypted" : "file.xls");
        }
        if (magic != FileMagic.OOXML) {
            return FileInspection.workbook(sum.sha256(), sum.size(), null, "file.xls");
        }
        try (OpenWorkbook workbook = WorkbookFaults.opening(file, () -> OpenWorkbook.open(file))) {
            OpenWorkbook.Sheet sheet = choose(workbook.sheets());
            return FileInspection.workbook(sum.sha256(), sum.size(), sheet.name(), null);
        } catch (CsvFormatException e) {
            return FileInspection.workbook(sum.sha256(), sum.size(), null, e.reasonKey(), e.args());
        }
    }

    /** The sheet's rows; the header is read at once. Throws {@link CsvFormatException} for the file's faults. */
    public static RowSource open(Path file, String sheet) {
        return WorkbookRowReader.open(file, sheet);
    }

    /**
     * The name that hints at the file's kind when its header fits several ({@link
     * se.maltavla.dataimport.csv.KindDetection}): the sheet's name when it names a kind, else the
     * file's.
     */
    public static String kindHint(String sheet, String fileName) {
        return kindNamed(sheet) != null ? kindNamed(sheet).code() : fileName;
    }

    /**
     * The sheet to read: the one visible sheet named by a kind (strategi, handlingsplan, utfall,
     * berättelse, aktiviteter, folded as column names are: "Utfall", "BERÄTTELSE"), else the
     * first visible sheet. Hidden sheets are never read.
     */
    static OpenWorkbook.Sheet choose(List<OpenWorkbook.Sheet> sheets) {
        List<OpenWorkbook.Sheet> visible =
                sheets.stream().filter(s -> !s.hidden()).toList();
        if (visible.isEmpty()) {
            throw CsvFormatException.of(0, "file.xlsx.novisiblesheet", null);
        }
        List<OpenWorkbook.Sheet> named =
                visible.stream().filter(s -> kindNamed(s.name()) != null).toList();
        if (named.size() > 1) {
            throw CsvFormatException.of(
                    0,
                    "file.xlsx.severalkindsheets",
                    null,
                    String.join(
                            ", ", named.stream().map(OpenWorkbook.Sheet::name).toList()));
        }
        return named.isEmpty() ? visible.getFirst() : named.getFirst();
    }

    private static FileKind kindNamed(String sheet) {
        String folded = Fold.fold(sheet);
        for (FileKind kind : FileKind.values()) {
            if (kind.code().equals(folded)) {
                return kind;
            }
        }
        return null;
    }

    /** An OLE2 container with an EncryptionInfo stream: a workbook saved with a password. */
    private static boolean encrypted(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            return fs.getRoot().hasEntry("EncryptionInfo");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static FileMagic magic(Path file) {
        try (InputStream in = FileMagic.prepareToCheckMagic(new BufferedInputStream(Files.newInputStream(file)))) {
            return FileMagic.valueOf(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException tooShort) {
            return FileMagic.UNKNOWN; // an empty or tiny file: the CSV rules say what it is
        }
    }
}
