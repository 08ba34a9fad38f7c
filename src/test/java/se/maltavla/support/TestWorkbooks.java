package se.maltavla.support;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.maltavla.dataimport.csv.CsvRow;
import se.maltavla.dataimport.csv.CsvRowReader;
import se.maltavla.dataimport.csv.FileInspector;

/**
 * Workbooks for tests, written by Apache POI as Excel would save them: a CSV file turned into a
 * sheet with typed cells (numbers as numbers, ISO dates as date cells), or a sheet built cell by
 * cell.
 */
public final class TestWorkbooks {

    private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(,[0-9]+)?");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    private TestWorkbooks() {}

    /**
     * The CSV file's rows on one sheet: values that are Swedish numbers (no leading zero) become
     * numeric cells, ISO dates date cells (format yyyy-mm-dd), the rest text cells.
     */
    public static void fromCsv(Path csv, Path xlsx, String sheetName) {
        List<List<Object>> rows = new ArrayList<>();
        try (CsvRowReader reader =
                CsvRowReader.open(csv, FileInspector.inspect(csv).dialect())) {
            rows.add(new ArrayList<>(reader.header().writtenNames()));
            for (CsvRow row = reader.next(); row != null; row = reader.next()) {
                List<Object> cells = new ArrayList<>();
                for (String value : row.values()) {
                    cells.add(typed(value));
                }
                rows.add(cells);
            }
        }
        write(xlsx, sheetName, rows);
    }

    private static Object typed(String value) {
        String v = value.strip();
        if (NUMBER.matcher(v).matches() && v.length() < 15) {
            return new java.math.BigDecimal(v.replace(',', '.'));
        }
        if (DATE.matcher(v).matches()) {
            return LocalDate.parse(v);
        }
        return value;
    }

    /** One sheet of rows (a cell: String, Number, Boolean, LocalDate, or null for none). */
    public static void write(Path xlsx, String sheetName, List<List<Object>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            fill(workbook, workbook.createSheet(sheetName), 0, rows);
            save(workbook, xlsx);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the rows from the given row index (0 is Excel's row 1). */
    public static void fill(XSSFWorkbook workbook, Sheet sheet, int firstRow, List<List<Object>> rows) {
        java.util.Map<Integer, CellStyle> decimalStyles = new java.util.HashMap<>();
        CellStyle date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(firstRow + r);
            List<Object> values = rows.get(r);
            for (int c = 0; c < values.size(); c++) {
                Object value = values.get(c);
                if (value == null) {
                    continue;
                }
                Cell cell = row.createCell(c);
                switch (value) {
                    case java.math.BigDecimal n
                    when n.scale() > 0 -> {
                        // shown with the decimals written, as a template formats its value column
                        cell.setCellValue(n.doubleValue());
                        cell.setCellStyle(decimalStyles.computeIfAbsent(n.scale(), scale -> {
                            CellStyle decimals = workbook.createCellStyle();
                            decimals.setDataFormat(workbook.createDataFormat().getFormat("0." + "0".repeat(scale)));
                            return decimals;
                        }));
                    }
                    case Number n -> cell.setCellValue(n.doubleValue());
                    case Boolean b -> cell.setCellValue(b);
                    case LocalDate d -> {
                        cell.setCellValue(d);
                        cell.setCellStyle(date);
                    }
                    default -> cell.setCellValue(value.toString());
                }
            }
        }
    }

    public static void save(XSSFWorkbook workbook, Path xlsx) {
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
