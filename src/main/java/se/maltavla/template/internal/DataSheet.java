package se.maltavla.template.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A template's data sheet: the header row in row 1 exactly as the import's kind expects it
 * (frozen, bold, with a filter), then the rows; fixed cells grey, cells to fill in light yellow;
 * columns as wide as their content (up to a limit); validations over runs of rows. Cells are
 * written as text or numbers only, never as formulas, so a name that starts with {@code =} stays text.
 */
final class DataSheet {

    /** Wider than this a column is cut on screen, not in the cell. */
    static final int MAX_WIDTH_CHARACTERS = 60;

    private static final byte[] GREY = {(byte) 0xEE, (byte) 0xEE, (byte) 0xEE};
    private static final byte[] HEADER_GREY = {(byte) 0xD9, (byte) 0xD9, (byte) 0xD9};
    private static final byte[] INPUT_YELLOW = {(byte) 0xFF, (byte) 0xF2, (byte) 0xCC};

    private final XSSFWorkbook workbook;
    private final XSSFSheet sheet;
    private final List<String> headers;
    private final int[] widths;
    private final XSSFCellStyle header;
    private final XSSFCellStyle fixedText;
    private final XSSFCellStyle fixedNumber;
    private final XSSFCellStyle inputText;
    private final XSSFCellStyle inputNumber;
    private final XSSFCellStyle openText;
    private final XSSFCellStyle openNumber;
    private int rows = 1;

    DataSheet(XSSFWorkbook workbook, String name, List<String> headers) {
        this.workbook = workbook;
        this.sheet = workbook.createSheet(name);
        this.headers = List.copyOf(headers);
        this.widths = new int[headers.size()];
        short text = workbook.createDataFormat().getFormat("@");
        header = style(HEADER_GREY, true, text);
        header.setBorderBottom(BorderStyle.THIN);
        XSSFFont bold = workbook.createFont();
        bold.setBold(true);
        header.setFont(bold);
        fixedText = style(GREY, true, text);
        fixedNumber = style(GREY, true, (short) 0);
        inputText = style(INPUT_YELLOW, false, text);
        inputNumber = style(INPUT_YELLOW, false, (short) 0);
        openText = style(null, false, text);
        openNumber = style(null, false, (short) 0);
        XSSFRow row = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            XSSFCell cell = row.createCell(i);
            cell.setCellValue(headers.get(i));
            cell.setCellStyle(header);
            widths[i] = headers.get(i).length() + 3;
        }
        sheet.createFreezePane(0, 1);
    }

    XSSFSheet sheet() {
        return sheet;
    }

    int column(String header) {
        int at = headers.indexOf(header);
        if (at < 0) {
            throw new IllegalArgumentException("No column " + header);
        }
        return at;
    }

    /** How a cell may be used. */
    enum Use {
        /** Fixed: grey, locked where the sheet is protected. */
        FIXED,
        /** To fill in: light yellow, never locked. */
        INPUT,
        /** Editable like any cell of an unprotected sheet: white, never locked. */
        OPEN
    }

    /** Appends a row: each value a String, a BigDecimal or null, with how its cell is used. */
    void add(List<Object> values, List<Use> uses) {
        XSSFRow row = sheet.createRow(rows++);
        for (int i = 0; i < headers.size(); i++) {
            Object value = values.get(i);
            XSSFCell cell = row.createCell(i);
            boolean number = value instanceof BigDecimal;
            cell.setCellStyle(style(uses.get(i), number));
            if (number) {
                BigDecimal decimal = ((BigDecimal) value).stripTrailingZeros();
                cell.setCellValue(decimal.doubleValue());
                widths[i] = Math.max(widths[i], decimal.toPlainString().length() + 3);
            } else if (value != null) {
                String text = value.toString();
                cell.setCellValue(text);
                widths[i] = Math.max(widths[i], text.length() + 2);
            }
        }
    }

    /** A number column's input cells take numbers, so the cell style is General, not text. */
    private CellStyle style(Use use, boolean number) {
        return switch (use) {
            case FIXED -> number ? fixedNumber : fixedText;
            case INPUT -> number ? inputNumber : inputText;
            case OPEN -> number ? openNumber : openText;
        };
    }

    /** The style of an input cell that should take numbers (an empty {@code varde} of a number indicator). */
    void numberInput(int rowIndex, int column) {
        sheet.getRow(rowIndex).getCell(column).setCellStyle(inputNumber);
    }

    int lastRow() {
        return rows - 1;
    }

    /** A list of allowed words over some rows of a column; with an error in the reader's language. */
    void allow(List<int[]> runs, int column, List<String> words, String title, String message) {
        validate(runs, column, helper().createExplicitListConstraint(words.toArray(String[]::new)), title, message);
    }

    /** Decimal numbers (of any sign, up to 10^15) over some rows of a column. */
    void decimals(List<int[]> runs, int column, String title, String message) {
        validate(
                runs,
                column,
                helper().createDecimalConstraint(
                                DataValidationConstraint.OperatorType.BETWEEN, "-1000000000000000", "1000000000000000"),
                title,
                message);
    }

    /** Numbers above zero (a weight) over some rows of a column. */
    void positive(List<int[]> runs, int column, String title, String message) {
        validate(
                runs,
                column,
                helper().createDecimalConstraint(DataValidationConstraint.OperatorType.GREATER_THAN, "0", null),
                title,
                message);
    }

    private DataValidationHelper helper() {
        return sheet.getDataValidationHelper();
    }

    private void validate(
            List<int[]> runs, int column, DataValidationConstraint constraint, String title, String message) {
        if (runs.isEmpty()) {
            return;
        }
        CellRangeAddressList cells = new CellRangeAddressList();
        for (int[] run : runs) {
            cells.addCellRangeAddress(run[0], column, run[1], column);
        }
        DataValidation validation = helper().createValidation(constraint, cells);
        validation.setEmptyCellAllowed(true);
        validation.setShowErrorBox(true);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.createErrorBox(title, message);
        validation.setSuppressDropDownArrow(
                constraint.getValidationType() == DataValidationConstraint.ValidationType.LIST);
        sheet.addValidationData(validation);
    }

    /** Runs of consecutive sheet rows (first, last; 0-based) for which a condition holds, from row 2 on. */
    static List<int[]> runs(List<Boolean> holds) {
        List<int[]> runs = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= holds.size(); i++) {
            boolean on = i < holds.size() && holds.get(i);
            if (on && start < 0) {
                start = i;
            } else if (!on && start >= 0) {
                runs.add(new int[] {start + 1, i});
                start = -1;
            }
        }
        return runs;
    }

    /** Column widths from the content, a filter on the header, and a landscape page one wide when printed. */
    void finish() {
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, Math.min(widths[i], MAX_WIDTH_CHARACTERS) * 256);
        }
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rows - 1), 0, headers.size() - 1));
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
    }

    /**
     * Locks the fixed cells against slips: protection without a password (Excel: Granska → Ta bort
     * bladskydd; LibreOffice: Verktyg → Skydda blad), so anyone who means to change them can; the
     * import checks every value anyway. Selecting, copying, filtering and widening stay allowed.
     */
    void protect() {
        sheet.enableLocking();
        sheet.lockSelectLockedCells(false);
        sheet.lockSelectUnlockedCells(false);
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
        sheet.lockAutoFilter(false);
        sheet.lockSort(true);
        sheet.lockInsertRows(true);
        sheet.lockDeleteRows(true);
    }

    private XSSFCellStyle style(byte[] fill, boolean locked, short format) {
        XSSFCellStyle style = workbook.createCellStyle();
        if (fill != null) {
            style.setFillForegroundColor(new XSSFColor(fill, null));
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        style.setLocked(locked);
        style.setDataFormat(format);
        style.setBorderBottom(BorderStyle.HAIR);
        style.setBottomBorderColor(IndexedColors.GREY_25_PERCENT.getIndex());
        return style;
    }
}
