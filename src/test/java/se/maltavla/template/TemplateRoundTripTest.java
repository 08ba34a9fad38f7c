package se.maltavla.template;

import static org.assertj.core.api.Assertions.assertThat;
import static se.maltavla.db.Tables.GOAL;
import static se.maltavla.db.Tables.INDICATOR;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import se.maltavla.dataimport.FileResult;
import se.maltavla.dataimport.FileStatus;
import se.maltavla.dataimport.ImportRunResult;
import se.maltavla.dataimport.csv.FileKind;
import se.maltavla.dataimport.csv.Header;
import se.maltavla.dataimport.csv.KindDetection;
import se.maltavla.shared.i18n.Messages;
import se.maltavla.support.ImportTestBase;

/**
 * A template filled in as a person does (only the cells to fill in, with POI) imports as it is:
 * its sheet saved as CSV goes through the real import with no rejection and no warning, and the
 * values land where the rows said. The header is the one the import's kind detection takes.
 */
@WithMockUser(username = "läsaren", roles = "VIEWER")
class TemplateRoundTripTest extends ImportTestBase {

    @Autowired
    TemplateService templates;

    /** The plan of ImportTestBase, and a first value for I1 in 2016-T1 (so I1 reports by tertial). */
    private void planAndFirstValue() {
        importStrategyAndPlan();
        inbox.write("utfall-t1.csv", UTFALL_HEADER + ";kommentar", "1081;I1;2016-T1;3;första");
        assertThat(run().exitStatus()).isZero();
    }

    @Test
    void the_utfall_template_has_the_header_the_import_takes_a_row_per_indicator_and_period_and_the_last_values()
            throws Exception {
        planAndFirstValue();

        TemplateFile file = templates.workbook(TemplateKind.UTFALL, "1081", 2016, "kommunstyrelsen", Messages.SWEDISH);

        assertThat(file.fileName()).isEqualTo("utfall-2016-Ronneby-Kommunstyrelsen.xlsx");
        assertThat(file.contentType()).isEqualTo(TemplateFile.XLSX);
        try (XSSFWorkbook workbook = Workbooks.open(file.content())) {
            assertThat(workbook.getSheetName(0)).isEqualTo("utfall");
            assertThat(workbook.getSheetName(1)).isEqualTo("Instruktioner");
            assertThat(workbook.getActiveSheetIndex()).isZero();
            XSSFSheet sheet = workbook.getSheetAt(0);
            List<List<String>> rows = Workbooks.rows(sheet);
            assertThat(rows.getFirst())
                    .containsExactly(
                            "kommun",
                            "namnd",
                            "indikator_kod",
                            "indikator",
                            "enhet",
                            "utgangsvarde",
                            "malvarde",
                            "senaste_period",
                            "senaste_varde",
                            "period",
                            "varde",
                            "kommentar",
                            "rapporterad_av");
            Header header = new Header(rows.getFirst());
            KindDetection detection = KindDetection.detect(header, file.fileName());
            assertThat(detection.kind()).isEqualTo(FileKind.UTFALL);
            assertThat(KindDetection.detect(header, "x.xlsx").kind()).isEqualTo(FileKind.UTFALL);
            assertThat(header.unknownColumns(FileKind.UTFALL))
                    .as("the informative columns are the utfall kind's own")
                    .isEmpty();
            assertThat(rows.subList(1, rows.size()))
                    .containsExactly(
                            List.of(
                                    "1081",
                                    "Kommunstyrelsen",
                                    "I1",
                                    "Antal projekt",
                                    "",
                                    "0",
                                    "10",
                                    "2016-T1",
                                    "3",
                                    "2016-T1",
                                    "",
                                    "",
                                    ""),
                            List.of(
                                    "1081",
                                    "Kommunstyrelsen",
                                    "I1",
                                    "Antal projekt",
                                    "",
                                    "0",
                                    "10",
                                    "2016-T1",
                                    "3",
                                    "2016-T2",
                                    "",
                                    "",
                                    ""),
                            List.of(
                                    "1081",
                                    "Kommunstyrelsen",
                                    "I1",
                                    "Antal projekt",
                                    "",
                                    "0",
                                    "10",
                                    "2016-T1",
                                    "3",
                                    "2016-T3",
                                    "",
                                    "",
                                    ""),
                            List.of(
                                    "1081",
                                    "Kommunstyrelsen",
                                    "I2",
                                    "Ansökan inlämnad",
                                    "",
                                    "",
                                    "ja",
                                    "",
                                    "",
                                    "2016",
                                    "",
                                    "",
                                    ""));
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
        }
    }

    @Test
    void only_the_cells_to_fill_in_are_open_the_sheet_is_protected_without_a_password_and_varde_is_validated()
            throws Exception {
        planAndFirstValue();

        byte[] content = templates
                .workbook(TemplateKind.UTFALL, "1081", 2016, null, Messages.SWEDISH)
                .content();

        try (XSSFWorkbook workbook = Workbooks.open(content)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getProtect()).as("protected").isTrue();
            assertThat(sheet.getCTWorksheet().getSheetProtection().isSetPassword())
                    .as("no password")
                    .isFalse();
            assertThat(sheet.getCTWorksheet().getSheetProtection().isSetAlgorithmName())
                    .isFalse();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                for (int c = 0; c < 13; c++) {
                    Cell cell = row.getCell(c);
                    assertThat(cell).as("cell %d,%d exists", r, c).isNotNull();
                    assertThat(cell.getCellStyle().getLocked())
                            .as("%s locked", cell.getAddress())
                            .isEqualTo(c < 10);
                }
            }
            List<? extends DataValidation> validations = sheet.getDataValidations();
            assertThat(validations).hasSize(2);
            DataValidation numbers = validations.stream()
                    .filter(v -> v.getValidationConstraint().getValidationType()
                            == DataValidationConstraint.ValidationType.DECIMAL)
                    .findFirst()
                    .orElseThrow();
            assertThat(numbers.getRegions().getCellRangeAddresses())
                    .extracting(a -> a.formatAsString())
                    .containsExactly("K2:K4");
            DataValidation yesNo = validations.stream()
                    .filter(v -> v.getValidationConstraint().getValidationType()
                            == DataValidationConstraint.ValidationType.LIST)
                    .findFirst()
                    .orElseThrow();
            assertThat(yesNo.getValidationConstraint().getExplicitListValues()).containsExactly("ja", "nej");
            assertThat(yesNo.getRegions().getCellRangeAddresses())
                    .extracting(a -> a.formatAsString())
                    .containsExactly("K5");
            assertThat(yesNo.getErrorBoxText()).contains("ja eller nej");
            assertThat(sheet.getColumnWidth(3))
                    .as("indikator as wide as its longest name")
                    .isGreaterThanOrEqualTo("Ansökan inlämnad".length() * 256);
            assertThat(sheet.getColumnWidth(0)).isGreaterThanOrEqualTo("kommun".length() * 256);
            XSSFSheet instructions = workbook.getSheet("Instruktioner");
            String text =
                    Workbooks.rows(instructions).stream().flatMap(List::stream).reduce("", (a, b) -> a + "\n" + b);
            assertThat(text)
                    .contains("Utfall 2016 – alla nämnder, Ronneby")
                    .contains("4 rader för 2 indikatorer")
                    .contains("Fyll i kolumnen varde")
                    .contains("inget lösenord");
        }
    }

    @Test
    void a_filled_utfall_template_imports_as_it_is() throws Exception {
        planAndFirstValue();
        byte[] content = templates
                .workbook(TemplateKind.UTFALL, "1081", 2016, "Kommunstyrelsen", Messages.SWEDISH)
                .content();

        String csv;
        try (XSSFWorkbook workbook = Workbooks.open(content)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            sheet.getRow(2).getCell(10).setCellValue(5); // I1 2016-T2, a number typed in
            sheet.getRow(3).getCell(10).setCellValue(7.5); // I1 2016-T3, "7,5" in Swedish Excel
            sheet.getRow(3).getCell(11).setCellValue("Preliminärt; siffran kan ändras");
            sheet.getRow(3).getCell(12).setCellValue("Anna Andersson");
            sheet.getRow(4).getCell(10).setCellValue("ja"); // I2 2016, chosen from the list
            csv = Workbooks.csv(sheet);
        }
        inbox.write("utfall-2016-Ronneby-Kommunstyrelsen.csv", csv, StandardCharsets.UTF_8, true);

        ImportRunResult result = run();

        FileResult file = file(result, "utfall-2016-Ronneby-Kommunstyrelsen.csv");
        assertThat(file.status()).isEqualTo(FileStatus.IMPORTED);
        assertThat(file.kind()).isEqualTo("utfall");
        assertThat(file.rowsRead()).isEqualTo(4);
        assertThat(file.rowsNew()).isEqualTo(3);
        assertThat(file.rowsUnchanged()).as("the T1 row left empty").isEqualTo(1);
        assertThat(file.rowsRejected()).isZero();
        assertThat(file.warnings()).isEmpty();
        assertThat(result.exitStatus()).isZero();
        assertThat(measuredNumber("I1", "2016-T1")).isEqualByComparingTo("3");
        assertThat(measuredNumber("I1", "2016-T2")).isEqualByComparingTo("5");
        assertThat(measuredNumber("I1", "2016-T3")).isEqualByComparingTo("7.5");
        assertThat(measurement("I1", "2016-T3").orElseThrow().getComment())
                .isEqualTo("Preliminärt; siffran kan ändras");
        assertThat(measurement("I1", "2016-T3").orElseThrow().getReportedBy()).isEqualTo("Anna Andersson");
        assertThat(measuredYes("I2", "2016")).isTrue();

        try (XSSFWorkbook again = Workbooks.open(templates
                .workbook(TemplateKind.UTFALL, "1081", 2016, "Kommunstyrelsen", Messages.SWEDISH)
                .content())) {
            assertThat(Workbooks.rows(again.getSheetAt(0)).get(3))
                    .as("the next template shows the new values as the last ones")
                    .containsSubsequence("2016-T3", "7.5", "2016-T3");
        }
    }

    @Test
    void a_handlingsplan_template_for_the_next_year_imports_as_it_is() throws Exception {
        importStrategyAndPlan();

        TemplateFile file =
                templates.workbook(TemplateKind.HANDLINGSPLAN, "1081", 2016, "Kommunstyrelsen", Locale.ENGLISH);

        assertThat(file.fileName()).isEqualTo("handlingsplan-2017-Ronneby-Kommunstyrelsen.xlsx");
        String csv;
        try (XSSFWorkbook workbook = Workbooks.open(file.content())) {
            assertThat(workbook.getSheetName(0)).isEqualTo("handlingsplan");
            assertThat(workbook.getSheetName(1)).isEqualTo("Instructions");
            XSSFSheet sheet = workbook.getSheetAt(0);
            List<List<String>> rows = Workbooks.rows(sheet);
            Header header = new Header(rows.getFirst());
            assertThat(KindDetection.detect(header, "x.xlsx").kind()).isEqualTo(FileKind.HANDLINGSPLAN);
            assertThat(header.unknownColumns(FileKind.HANDLINGSPLAN)).isEmpty();
            assertThat(rows.subList(1, rows.size()))
                    .containsExactly(
                            List.of(
                                    "1081",
                                    "Kommunstyrelsen",
                                    "2017",
                                    "M1",
                                    "Fler EU-projekt",
                                    "PO1",
                                    "I1",
                                    "Antal projekt",
                                    "",
                                    "tal",
                                    "oka",
                                    "0",
                                    "10",
                                    "",
                                    "",
                                    "",
                                    "",
                                    "",
                                    "",
                                    ""),
                            List.of(
                                    "1081",
                                    "Kommunstyrelsen",
                                    "2017",
                                    "M1",
                                    "Fler EU-projekt",
                                    "PO1",
                                    "I2",
                                    "Ansökan inlämnad",
                                    "",
                                    "ja_nej",
                                    "",
                                    "",
                                    "ja",
                                    "",
                                    "",
                                    "",
                                    "",
                                    "",
                                    "",
                                    "PER1"));
            assertThat(sheet.getProtect()).as("rows may be added and removed").isFalse();
            assertThat(Workbooks.rows(workbook.getSheetAt(1)).toString())
                    .contains("Action plan 2017 – Kommunstyrelsen, Ronneby");
            sheet.getRow(1).getCell(12).setCellValue(12); // next year's target
            csv = Workbooks.csv(sheet);
        }
        inbox.write("handlingsplan-2017.csv", csv, StandardCharsets.UTF_8, true);

        ImportRunResult result = run();

        FileResult imported = file(result, "handlingsplan-2017.csv");
        assertThat(imported.rowsNew()).isEqualTo(2);
        assertThat(imported.rowsRejected()).isZero();
        assertThat(imported.warnings()).isEmpty();
        assertThat(result.exitStatus()).isZero();
        assertThat(db.select(INDICATOR.TARGET_NUMBER)
                        .from(INDICATOR)
                        .where(INDICATOR.PLAN_YEAR.eq(2017).and(INDICATOR.CODE.eq("I1")))
                        .fetchOne(INDICATOR.TARGET_NUMBER))
                .isEqualByComparingTo("12");
        assertThat(db.fetchCount(GOAL, GOAL.PLAN_YEAR.eq(2017))).isEqualTo(1);
    }
}
