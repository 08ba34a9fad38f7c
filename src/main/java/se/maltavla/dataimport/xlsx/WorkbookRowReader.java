package se.maltavla.dataimport.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.SharedStrings;
import se.maltavla.dataimport.csv.CsvFormatException;
import se.maltavla.dataimport.csv.CsvLimits;
import se.maltavla.dataimport.csv.CsvRow;
import se.maltavla.dataimport.csv.Header;
import se.maltavla.dataimport.csv.RowSource;

/**
 * Streams one sheet of a workbook as rows (a pull parser over the sheet's XML, so that only one
 * row is in memory): each row numbered as Excel shows it, its values by column (A is 0) as
 * {@link CellText} gives them. Rows without a value (empty, or only formatted) are skipped without
 * being built, so a sheet of a million empty formatted rows costs time in proportion to its XML
 * and no memory. The limits of a CSV file hold per cell, row and column ({@link CsvLimits}).
 */
final class WorkbookRowReader implements RowSource {

    private static final int MAX_FORMULA_SHOWN = 200;

    private final OpenWorkbook workbook;
    private final String sheet;
    private final InputStream sheetData;
    private final XMLStreamReader xml;
    private final SharedStrings strings;
    private final CellText cells;
    private final Header header;
    private final long headerLine;
    private long consumed;
    private long lastRow;
    private boolean ended;

    private WorkbookRowReader(OpenWorkbook workbook, OpenWorkbook.Sheet sheet)
            throws IOException, OpenXML4JException, XMLStreamException, org.xml.sax.SAXException {
        this.workbook = workbook;
        this.sheet = sheet.name();
        this.strings = workbook.sharedStrings();
        this.cells = new CellText(workbook.styles(), workbook.date1904());
        this.sheetData = workbook.sheetData(sheet);
        this.xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(sheetData);
        CsvRow first = nextNonBlank();
        this.header = first == null ? null : new Header(Arrays.asList(first.values()));
        this.headerLine = first == null ? 0 : first.line();
    }

    /** Opens the named sheet; a fault of the workbook is thrown as {@link CsvFormatException}. */
    static WorkbookRowReader open(java.nio.file.Path file, String sheetName) {
        OpenWorkbook workbook = WorkbookFaults.opening(file, () -> OpenWorkbook.open(file));
        try {
            OpenWorkbook.Sheet sheet = workbook.sheets().stream()
                    .filter(s -> s.name().equals(sheetName))
                    .findFirst()
                    .orElseThrow(() -> CsvFormatException.of(0, "file.xlsx.nosheet", null, sheetName));
            return WorkbookFaults.reading(sheetName, 0, () -> new WorkbookRowReader(workbook, sheet));
        } catch (RuntimeException e) {
            workbook.close();
            throw e;
        }
    }

    String sheet() {
        return sheet;
    }

    @Override
    public Header header() {
        return header;
    }

    @Override
    public long headerLine() {
        return headerLine;
    }

    @Override
    public CsvRow next() {
        return nextNonBlank();
    }

    @Override
    public void skipTo(long count) {
        while (consumed < count && nextNonBlank() != null) {
            // skipping
        }
    }

    @Override
    public long recordsConsumed() {
        return consumed;
    }

    private CsvRow nextNonBlank() {
        CsvRow row = WorkbookFaults.reading(sheet, lastRow + 1, this::readRow);
        if (row != null) {
            consumed++;
        }
        return row;
    }

    /** The next row holding a value, or null at the end of the sheet's data. */
    private CsvRow readRow() throws XMLStreamException {
        while (!ended && xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("sheetData")) {
                ended = true;
            } else if (event == XMLStreamConstants.START_ELEMENT
                    && xml.getLocalName().equals("row")) {
                CsvRow row = row();
                if (row != null) {
                    return row;
                }
            }
        }
        ended = true;
        return null;
    }

    private CsvRow row() throws XMLStreamException {
        long number = parseRowNumber(OpenWorkbook.attribute(xml, "r"));
        lastRow = number;
        RowBuilder row = new RowBuilder(number, this);
        int column = -1;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("c")) {
                String ref = OpenWorkbook.attribute(xml, "r");
                int at = ref == null ? -1 : Columns.index(ref, number);
                column = at < 0 ? column + 1 : at;
                if (column >= CsvLimits.MAX_COLUMNS) {
                    throw limit(number, "file.xlsx.toomanycolumns", CsvLimits.MAX_COLUMNS);
                }
                cell(row, column);
            } else if (event == XMLStreamConstants.END_ELEMENT
                    && xml.getLocalName().equals("row")) {
                break;
            }
        }
        return row.build();
    }

    private long parseRowNumber(String r) {
        long number;
        try {
            number = r == null ? lastRow + 1 : Long.parseLong(r.trim());
        } catch (NumberFormatException e) {
            throw CsvFormatException.of(lastRow + 1, "file.xlsx.corrupt", null, sheet, lastRow + 1);
        }
        if (number < 1 || number > WorkbookLimits.MAX_ROW) {
            throw CsvFormatException.of(lastRow + 1, "file.xlsx.corrupt", null, sheet, lastRow + 1);
        }
        return number;
    }

    /** Reads one c element (the reader is on its start) and puts its value into the row. */
    private void cell(RowBuilder row, int column) throws XMLStreamException {
        String type = OpenWorkbook.attribute(xml, "t");
        String s = OpenWorkbook.attribute(xml, "s");
        int style = s == null ? 0 : parseStyle(s);
        String stored = null;
        String formula = null;
        StringBuilder inline = null;
        boolean phonetic = false;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "v" -> stored = limited(xml.getElementText(), row.number);
                    case "f" -> formula = xml.getElementText();
                    case "is" -> inline = new StringBuilder();
                    case "rPh" -> phonetic = true;
                    case "t" -> {
                        String text = xml.getElementText();
                        if (inline != null && !phonetic) {
                            inline.append(text);
                            limited(inline, row.number);
                        }
                    }
                    default -> {
                        // rPr, extLst …: not the value
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                String name = xml.getLocalName();
                if (name.equals("rPh")) {
                    phonetic = false;
                } else if (name.equals("c")) {
                    break;
                }
            }
        }
        if ("inlineStr".equals(type)) {
            row.put(column, inline == null ? stored : inline.toString(), null);
            return;
        }
        if (stored == null) {
            if (formula != null) {
                row.put(column, "=" + shorten(formula), "value.xlsx.nocachedvalue");
            }
            return;
        }
        switch (type == null ? "n" : type) {
            case "s" -> row.put(column, sharedString(stored, row.number), null);
            case "str" -> row.put(column, stored, null);
            case "b" -> row.put(column, CellText.bool(stored), null);
            case "e" -> row.put(column, stored, "value.xlsx.error");
            case "d" -> row.put(column, CellText.isoDate(stored), null);
            default -> {
                String number = cells.number(stored, style);
                row.put(column, number == null ? stored : number, null);
            }
        }
    }

    private int parseStyle(String s) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private String sharedString(String stored, long rowNumber) {
        try {
            int index = Integer.parseInt(stored.trim());
            if (strings == null || index < 0 || index >= strings.getCount()) {
                throw CsvFormatException.of(rowNumber, "file.xlsx.corrupt", null, sheet, rowNumber);
            }
            return limited(strings.getItemAt(index).getString(), rowNumber);
        } catch (NumberFormatException e) {
            throw CsvFormatException.of(rowNumber, "file.xlsx.corrupt", e, sheet, rowNumber);
        }
    }

    private String limited(String text, long rowNumber) {
        if (text != null && text.length() > CsvLimits.MAX_CELL_CHARS) {
            throw limit(rowNumber, "file.xlsx.celltoolong", CsvLimits.MAX_CELL_CHARS);
        }
        return text;
    }

    private void limited(StringBuilder text, long rowNumber) {
        if (text.length() > CsvLimits.MAX_CELL_CHARS) {
            throw limit(rowNumber, "file.xlsx.celltoolong", CsvLimits.MAX_CELL_CHARS);
        }
    }

    /** A limit passed: arguments the sheet, the row, the limit. */
    private CsvFormatException limit(long rowNumber, String key, int limit) {
        return CsvFormatException.of(rowNumber, key, null, sheet, rowNumber, limit);
    }

    private static String shorten(String formula) {
        return formula.length() <= MAX_FORMULA_SHOWN ? formula : formula.substring(0, MAX_FORMULA_SHOWN) + "…";
    }

    @Override
    public void close() {
        try {
            xml.close();
            sheetData.close();
        } catch (XMLStreamException | IOException e) {
            // closing what was read: nothing is lost
        } finally {
            workbook.close();
        }
    }

    /** One row's values, built only once a cell holds a value. */
    private static final class RowBuilder {
        private final long number;
        private final WorkbookRowReader reader;
        private List<String> values;
        private List<String> faults;
        private long chars;

        RowBuilder(long number, WorkbookRowReader reader) {
            this.number = number;
            this.reader = reader;
        }

        void put(int column, String value, String fault) {
            if ((value == null || value.isEmpty()) && fault == null) {
                return;
            }
            if (values == null) {
                values = new ArrayList<>();
            }
            while (values.size() <= column) {
                values.add("");
            }
            values.set(column, value == null ? "" : value);
            chars += value == null ? 0 : value.length();
            if (chars > CsvLimits.MAX_ROW_CHARS) {
                throw reader.limit(number, "file.xlsx.rowtoolong", CsvLimits.MAX_ROW_CHARS);
            }
            if (fault != null) {
                if (faults == null) {
                    faults = new ArrayList<>();
                }
                while (faults.size() <= column) {
                    faults.add(null);
                }
                faults.set(column, fault);
            }
        }

        CsvRow build() {
            if (values == null || values.stream().allMatch(String::isBlank) && faults == null) {
                return null;
            }
            String[] faultArray = faults == null ? null : faults.toArray(String[]::new);
            return new CsvRow(number, values.toArray(String[]::new), faultArray);
        }
    }
}
