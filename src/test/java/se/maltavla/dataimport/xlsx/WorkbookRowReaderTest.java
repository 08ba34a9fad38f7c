package se.maltavla.dataimport.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.maltavla.dataimport.csv.CsvFormatException;
import se.maltavla.dataimport.csv.CsvRow;
import se.maltavla.dataimport.csv.FileInspection;
import se.maltavla.dataimport.csv.RowSource;
import se.maltavla.support.TestWorkbooks;

class WorkbookRowReaderTest {

    @TempDir
    Path folder;

    private Path file(String name) {
        return folder.resolve(name);
    }

    private static List<List<Object>> rows(Object[]... rows) {
        List<List<Object>> list = new ArrayList<>();
        for (Object[] row : rows) {
            list.add(Arrays.asList(row));
        }
        return list;
    }

    private static List<CsvRow> all(RowSource source) {
        List<CsvRow> rows = new ArrayList<>();
        for (CsvRow row = source.next(); row != null; row = source.next()) {
            rows.add(row);
        }
        return rows;
    }

    @Test
    void reads_numbers_dates_booleans_and_text_by_the_cells_own_types() {
        Path xlsx = file("utfall.xlsx");
        TestWorkbooks.write(
                xlsx,
                "Utfall",
                rows(
                        new Object[] {"kommun", "indikator_kod", "period", "varde", "datum", "klar"},
                        new Object[] {1081, "I1", 2016, 3824.2, LocalDate.of(2016, 3, 31), true},
                        new Object[] {"1081", "I2", "2016-T1", "12,5", null, false},
                        new Object[] {1081.0, "I3", "2016", 0.1 + 0.2, LocalDate.of(1900, 3, 1), null}));
        try (RowSource source = Workbooks.open(xlsx, "Utfall")) {
            assertThat(source.header().writtenNames())
                    .containsExactly("kommun", "indikator_kod", "period", "varde", "datum", "klar");
            List<CsvRow> rows = all(source);
            assertThat(rows).extracting(CsvRow::line).containsExactly(2L, 3L, 4L);
            assertThat(rows.get(0).values()).containsExactly("1081", "I1", "2016", "3824.2", "2016-03-31", "ja");
            assertThat(rows.get(1).values()).containsExactly("1081", "I2", "2016-T1", "12,5", "", "nej");
            assertThat(rows.get(2).values())
                    .as("a double as stored (shortest form), a date after Excel's phantom 1900-02-29")
                    .containsExactly("1081", "I3", "2016", "0.30000000000000004", "1900-03-01");
        }
    }

    @Test
    void reads_a_number_whatever_its_display_format_and_a_percentage_as_shown() throws IOException {
        Path xlsx = file("format.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("Blad1");
            sheet.createRow(0).createCell(0).setCellValue("varde");
            CellStyle rounded = workbook.createCellStyle();
            rounded.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            CellStyle percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
            Cell a = sheet.createRow(1).createCell(0);
            a.setCellValue(3824.25);
            a.setCellStyle(rounded);
            Cell b = sheet.createRow(2).createCell(0);
            b.setCellValue(0.811);
            b.setCellStyle(percent);
            CellStyle twoDecimals = workbook.createCellStyle();
            twoDecimals.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            Cell c = sheet.createRow(3).createCell(0);
            c.setCellValue(12.5);
            c.setCellStyle(twoDecimals);
            TestWorkbooks.save(workbook, xlsx);
        }
        try (RowSource source = Workbooks.open(xlsx, "Blad1")) {
            assertThat(all(source))
                    .as("never rounded to the format; the decimals it shows kept")
                    .extracting(r -> r.raw(0))
                    .containsExactly("3824.25", "81.1", "12.50");
        }
    }

    @Test
    void reads_dates_of_the_1904_date_system() throws IOException {
        Path xlsx = file("mac.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            var ct = workbook.getCTWorkbook();
            (ct.isSetWorkbookPr() ? ct.getWorkbookPr() : ct.addNewWorkbookPr()).setDate1904(true);
            assertThat(workbook.isDate1904()).isTrue();
            TestWorkbooks.fill(
                    workbook, workbook.createSheet("Blad1"), 0, rows(new Object[] {"startdatum"}, new Object[] {
                        LocalDate.of(2016, 3, 31)
                    }));
            TestWorkbooks.save(workbook, xlsx);
        }
        try (RowSource source = Workbooks.open(xlsx, "Blad1")) {
            assertThat(source.next().raw(0)).isEqualTo("2016-03-31");
        }
    }

    @Test
    void takes_a_formula_s_cached_value_and_marks_errors_and_formulas_never_computed() throws IOException {
        Path xlsx = file("formler.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("Blad1");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("a");
            header.createCell(1).setCellValue("b");
            header.createCell(2).setCellValue("c");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellFormula("2*21");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(row.getCell(0));
            row.createCell(1).setCellErrorValue(FormulaError.DIV0.getCode());
            row.createCell(2).setCellFormula("SUM(A1:A3)"); // never evaluated: no cached value
            TestWorkbooks.save(workbook, xlsx);
        }
        try (RowSource source = Workbooks.open(xlsx, "Blad1")) {
            CsvRow row = source.next();
            assertThat(row.raw(0)).isEqualTo("42");
            assertThat(row.fault(0)).isNull();
            assertThat(row.raw(1)).isEqualTo("#DIV/0!");
            assertThat(row.fault(1)).isEqualTo("value.xlsx.error");
            assertThat(row.raw(2)).isEqualTo("=SUM(A1:A3)");
            assertThat(row.fault(2)).isEqualTo("value.xlsx.nocachedvalue");
        }
    }

    @Test
    void numbers_rows_as_excel_shows_them_and_skips_empty_and_merged_rest() throws IOException {
        Path xlsx = file("rader.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("Blad1");
            TestWorkbooks.fill(
                    workbook,
                    sheet,
                    2,
                    rows(
                            new Object[] {null, "kommun", "kod"},
                            new Object[] {},
                            new Object[] {null, "1081", "A"},
                            new Object[] {null, "1081", "B"}));
            CellStyle yellow = workbook.createCellStyle();
            yellow.setFillPattern(org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND);
            for (int r = 10; r < 20; r++) {
                sheet.createRow(r).createCell(1).setCellStyle(yellow); // formatted, empty
            }
            sheet.addMergedRegion(new CellRangeAddress(5, 6, 1, 1));
            TestWorkbooks.save(workbook, xlsx);
        }
        try (RowSource source = Workbooks.open(xlsx, "Blad1")) {
            assertThat(source.headerLine()).isEqualTo(3);
            assertThat(source.header().position("kommun")).as("column B").isEqualTo(1);
            List<CsvRow> rows = all(source);
            assertThat(rows).extracting(CsvRow::line).containsExactly(5L, 6L);
            assertThat(rows.get(1).raw(2)).isEqualTo("B");
        }
    }

    @Test
    void continues_after_what_an_earlier_attempt_consumed() {
        Path xlsx = file("utfall.xlsx");
        TestWorkbooks.write(
                xlsx, "Blad1", rows(new Object[] {"a"}, new Object[] {"1"}, new Object[] {"2"}, new Object[] {"3"}));
        long consumed;
        try (RowSource first = Workbooks.open(xlsx, "Blad1")) {
            first.next();
            consumed = first.recordsConsumed();
        }
        try (RowSource again = Workbooks.open(xlsx, "Blad1")) {
            again.skipTo(consumed);
            assertThat(again.next().raw(0)).isEqualTo("2");
        }
    }

    @Test
    void chooses_the_sheet_named_by_the_kind_else_the_first_visible_one_never_a_hidden_one() throws IOException {
        Path named = file("named.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Instruktioner");
            workbook.createSheet("Berättelse");
            TestWorkbooks.save(workbook, named);
        }
        assertThat(Workbooks.inspect(named).sheet()).isEqualTo("Berättelse");

        Path hiddenFirst = file("hidden.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Gömt");
            workbook.createSheet("Data");
            workbook.createSheet("Utfall");
            workbook.setSheetHidden(0, true);
            workbook.setSheetHidden(2, true);
            TestWorkbooks.save(workbook, hiddenFirst);
        }
        assertThat(Workbooks.inspect(hiddenFirst).sheet()).isEqualTo("Data");

        Path several = file("several.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Utfall");
            workbook.createSheet("handlingsplan");
            TestWorkbooks.save(workbook, several);
        }
        FileInspection inspection = Workbooks.inspect(several);
        assertThat(inspection.unreadableReason()).isEqualTo("file.xlsx.severalkindsheets");
        assertThat(inspection.unreadableArgs()).containsExactly("Utfall, handlingsplan");

        Path allHidden = file("allhidden.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("A");
            workbook.createSheet("B");
            workbook.setSheetHidden(0, true);
            workbook.setSheetHidden(1, true);
            workbook.setActiveSheet(1);
            TestWorkbooks.save(workbook, allHidden);
        } catch (IllegalArgumentException poiRefusesToHideAll) {
            return; // POI keeps one sheet visible; Excel does too
        }
        assertThat(Workbooks.inspect(allHidden).unreadableReason()).isEqualTo("file.xlsx.novisiblesheet");
    }

    @Test
    void refuses_an_old_xls_and_a_password_protected_workbook_with_their_own_reasons() throws Exception {
        Path xls = file("utfall.xls");
        try (HSSFWorkbook old = new HSSFWorkbook();
                OutputStream out = Files.newOutputStream(xls)) {
            old.createSheet("Blad1").createRow(0).createCell(0).setCellValue("kommun");
            old.write(out);
        }
        assertThat(Workbooks.isWorkbook(xls)).isTrue();
        assertThat(Workbooks.inspect(xls).unreadableReason()).isEqualTo("file.xls");

        Path plain = file("plain.xlsx");
        TestWorkbooks.write(plain, "Utfall", rows(new Object[] {"kommun"}));
        Path encrypted = file("locked.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("hemligt");
            try (OutputStream os = encryptor.getDataStream(fs)) {
                Files.copy(plain, os);
            }
            try (OutputStream out = Files.newOutputStream(encrypted)) {
                fs.writeFilesystem(out);
            }
        }
        FileInspection inspection = Workbooks.inspect(encrypted);
        assertThat(inspection.unreadableReason()).isEqualTo("file.xlsx.encrypted");
        assertThat(inspection.checksum()).hasSize(64);
    }

    @Test
    void refuses_a_zip_that_is_no_workbook_an_ods_and_a_damaged_workbook() throws IOException {
        Path zip = file("arkiv.xlsx");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("readme.txt"));
            out.write("hej".getBytes());
        }
        assertThat(Workbooks.inspect(zip).unreadableReason()).isEqualTo("file.xlsx.notworkbook");

        Path ods = file("kalkyl.ods");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(ods))) {
            ZipEntry mimetype = new ZipEntry("mimetype");
            out.putNextEntry(mimetype);
            out.write("application/vnd.oasis.opendocument.spreadsheet".getBytes());
            out.putNextEntry(new ZipEntry("content.xml"));
            out.write("<office:document-content/>".getBytes());
        }
        assertThat(Workbooks.isWorkbook(ods)).isTrue();
        assertThat(Workbooks.inspect(ods).unreadableReason()).isIn("file.xlsx.ods", "file.xlsx.notworkbook");

        Path good = file("good.xlsx");
        TestWorkbooks.write(good, "Utfall", rows(new Object[] {"kommun"}, new Object[] {"1081"}));
        byte[] bytes = Files.readAllBytes(good);
        Path cut = file("cut.xlsx");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length / 2));
        assertThat(Workbooks.inspect(cut).unreadableReason()).startsWith("file.xlsx.");
    }

    @Test
    void a_csv_file_named_xlsx_is_read_as_csv_not_as_a_workbook() throws IOException {
        Path renamed = file("utfall.xlsx");
        Files.writeString(renamed, "kommun;indikator_kod;period;varde\r\n1081;I1;2016;4\r\n");
        assertThat(Workbooks.isWorkbook(renamed)).isFalse();
        Path workbookNamedCsv = file("utfall.csv");
        TestWorkbooks.write(workbookNamedCsv, "Utfall", rows(new Object[] {"kommun"}));
        assertThat(Workbooks.isWorkbook(workbookNamedCsv)).isTrue();
        assertThat(Workbooks.inspect(workbookNamedCsv).sheet()).isEqualTo("Utfall");
    }

    @Test
    void refuses_a_zip_bomb_before_it_is_unpacked() throws IOException {
        Path bomb = file("bomb.xlsx");
        Path good = file("good.xlsx");
        TestWorkbooks.write(good, "Utfall", rows(new Object[] {"kommun"}, new Object[] {"1081"}));
        // the same workbook whose sheet XML carries 200 MB of spaces: it packs to about 200 kB
        try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(good));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(e.getName()));
                byte[] content = in.readAllBytes();
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(content, java.nio.charset.StandardCharsets.UTF_8);
                    int at = xml.indexOf("<sheetData>");
                    out.write(xml.substring(0, at).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    byte[] spaces = new byte[1 << 20];
                    Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < 200; i++) {
                        out.write(spaces);
                    }
                    out.write(xml.substring(at).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                } else {
                    out.write(content);
                }
            }
        }
        assertThat(Files.size(bomb)).isLessThan(2_000_000);
        long start = System.nanoTime();
        assertThatThrownBy(() -> Workbooks.open(bomb, "Utfall"))
                .isInstanceOfSatisfying(
                        CsvFormatException.class, e -> assertThat(e.reasonKey()).isEqualTo("file.xlsx.zipbomb"));
        assertThat((System.nanoTime() - start) / 1_000_000).as("ms").isLessThan(10_000);
    }

    @Test
    void reads_a_sheet_of_a_million_empty_formatted_rows_in_bounded_time() throws IOException {
        Path xlsx = file("tomma.xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            var sheet = workbook.createSheet("Utfall");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("kommun");
            sheet.createRow(1).createCell(0).setCellValue("1081");
            CellStyle yellow = workbook.createCellStyle();
            yellow.setFillPattern(org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND);
            for (int r = 2; r < 1_000_002; r++) {
                Row row = sheet.createRow(r);
                row.setRowStyle(yellow);
                row.createCell(0).setCellStyle(yellow);
            }
            try (OutputStream out = Files.newOutputStream(xlsx)) {
                workbook.write(out);
            }
        }
        long start = System.nanoTime();
        try (RowSource source = Workbooks.open(xlsx, "Utfall")) {
            assertThat(source.countRows()).as("the empty rows are no rows").isEqualTo(1);
        }
        assertThat((System.nanoTime() - start) / 1_000_000).as("ms").isLessThan(60_000);
    }

    @Test
    void column_letters_as_excel_names_them() {
        assertThat(Columns.letters(0)).isEqualTo("A");
        assertThat(Columns.letters(25)).isEqualTo("Z");
        assertThat(Columns.letters(26)).isEqualTo("AA");
        assertThat(Columns.letters(16_383)).isEqualTo("XFD");
        assertThat(Columns.index("XFD7", 7)).isEqualTo(16_383);
        assertThat(Columns.index("C12", 12)).isEqualTo(2);
    }
}
