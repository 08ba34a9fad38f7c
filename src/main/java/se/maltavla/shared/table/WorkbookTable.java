package se.maltavla.shared.table;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * One table as an .xlsx sheet with typed cells (docs/design-decisions/0021-typed-workbook-exports.md):
 * text as text (a code such as 0114 keeps its zero), numbers as numbers, a {@link Cell.Percent} as
 * its unrounded fraction shown "81,1 %", dates as date cells, words for codes; a bold, frozen header
 * row with a filter, and columns as wide as their longest value (up to a limit). Streamed with POI's
 * SXSSF: only a window of rows is in memory, the rest in a compressed temporary file that is
 * deleted on {@link #close}. Text is never a formula, so nothing needs the CSV's apostrophe guard.
 */
public final class WorkbookTable implements TableWriter {

    /** Rows kept in memory; the rest are on disk until the workbook is written. */
    static final int WINDOW = 200;
    /** Excel's limits: characters in a cell, rows in a sheet. */
    static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();
    static final String PERCENT = "0.0 %";
    static final String DATE = "yyyy-mm-dd";
    static final String DATE_TIME = "yyyy-mm-dd hh:mm";
    /** Column widths in characters: at least the header's, at most this. */
    private static final int MAX_WIDTH = 60;

    private final OutputStream out;
    private final SXSSFWorkbook workbook;
    private final SXSSFSheet sheet;
    private final int columns;
    private final int[] widths;
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle number;
    private final CellStyle percent;
    private final CellStyle date;
    private final CellStyle dateTime;
    private final int maxRows;
    private int rows;
    private long left;
    private boolean closed;

    public WorkbookTable(OutputStream out, String sheetName, List<String> header) {
        this(out, sheetName, header, MAX_ROWS);
    }

    WorkbookTable(OutputStream out, String sheetName, List<String> header, int maxRows) {
        this.out = out;
        this.maxRows = maxRows;
        this.columns = header.size();
        this.widths = new int[columns];
        this.workbook = new SXSSFWorkbook(WINDOW);
        workbook.setCompressTempFiles(true);
        sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName == null ? "" : sheetName));
        Font bold = workbook.createFont();
        bold.setBold(true);
        this.header = style("@");
        this.header.setFont(bold);
        this.text = style("@");
        this.number = style("General");
        this.percent = style(PERCENT);
        this.date = style(DATE);
        this.dateTime = style(DATE_TIME);
        Row first = sheet.createRow(rows++);
        for (int i = 0; i < columns; i++) {
            org.apache.poi.ss.usermodel.Cell cell = first.createCell(i);
            cell.setCellValue(header.get(i));
            cell.setCellStyle(this.header);
            widths[i] = header.get(i).length();
        }
        sheet.createFreezePane(0, 1);
    }

    private CellStyle style(String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }

    @Override
    public void row(Object... cells) {
        if (cells.length > columns) {
            throw new IllegalArgumentException(cells.length + " cells in a table of " + columns + " columns");
        }
        // Excel's last row is kept for saying how many did not fit (the CSV has them all).
        if (rows >= maxRows - 1) {
            left++;
            return;
        }
        Row row = sheet.createRow(rows++);
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] != null) {
                set(row.createCell(i), i, cells[i]);
            }
        }
    }

    private void set(org.apache.poi.ss.usermodel.Cell cell, int column, Object value) {
        switch (value) {
            case Cell.Percent p -> {
                cell.setCellValue(p.fraction().doubleValue());
                cell.setCellStyle(percent);
                widen(column, 8);
            }
            case Cell.Day d -> {
                cell.setCellValue(d.date());
                cell.setCellStyle(date);
                widen(column, 10);
            }
            case Cell.Moment m -> {
                cell.setCellValue(m.time());
                cell.setCellStyle(dateTime);
                widen(column, 16);
            }
            case Cell.Word w -> text(cell, column, w.word());
            case BigDecimal n -> {
                cell.setCellValue(n.doubleValue());
                cell.setCellStyle(number);
                widen(column, Math.min(n.stripTrailingZeros().toPlainString().length(), 12));
            }
            case Integer n -> whole(cell, column, n);
            case Long n -> whole(cell, column, n);
            case Number n -> {
                cell.setCellValue(n.doubleValue());
                cell.setCellStyle(number);
                widen(column, 12);
            }
            default -> text(cell, column, value.toString());
        }
    }

    private void whole(org.apache.poi.ss.usermodel.Cell cell, int column, long n) {
        cell.setCellValue(n);
        cell.setCellStyle(number);
        widen(column, Long.toString(n).length());
    }

    private void text(org.apache.poi.ss.usermodel.Cell cell, int column, String value) {
        if (value.isEmpty()) {
            cell.setBlank();
            return;
        }
        String fitting = value.length() > MAX_TEXT ? value.substring(0, MAX_TEXT - 1) + "…" : value;
        cell.setCellValue(fitting);
        cell.setCellStyle(text);
        widen(column, longestLine(fitting));
    }

    private static int longestLine(String value) {
        int longest = 0;
        int start = 0;
        while (start <= value.length() && longest < MAX_WIDTH) {
            int end = value.indexOf('\n', start);
            int stop = end < 0 ? value.length() : end;
            longest = Math.max(longest, stop - start);
            if (end < 0) {
                break;
            }
            start = end + 1;
        }
        return longest;
    }

    private void widen(int column, int characters) {
        widths[column] = Math.max(widths[column], characters);
    }

    /** Writes the workbook (filter over every row, column widths) and deletes its temporary file. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (left > 0) {
                Row note = sheet.createRow(rows++);
                text(
                        note.createCell(0),
                        0,
                        "… " + left + " rader till finns i CSV-filen / " + left + " more rows are in the CSV file");
            }
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rows - 1, 0), 0, Math.max(columns - 1, 0)));
            for (int i = 0; i < columns; i++) {
                sheet.setColumnWidth(i, (Math.min(widths[i], MAX_WIDTH) + 3) * 256);
            }
            workbook.write(out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
            try {
                workbook.close();
            } catch (IOException ignored) {
                // the temporary files are gone; nothing else to release
            }
        }
    }
}
