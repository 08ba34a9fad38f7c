package se.maltavla.template;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reading templates back in tests, and saving a sheet as CSV the way Excel's "CSV UTF-8 (semikolonavgränsad)" does. */
public final class Workbooks {

    private Workbooks() {}

    public static XSSFWorkbook open(byte[] xlsx) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A cell's value as text: a number plainly (12.5, 1300000), text as it is, nothing as "". */
    public static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            return BigDecimal.valueOf(cell.getNumericCellValue())
                    .stripTrailingZeros()
                    .toPlainString();
        }
        if (cell.getCellType() == CellType.FORMULA) {
            throw new AssertionError("a template holds no formulas: " + cell.getAddress());
        }
        return cell.getCellType() == CellType.BLANK ? "" : cell.getStringCellValue();
    }

    /** Every row's cells as text, the header first, as wide as the header. */
    public static List<List<String>> rows(Sheet sheet) {
        int width = sheet.getRow(0).getLastCellNum();
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                cells.add(row == null ? "" : text(row.getCell(c)));
            }
            rows.add(cells);
        }
        return rows;
    }

    /** The sheet as CSV text: ';' between cells, quotes where a cell needs them, CRLF, as Excel saves it. */
    public static String csv(Sheet sheet) {
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows(sheet)) {
            List<String> quoted = new ArrayList<>();
            for (String cell : row) {
                quoted.add(cell.matches("(?s).*[;\"\\r\\n].*") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
            }
            out.append(String.join(";", quoted)).append("\r\n");
        }
        return out.toString();
    }
}
