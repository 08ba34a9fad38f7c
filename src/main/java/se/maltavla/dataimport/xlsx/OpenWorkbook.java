package se.maltavla.dataimport.xlsx;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFRelation;

/**
 * An .xlsx (or .xlsm) file opened for reading: its sheets in workbook order (name, visibility,
 * part), its date system (1900 or 1904), and, when a sheet is read, its styles and shared
 * strings. Only the parts of values are read: macros (vbaProject.bin), external links and
 * anything else are never opened, and no formula is evaluated.
 *
 * <p>The package is opened read-only through POI, whose zip reader ({@code ZipSecureFile}) stops
 * a part that inflates more than 100-fold (a zip bomb); the parts held in memory are limited by
 * {@link WorkbookLimits}.
 */
final class OpenWorkbook implements Closeable {

    /** The binary workbook's content type: .xlsb, which Måltavla does not read. */
    static final String XLSB_CONTENT_TYPE = "application/vnd.ms-excel.sheet.binary.macroEnabled.main";

    record Sheet(String name, String relationId, boolean hidden) {}

    private final OPCPackage pkg;
    private final XSSFReader reader;
    private final List<Sheet> sheets = new ArrayList<>();
    private boolean date1904;

    private OpenWorkbook(OPCPackage pkg) throws IOException, OpenXML4JException, XMLStreamException {
        this.pkg = pkg;
        this.reader = new XSSFReader(pkg, true);
        try (InputStream in = new LimitedInputStream(
                reader.getWorkbookData(), WorkbookLimits.MAX_SMALL_PART_BYTES, "xl/workbook.xml")) {
            readWorkbookPart(in);
        }
    }

    /** Opens the file; throws POI's exceptions for a file that is not an OOXML workbook. */
    static OpenWorkbook open(Path file) throws IOException, OpenXML4JException, XMLStreamException {
        OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        try {
            if (isBinaryWorkbook(pkg)) {
                throw se.maltavla.dataimport.csv.CsvFormatException.of(0, "file.xlsx.xlsb", null);
            }
            return new OpenWorkbook(pkg);
        } catch (IOException | OpenXML4JException | XMLStreamException | RuntimeException e) {
            pkg.revert();
            throw e;
        }
    }

    /** Whether the workbook part is a binary workbook (.xlsb). */
    static boolean isBinaryWorkbook(OPCPackage pkg) {
        return !pkg.getPartsByContentType(XLSB_CONTENT_TYPE).isEmpty();
    }

    List<Sheet> sheets() {
        return sheets;
    }

    boolean date1904() {
        return date1904;
    }

    InputStream sheetData(Sheet sheet) throws IOException, OpenXML4JException {
        return new LimitedInputStream(
                reader.getSheet(sheet.relationId()), WorkbookLimits.MAX_SHEET_BYTES, sheet.name());
    }

    StylesTable styles() throws IOException {
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.STYLES.getContentType());
        if (parts.isEmpty()) {
            return null;
        }
        // new StylesTable() then readFrom would add the file's styles after a default one, shifting every index
        try (InputStream in = new LimitedInputStream(
                parts.getFirst().getInputStream(), WorkbookLimits.MAX_SMALL_PART_BYTES, "xl/styles.xml")) {
            return new StylesTable(in);
        }
    }

    /** The workbook's distinct texts, read-only (plain strings, without phonetic runs). */
    SharedStrings sharedStrings() throws IOException, org.xml.sax.SAXException {
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (parts.isEmpty()) {
            return null;
        }
        try (InputStream in = new LimitedInputStream(
                parts.getFirst().getInputStream(), WorkbookLimits.MAX_SHARED_STRINGS_BYTES, "xl/sharedStrings.xml")) {
            return new ReadOnlySharedStringsTable(in, false);
        }
    }

    private void readWorkbookPart(InputStream in) throws XMLStreamException {
        XMLStreamReader xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(in);
        try {
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (xml.getLocalName()) {
                    case "workbookPr" -> {
                        String value = attribute(xml, "date1904");
                        date1904 = "1".equals(value) || "true".equalsIgnoreCase(value);
                    }
                    case "sheet" -> {
                        String state = attribute(xml, "state");
                        sheets.add(new Sheet(
                                attribute(xml, "name"),
                                attribute(xml, "id"),
                                "hidden".equals(state) || "veryHidden".equals(state)));
                    }
                    default -> {
                        // other parts of the workbook (defined names, views …) do not matter
                    }
                }
            }
        } finally {
            xml.close();
        }
    }

    /** An attribute by local name, whatever its namespace (r:id; strict OOXML's other namespaces). */
    static String attribute(XMLStreamReader xml, String localName) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            if (xml.getAttributeLocalName(i).equals(localName)) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }

    @Override
    public void close() {
        pkg.revert();
    }
}
