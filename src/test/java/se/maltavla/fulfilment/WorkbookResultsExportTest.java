package se.maltavla.fulfilment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import se.maltavla.fulfilment.cli.ExportResultsCommand;
import se.maltavla.fulfilment.export.ResultsExport;
import se.maltavla.shared.csv.ExcelCsv;
import se.maltavla.shared.i18n.Messages;
import se.maltavla.shared.table.TableTarget;
import se.maltavla.support.ImportTestBase;
import se.maltavla.support.Workbooks;

/**
 * The results export as a workbook (issue 12, point 3): the CSV's columns and rows, with typed
 * cells, read back with POI and compared with the CSV of the same data row by row.
 */
class WorkbookResultsExportTest extends ImportTestBase {

    private static final Map<String, String> SWEDISH_WORDS = Map.of(
            "uppfyllt", "Uppfyllt",
            "delvis", "Delvis uppfyllt",
            "ej_uppfyllt", "Ej uppfyllt",
            "saknas", "Värde saknas",
            "ej_matbar", "Ej mätbar");

    @Autowired
    FulfilmentService fulfilment;

    @Autowired
    ExportResultsCommand command;

    private byte[] workbook(String municipality, int year, LocalDate date, Locale language) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fulfilment.exportResults(municipality, year, date, TableTarget.workbook(out, "resultat"), language);
        return out.toByteArray();
    }

    private List<CSVRecord> csv(String municipality, int year, LocalDate date) throws Exception {
        StringWriter out = new StringWriter();
        fulfilment.exportResults(municipality, year, date, out);
        return CSVFormat.DEFAULT
                .builder()
                .setDelimiter(';')
                .get()
                .parse(new StringReader(out.toString().substring(1)))
                .getRecords();
    }

    @Test
    void ronneby_2017_has_the_csvs_rows_and_figures_row_by_row_with_typed_cells() throws Exception {
        inbox.copySamples("ronneby");
        run();
        LocalDate date = LocalDate.of(2017, 12, 31);
        List<CSVRecord> csv = csv("1081", 2017, date);
        Workbooks book = Workbooks.read(workbook("1081", 2017, date, Messages.SWEDISH));
        List<List<Cell>> rows = book.rows();

        assertThat(book.header()).isEqualTo(ResultsExport.COLUMNS);
        assertThat(rows).hasSize(csv.size());
        assertThat(csv.size())
                .as("municipality, elements, nämnder, goals, indicators")
                .isGreaterThan(40);
        for (int r = 1; r < csv.size(); r++) {
            for (int c = 0; c < ResultsExport.COLUMNS.size(); c++) {
                String column = ResultsExport.COLUMNS.get(c);
                assertThat(asCsv(column, rows.get(r).get(c)))
                        .as("row %d, %s", r + 1, column)
                        .isEqualTo(csv.get(r).get(c));
            }
        }
        List<Cell> hallbara = book.rowWhere("kod", "PO-HS");
        Cell fulfilmentCell = hallbara.get(book.column("uppfyllelse_procent"));
        assertThat(fulfilmentCell.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(fulfilmentCell.getCellStyle().getDataFormatString()).isEqualTo("0.0 %");
        assertThat(Workbooks.shownInSwedish(fulfilmentCell))
                .as("81,1 as checked by hand (SampleResultsExportTest)")
                .isEqualTo("81,1 %");
        assertThat(hallbara.get(book.column("status")).getStringCellValue()).isEqualTo("Delvis uppfyllt");
        assertThat(hallbara.get(book.column("ar")).getNumericCellValue()).isEqualTo(2017);
        assertThat(book.headerFrozen()).isTrue();
        assertThat(book.autoFilter()).isEqualTo("A1:N" + csv.size());
    }

    @Test
    void in_english_the_statuses_are_english_words_and_the_rest_is_the_same() {
        inbox.copySamples("ronneby");
        run();
        LocalDate date = LocalDate.of(2017, 12, 31);
        Workbooks english = Workbooks.read(workbook("1081", 2017, date, Locale.ENGLISH));
        Workbooks swedish = Workbooks.read(workbook("1081", 2017, date, Messages.SWEDISH));

        assertThat(english.header()).isEqualTo(ResultsExport.COLUMNS);
        assertThat(english.rowWhere("kod", "KFN-17-2")
                        .get(english.column("status"))
                        .getStringCellValue())
                .isEqualTo("Partly met");
        assertThat(english.rows()).hasSameSizeAs(swedish.rows());
    }

    @Test
    void upplands_vasby_keeps_its_leading_zero_as_text() {
        inbox.write(
                "strategi.csv",
                STRATEGY_HEADER,
                "0114;V1;strategi;V1;Internationell strategi;;2016-01-01;2017-12-31",
                "0114;V1;prioriterat_omrade;VO1;Hållbar tillväxt;;;");
        inbox.write(
                "handlingsplan.csv",
                PLAN_HEADER,
                "0114;Kommunstyrelsen;2016;M1;Fler EU-projekt;0042;Antal projekt;tal;oka;0;10;VO1;");
        inbox.write("utfall.csv", UTFALL_HEADER, "0114;0042;2016-T2;8");
        assertThat(run().exitStatus()).isZero();

        Workbooks book = Workbooks.read(workbook("0114", 2016, LocalDate.of(2016, 12, 31), Messages.SWEDISH));

        List<Cell> indicator = book.rowWhere("kod", "0042");
        Cell municipality = indicator.get(book.column("kommun"));
        assertThat(municipality.getCellType()).isEqualTo(CellType.STRING);
        assertThat(municipality.getStringCellValue()).isEqualTo("0114");
        assertThat(indicator.get(book.column("varde")).getNumericCellValue()).isEqualTo(8);
        assertThat(Workbooks.shownInSwedish(indicator.get(book.column("uppfyllelse_procent"))))
                .isEqualTo("80,0 %");
        assertThat(Workbooks.shownInSwedish(indicator.get(book.column("tackning_procent"))))
                .isEqualTo("100,0 %");
    }

    @Test
    void jobs_export_results_writes_a_workbook_when_the_name_ends_in_xlsx(@TempDir Path out) throws Exception {
        inbox.copySamples("ronneby");
        run();
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        Path file = out.resolve("ronneby-2017.xlsx");

        int status = command.run(
                new String[] {"1081", "2017", file.toString(), "2017-12-31", "--lang=en"},
                new PrintStream(said, true, StandardCharsets.UTF_8),
                new PrintStream(errors, true, StandardCharsets.UTF_8));

        assertThat(status).as(errors.toString(StandardCharsets.UTF_8)).isZero();
        Workbooks book = Workbooks.read(Files.readAllBytes(file));
        assertThat(book.header()).isEqualTo(ResultsExport.COLUMNS);
        assertThat(book.rowWhere("kod", "PO-HS").get(book.column("status")).getStringCellValue())
                .isEqualTo("Partly met");
        assertThat(Workbooks.shownInSwedish(book.rowWhere("kod", "PO-HS").get(book.column("uppfyllelse_procent"))))
                .isEqualTo("81,1 %");
        assertThat(out.toFile().list()).as("no temporary file left beside it").containsExactly("ronneby-2017.xlsx");

        Path csv = out.resolve("ronneby-2017.csv");
        assertThat(command.run(
                        new String[] {"1081", "2017", csv.toString(), "2017-12-31"},
                        new PrintStream(said, true, StandardCharsets.UTF_8),
                        new PrintStream(errors, true, StandardCharsets.UTF_8)))
                .isZero();
        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).contains(";81,1;delvis;");
    }

    /** A workbook cell as the CSV writes the same figure: percent rounded to one decimal, status as its code. */
    private static String asCsv(String column, Cell cell) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.STRING) {
            String text = cell.getStringCellValue();
            if (column.equals("status")) {
                return SWEDISH_WORDS.entrySet().stream()
                        .filter(e -> e.getValue().equals(text))
                        .map(Map.Entry::getKey)
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("not a status word: " + text));
            }
            return text;
        }
        assertThat(cell.getCellType()).as(column).isEqualTo(CellType.NUMERIC);
        BigDecimal number = BigDecimal.valueOf(cell.getNumericCellValue());
        if (cell.getCellStyle().getDataFormatString().contains("%")) {
            assertThat(column).endsWith("_procent");
            return number.movePointRight(2)
                    .setScale(1, RoundingMode.HALF_UP)
                    .toPlainString()
                    .replace('.', ',');
        }
        return ExcelCsv.number(number);
    }
}
