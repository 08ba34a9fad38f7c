package se.maltavla.dataimport;

import static org.assertj.core.api.Assertions.assertThat;
import static se.maltavla.db.Tables.*;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import se.maltavla.support.ImportTestBase;
import se.maltavla.support.TestWorkbooks;

/**
 * Excel workbooks through the real import (inspection, the Spring Batch job, the row importers,
 * archive/failed): every kind, the same rows as CSV give the same data, rejections name sheet,
 * row and column as Excel shows them, faulty workbooks go to failed/ with their reason.
 */
class ImportWorkbookTest extends ImportTestBase {

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.context.MessageSource messages;

    private static List<List<Object>> rows(Object[]... rows) {
        List<List<Object>> list = new ArrayList<>();
        for (Object[] row : rows) {
            list.add(Arrays.asList(row));
        }
        return list;
    }

    /** Ronneby's sample files, each saved as a workbook with typed cells (numbers, dates) named like the CSV. */
    private List<String> ronnebyAsWorkbooks() throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("sample-data", "ronneby"))) {
            for (Path csv :
                    files.filter(f -> f.toString().endsWith(".csv")).sorted().toList()) {
                String name = csv.getFileName().toString().replace(".csv", ".xlsx");
                TestWorkbooks.fromCsv(csv, inbox.root().resolve(name), "Blad1");
                names.add(name);
            }
        }
        return names;
    }

    private List<String> measurements() {
        return db.selectFrom(MEASUREMENT)
                .orderBy(MEASUREMENT.INDICATOR_ID, MEASUREMENT.PERIOD)
                .fetch()
                .map(m -> m.getIndicatorId() + "|" + m.getPeriod() + "|" + m.getValueNumber() + "|" + m.getValueYes()
                        + "|" + m.getComment() + "|" + m.getReportedBy());
    }

    @Test
    void imports_every_kind_from_workbooks_as_from_csv() throws IOException {
        List<String> names = ronnebyAsWorkbooks();
        ImportRunResult result = run();

        assertThat(result.exitStatus()).as(result.toString()).isZero();
        assertThat(result.files()).extracting(FileResult::fileName).containsExactlyInAnyOrderElementsOf(names);
        assertThat(result.files()).allSatisfy(f -> {
            assertThat(f.status()).as(f.fileName() + " " + f.message()).isEqualTo(FileStatus.IMPORTED);
            assertThat(f.rowsRejected())
                    .as(f.fileName() + " " + f.firstRejections())
                    .isZero();
        });
        assertThat(result.files())
                .extracting(FileResult::kind)
                .contains("strategi", "handlingsplan", "utfall", "berattelse", "aktiviteter");
        assertThat(inbox.remaining()).isEmpty();
        assertThat(inbox.archived()).containsAll(names);
        assertThat(file(result, "strategi.xlsx").rowsNew()).isEqualTo(38);
        assertThat(db.fetchCount(STRATEGY_ELEMENT)).isEqualTo(37);
        assertThat(db.fetchCount(COMMITTEE)).isEqualTo(8);
        assertThat(db.fetchCount(ACTIVITY, ACTIVITY.ACTIVITY_TYPE.eq("vanort"))).isEqualTo(6);
        assertThat(db.fetchValue(IMPORT_FILE.ENCODING, IMPORT_FILE.FILE_NAME.eq("strategi.xlsx")))
                .isEqualTo("xlsx");

        // the same rows as CSV leave the same data: every value read from the workbook equals the CSV's
        List<String> fromWorkbooks = measurements();
        inbox.copySamples("ronneby");
        ImportRunResult again = run();
        assertThat(again.exitStatus()).as(again.toString()).isZero();
        assertThat(again.files()).allSatisfy(f -> {
            assertThat(f.rowsNew()).as(f.fileName()).isZero();
            assertThat(f.rowsRejected())
                    .as(f.fileName() + " " + f.firstRejections())
                    .isZero();
            if (!f.fileName().equals("utfall-2016-T3.csv") && !f.fileName().equals("utfall-2017-T1.csv")) {
                // (those two both set KS-16-1.2 for 2016-T3, so each run updates it twice)
                assertThat(f.rowsUpdated()).as(f.fileName()).isZero();
            }
        });
        assertThat(measurements()).isEqualTo(fromWorkbooks);
    }

    @Test
    @org.springframework.security.test.context.support.WithMockUser(roles = "VIEWER")
    void a_rejected_row_names_the_sheet_the_row_excel_shows_the_column_letter_and_header_and_the_value()
            throws IOException {
        importStrategyAndPlan();
        Path xlsx = inbox.root().resolve("utfall-ks.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Instruktioner").createRow(0).createCell(0).setCellValue("Fyll i värdena");
            XSSFSheet sheet = workbook.createSheet("Utfall");
            TestWorkbooks.fill(
                    workbook,
                    sheet,
                    2, // rows 1 and 2 left empty: the header is the first row that is not, as in CSV
                    rows(
                            new Object[] {"kommun", "indikator_kod", "period", "Värde"},
                            new Object[] {1081, "I1", "2016-T1", 4},
                            new Object[] {1081, "I1", "2016-T2", "fyra"},
                            new Object[] {1081, "I1", "2016-T3", null},
                            new Object[] {1081, "I2", "2016", "ja"}));
            sheet.getRow(5).createCell(3).setCellErrorValue(FormulaError.DIV0.getCode());
            TestWorkbooks.save(workbook, xlsx);
        }
        ImportRunResult result = run();

        FileResult file = file(result, "utfall-ks.xlsx");
        assertThat(file.status()).as(file.message()).isEqualTo(FileStatus.IMPORTED);
        assertThat(file.kind()).isEqualTo("utfall");
        assertThat(file.rowsNew()).isEqualTo(2);
        assertThat(file.rowsRejected()).isEqualTo(2);
        assertThat(measuredNumber("I1", "2016-T1")).isEqualByComparingTo("4");
        assertThat(measuredYes("I2", "2016")).isTrue();
        List<Rejection> rejections = imports.rejections(file.fileId(), null, 0, 10);
        assertThat(rejections).extracting(Rejection::line).containsExactly(5L, 6L);
        assertThat(rejections).extracting(Rejection::column).containsOnly("Värde (blad Utfall, kolumn D)");
        assertThat(rejections).extracting(Rejection::value).containsExactly("fyra", "#DIV/0!");
        assertThat(rejections.get(1).reason()).startsWith("Cellen visar ett Excel-fel");

        Path report =
                inbox.root().resolve("archive").toFile().listFiles()[0].toPath().resolve("utfall-ks.avvisade.csv");
        assertThat(Files.readString(report, StandardCharsets.UTF_8))
                .contains("5;Värde (blad Utfall, kolumn D);fyra;", "6;Värde (blad Utfall, kolumn D);\"#DIV/0!\";");
        assertThat(new RunSummaryFormatter(messages).format(result, se.maltavla.shared.i18n.Messages.SWEDISH))
                .contains("rad 5, Värde (blad Utfall, kolumn D) \"fyra\"");
    }

    @Test
    void a_workbook_already_imported_is_reported_so_and_archived() throws IOException {
        importStrategyAndPlan();
        List<List<Object>> utfall =
                rows(new Object[] {"kommun", "indikator_kod", "period", "varde"}, new Object[] {1081, "I1", "2016", 3});
        TestWorkbooks.write(inbox.root().resolve("utfall.xlsx"), "Utfall", utfall);
        assertThat(file(run(), "utfall.xlsx").status()).isEqualTo(FileStatus.IMPORTED);
        Files.copy(
                inbox.root().resolve("archive").toFile().listFiles()[0].toPath().resolve("utfall.xlsx"),
                inbox.root().resolve("utfall-igen.xlsx"));
        assertThat(file(run(), "utfall-igen.xlsx").status()).isEqualTo(FileStatus.ALREADY_IMPORTED);
        assertThat(inbox.remaining()).isEmpty();
    }

    @Test
    void faulty_workbooks_go_to_failed_with_their_reason_in_swedish_and_nothing_else_is_lost() throws IOException {
        importStrategyAndPlan();
        try (HSSFWorkbook old = new HSSFWorkbook();
                OutputStream out = Files.newOutputStream(inbox.root().resolve("gammal.xls"))) {
            old.createSheet("Blad1").createRow(0).createCell(0).setCellValue("kommun");
            old.write(out);
        }
        TestWorkbooks.write(
                inbox.root().resolve("okand.xlsx"), "Blad1", rows(new Object[] {"a", "b"}, new Object[] {1, 2}));
        try (XSSFWorkbook empty = new XSSFWorkbook()) {
            empty.createSheet("Utfall");
            TestWorkbooks.save(empty, inbox.root().resolve("tom.xlsx"));
        }
        TestWorkbooks.write(
                inbox.root().resolve("utfall.xlsx"),
                "Utfall",
                rows(new Object[] {"kommun", "indikator_kod", "period", "varde"}, new Object[] {1081, "I1", "2016", 7
                }));
        ImportRunResult result = run();

        assertThat(file(result, "utfall.xlsx").status()).isEqualTo(FileStatus.IMPORTED);
        assertThat(file(result, "gammal.xls").status()).isEqualTo(FileStatus.REJECTED);
        assertThat(file(result, "gammal.xls").message()).contains("äldre Excel-arbetsbok (.xls", "Spara som");
        assertThat(file(result, "okand.xlsx").message()).startsWith("Bladet Blad1: Okänd filtyp");
        assertThat(file(result, "tom.xlsx").message()).startsWith("Bladet Utfall är tomt");
        assertThat(inbox.failed())
                .contains("gammal.xls", "gammal.xls.fel.txt", "okand.xlsx", "okand.fel.txt", "tom.xlsx");
        assertThat(Files.readString(inbox.root().resolve("failed/okand.fel.txt")))
                .contains("okand.xlsx: Bladet Blad1: Okänd filtyp");
        assertThat(inbox.remaining()).isEmpty();
    }
}
