package se.maltavla.template.internal;

import java.util.List;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The sheet "Instruktioner" ("Instructions" in English) after the data sheet: a heading, then one
 * paragraph per row in a wide wrapped column. A heading of a part is a paragraph ending in ':'.
 * Each row is given the height its text needs, since Excel does not fit wrapped rows by itself.
 */
final class InstructionsSheet {

    private static final int WIDTH_CHARACTERS = 100;
    private static final float LINE_POINTS = 15f;

    private InstructionsSheet() {}

    static void add(XSSFWorkbook workbook, String name, String heading, List<String> paragraphs) {
        XSSFSheet sheet = workbook.createSheet(name);
        sheet.setColumnWidth(0, WIDTH_CHARACTERS * 256);
        XSSFCellStyle title = style(workbook, true, 14);
        XSSFCellStyle part = style(workbook, true, 11);
        XSSFCellStyle text = style(workbook, false, 11);
        write(sheet, 0, heading, title).setHeightInPoints(24);
        int at = 2;
        for (String paragraph : paragraphs) {
            if (paragraph.isEmpty()) {
                at++;
                continue;
            }
            XSSFRow row = write(sheet, at++, paragraph, paragraph.endsWith(":") ? part : text);
            int lines = 0;
            for (String line : paragraph.split("\n", -1)) {
                lines += Math.max(1, (line.length() + WIDTH_CHARACTERS - 12) / (WIDTH_CHARACTERS - 10));
            }
            row.setHeightInPoints(lines * LINE_POINTS + 2);
        }
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setFitToPage(true);
    }

    private static XSSFRow write(XSSFSheet sheet, int at, String value, XSSFCellStyle style) {
        XSSFRow row = sheet.createRow(at);
        XSSFCell cell = row.createCell(0);
        cell.setCellValue(value);
        cell.setCellStyle(style);
        return row;
    }

    private static XSSFCellStyle style(XSSFWorkbook workbook, boolean bold, int points) {
        XSSFFont font = workbook.createFont();
        font.setBold(bold);
        font.setFontHeightInPoints((short) points);
        XSSFCellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }
}
