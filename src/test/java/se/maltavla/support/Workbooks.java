package se.maltavla.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.maltavla.shared.i18n.Messages;

/** An exported workbook read back with POI, as Excel would: cell types, formats, the header's pane and filter. */
public final class Workbooks {

    private final XSSFWorkbook workbook;

    private Workbooks(XSSFWorkbook workbook) {
        this.workbook = workbook;
    }

    public static Workbooks read(byte[] xlsx) {
        try {
            return new Workbooks(new XSSFWorkbook(new ByteArrayInputStream(xlsx)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public XSSFSheet sheet() {
        return workbook.getSheetAt(0);
    }

    public int sheets() {
        return workbook.getNumberOfSheets();
    }

    /** Every row's cells, the header first; a missing cell is null. */
    public List<List<Cell>> rows() {
        Sheet sheet = sheet();
        int width = sheet.getRow(0).getLastCellNum();
        List<List<Cell>> rows = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            List<Cell> cells = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                Cell cell = row == null ? null : row.getCell(c);
                cells.add(cell == null || cell.getCellType() == CellType.BLANK ? null : cell);
            }
            rows.add(cells);
        }
        return rows;
    }

    /** The header row's texts. */
    public List<String> header() {
        return rows().getFirst().stream().map(Cell::getStringCellValue).toList();
    }

    /** The row whose cell in {@code column} is the text {@code value}. */
    public List<Cell> rowWhere(String column, String value) {
        int index = header().indexOf(column);
        return rows().stream()
                .skip(1)
                .filter(r -> r.get(index) != null
                        && r.get(index).getCellType() == CellType.STRING
                        && value.equals(r.get(index).getStringCellValue()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row with " + column + " = " + value));
    }

    public int column(String name) {
        return header().indexOf(name);
    }

    /** What Swedish Excel shows in the cell ("81,1 %", "2017-08-31"). */
    public static String shownInSwedish(Cell cell) {
        return cell == null ? "" : new DataFormatter(Messages.formatting(Messages.SWEDISH)).formatCellValue(cell);
    }

    /** The filter's range ("A1:N40"), or null when the sheet has none. */
    public String autoFilter() {
        var filter = sheet().getCTWorksheet().getAutoFilter();
        return filter == null ? null : filter.getRef();
    }

    /** Whether the header row (row 1) is frozen, and only it. */
    public boolean headerFrozen() {
        var pane = sheet().getPaneInformation();
        return pane != null
                && pane.isFreezePane()
                && pane.getHorizontalSplitPosition() == 1
                && pane.getVerticalSplitPosition() == 0;
    }
}
