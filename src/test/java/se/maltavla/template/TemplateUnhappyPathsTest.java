package se.maltavla.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutorService;
import org.springframework.security.test.context.support.WithMockUser;
import se.maltavla.shared.i18n.Messages;
import se.maltavla.support.ImportTestBase;
import se.maltavla.yearend.YearEndService;

/**
 * What a careless user or an odd plan brings: unknown municipality, year or nämnd, a nämnd with
 * nothing this year, a locked year, names no file system takes, very many indicators, and many
 * downloads at once.
 */
@WithMockUser(username = "koordinatorn", roles = "COORDINATOR")
class TemplateUnhappyPathsTest extends ImportTestBase {

    @Autowired
    TemplateService templates;

    @Autowired
    YearEndService yearEnd;

    @Autowired
    MessageSource messages;

    private String message(TemplateException e) {
        return messages.getMessage(e.key(), e.args(), Messages.SWEDISH);
    }

    private TemplateException refusal(Runnable call) {
        try {
            call.run();
        } catch (TemplateException e) {
            return e;
        }
        throw new AssertionError("no refusal");
    }

    @Test
    void an_unknown_municipality_year_or_nämnd_is_refused_with_what_there_is() {
        importStrategyAndPlan();

        TemplateException municipality =
                refusal(() -> templates.workbook(TemplateKind.UTFALL, "9999", 2016, null, Messages.SWEDISH));
        assertThat(municipality.reason()).isEqualTo(TemplateException.Reason.NOT_FOUND);
        assertThat(message(municipality))
                .isEqualTo("Kommunen 9999 finns inte i Måltavla. Välj en kommun som har en strategi.");
        assertThat(refusal(() -> templates.workbook(TemplateKind.UTFALL, "10x1", 2016, null, Messages.SWEDISH))
                        .reason())
                .isEqualTo(TemplateException.Reason.NOT_FOUND);

        TemplateException year =
                refusal(() -> templates.everyCommittee(TemplateKind.HANDLINGSPLAN, "1081", 2019, Messages.SWEDISH));
        assertThat(message(year))
                .isEqualTo("Ronneby har inga handlingsplaner för 2019. Planår med handlingsplaner: 2016.");

        TemplateException committee =
                refusal(() -> templates.workbook(TemplateKind.UTFALL, "1081", 2016, "Socialnämnden", Messages.SWEDISH));
        assertThat(committee.reason()).isEqualTo(TemplateException.Reason.NOT_FOUND);
        assertThat(message(committee))
                .isEqualTo("Nämnden \"Socialnämnden\" finns inte i Ronnebys handlingsplaner. Nämnder 2016:"
                        + " Kommunstyrelsen.");

        assertThat(templates
                        .workbook(TemplateKind.UTFALL, "1081", 2016, "  KOMMUNSTYRELSEN ", Messages.SWEDISH)
                        .fileName())
                .as("a nämnd is named in any case, as the import compares them")
                .isEqualTo("utfall-2016-Ronneby-Kommunstyrelsen.xlsx");
    }

    @Test
    void a_nämnd_without_indicators_this_year_gets_a_template_that_says_so() throws Exception {
        importStrategyAndPlan();
        inbox.write(
                "handlingsplan-2017.csv",
                PLAN_HEADER,
                "1081;Kultur- och fritidsnämnden;2017;K1;Kultur;KI1;Utbyten;tal;oka;0;4;PO1;");
        assertThat(run().exitStatus()).isZero();

        TemplateFile file =
                templates.workbook(TemplateKind.UTFALL, "1081", 2016, "kultur- och fritidsnämnden", Messages.SWEDISH);

        assertThat(file.fileName()).isEqualTo("utfall-2016-Ronneby-Kultur- och fritidsnämnden.xlsx");
        try (XSSFWorkbook workbook = Workbooks.open(file.content())) {
            assertThat(Workbooks.rows(workbook.getSheetAt(0))).hasSize(1);
            assertThat(Workbooks.rows(workbook.getSheet("Instruktioner")).toString())
                    .contains("Kultur- och fritidsnämnden har inga indikatorer i handlingsplanen för 2016: det finns"
                            + " inget att rapportera.");
        }
    }

    @Test
    void a_locked_year_gets_no_utfall_template_and_a_locked_next_year_no_handlingsplan_template() {
        importStrategyAndPlan();
        inbox.write(
                "handlingsplan-2017.csv",
                PLAN_HEADER,
                "1081;Kommunstyrelsen;2017;M1;Fler EU-projekt;I1;Antal;tal;oka;0;12;PO1;");
        assertThat(run().exitStatus()).isZero();
        yearEnd.lock("1081", 2016, LocalDate.of(2016, 12, 31));

        TemplateException locked =
                refusal(() -> templates.workbook(TemplateKind.UTFALL, "1081", 2016, null, Messages.SWEDISH));
        assertThat(locked.reason()).isEqualTo(TemplateException.Reason.LOCKED);
        assertThat(message(locked))
                .startsWith("Planåret 2016 för Ronneby är fastställt (version 1, ")
                .endsWith("värden för det tas inte emot, så ingen utfallsmall görs. Öppna planåret igen under"
                        + " Årsbokslut om värden ska läggas till.");
        assertThat(templates
                        .workbook(TemplateKind.HANDLINGSPLAN, "1081", 2016, null, Messages.SWEDISH)
                        .fileName())
                .as("next year's plan may still be drawn from a locked year")
                .isEqualTo("handlingsplan-2017-Ronneby-hela kommunen.xlsx");

        yearEnd.lock("1081", 2017, LocalDate.of(2017, 12, 31));
        TemplateException next =
                refusal(() -> templates.everyCommittee(TemplateKind.HANDLINGSPLAN, "1081", 2016, Messages.SWEDISH));
        assertThat(next.reason()).isEqualTo(TemplateException.Reason.LOCKED);
        assertThat(message(next)).startsWith("Planåret 2017 för Ronneby är fastställt");
    }

    @Test
    void names_no_file_system_takes_become_safe_distinct_file_names_and_stay_text_in_the_cells() throws Exception {
        writeStrategy();
        String odd = "Nämnd/för \"test\": <a>|b?* " + "x".repeat(80);
        inbox.write(
                "handlingsplan.csv",
                PLAN_HEADER,
                "1081;\"" + odd.replace("\"", "\"\"") + "\";2016;M1;Mål;I1;Antal;tal;oka;0;10;PO1;",
                "1081;Nämnd/test;2016;M2;Mål;I2;Antal;tal;oka;0;10;PO1;",
                "1081;Nämnd:test;2016;M3;Mål;I3;Antal;tal;oka;0;10;PO1;",
                "1081;\"=HYPERLINK(\"\"http://x\"\")\";2016;M4;Mål;I4;'=1+1;tal;oka;0;10;PO1;",
                "1081;CON.;2016;M5;Mål;I5;Antal;tal;oka;0;10;PO1;");
        assertThat(run().exitStatus()).isZero();

        TemplateFile zip = templates.everyCommittee(TemplateKind.UTFALL, "1081", 2016, Messages.SWEDISH);

        assertThat(zip.fileName()).isEqualTo("utfall-2016-Ronneby-alla nämnder.zip");
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.content()))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                names.add(entry.getName());
                try (XSSFWorkbook workbook = Workbooks.open(in.readAllBytes())) {
                    assertThat(workbook.getSheetName(0)).isEqualTo("utfall");
                    assertThat(Workbooks.rows(workbook.getSheetAt(0))).hasSize(2);
                }
            }
        }
        assertThat(names).hasSize(5);
        for (String name : names) {
            assertThat(name)
                    .startsWith("utfall-2016-Ronneby-")
                    .endsWith(".xlsx")
                    .doesNotContainPattern("[\\\\/:*?\"<>|\\p{Cntrl}]");
            assertThat(name.length()).isLessThanOrEqualTo(100);
        }
        assertThat(names)
                .contains(
                        "utfall-2016-Ronneby-CON.xlsx",
                        "utfall-2016-Ronneby-Nämnd test.xlsx",
                        "utfall-2016-Ronneby-Nämnd test (2).xlsx",
                        "utfall-2016-Ronneby-=HYPERLINK( http x ).xlsx",
                        "utfall-2016-Ronneby-Nämnd för test a b " + "x".repeat(41) + ".xlsx");

        try (XSSFWorkbook workbook = Workbooks.open(templates
                .workbook(TemplateKind.UTFALL, "1081", 2016, "=hyperlink(\"http://x\")", Messages.SWEDISH)
                .content())) {
            var row = workbook.getSheetAt(0).getRow(1);
            assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\")");
            assertThat(row.getCell(3).getStringCellValue()).isEqualTo("'=1+1");
        }
    }

    @Test
    void very_many_indicators_reported_by_month_make_a_template_of_every_row() throws Exception {
        writeStrategy();
        int indicators = 2000;
        String[] plan = new String[indicators + 1];
        String[] values = new String[indicators + 1];
        plan[0] = PLAN_HEADER;
        values[0] = UTFALL_HEADER;
        for (int i = 0; i < indicators; i++) {
            String committee = "Nämnd " + (i % 20);
            plan[i + 1] = "1081;" + committee + ";2016;M" + i + ";Mål " + i + ";I" + i + ";Indikator " + i
                    + ";tal;oka;0;10;PO1;";
            values[i + 1] = "1081;I" + i + ";2016-01;" + i;
        }
        inbox.write("handlingsplan.csv", plan);
        inbox.write("utfall.csv", values);
        assertThat(run().exitStatus()).isZero();

        long start = System.nanoTime();
        TemplateFile file = templates.workbook(TemplateKind.UTFALL, "1081", 2016, null, Messages.SWEDISH);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println(
                "Template of " + indicators * 12 + " rows: " + millis + " ms, " + file.content().length + " bytes");

        try (XSSFWorkbook workbook = Workbooks.open(file.content())) {
            var rows = Workbooks.rows(workbook.getSheetAt(0));
            assertThat(rows).hasSize(indicators * 12 + 1);
            assertThat(rows.get(1)).containsSubsequence("I0", "2016-01", "0", "2016-01");
            assertThat(rows.get(12)).containsSubsequence("I0", "2016-01", "0", "2016-12");
            assertThat(rows.getLast()).contains("Nämnd 9", "2016-12");
            assertThat(workbook.getSheetAt(0).getDataValidations())
                    .as("one validation over every number row")
                    .hasSize(1);
        }
        TemplateFile zip = templates.everyCommittee(TemplateKind.UTFALL, "1081", 2016, Messages.SWEDISH);
        int entries = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.content()))) {
            while (in.getNextEntry() != null) {
                entries++;
            }
        }
        assertThat(entries).isEqualTo(20);
    }

    @Test
    void many_downloads_at_once_each_get_the_whole_template() throws Exception {
        importStrategyAndPlan();
        List<List<String>> expected;
        try (XSSFWorkbook one = Workbooks.open(templates
                .workbook(TemplateKind.UTFALL, "1081", 2016, null, Messages.SWEDISH)
                .content())) {
            expected =
                    Workbooks.rows(one.getSheetAt(0)).stream().map(List::copyOf).toList();
        }
        ExecutorService pool = new DelegatingSecurityContextExecutorService(Executors.newFixedThreadPool(8));
        try {
            List<Future<TemplateFile>> downloads = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                TemplateKind kind = i % 2 == 0 ? TemplateKind.UTFALL : TemplateKind.HANDLINGSPLAN;
                boolean zip = i % 4 == 3;
                downloads.add(pool.submit(() -> zip
                        ? templates.everyCommittee(kind, "1081", 2016, Messages.SWEDISH)
                        : templates.workbook(kind, "1081", 2016, null, Messages.SWEDISH)));
            }
            for (int i = 0; i < downloads.size(); i++) {
                TemplateFile file = downloads.get(i).get();
                assertThat(file.content()).isNotEmpty();
                if (i % 2 == 0 && i % 4 != 3) {
                    try (XSSFWorkbook workbook = Workbooks.open(file.content())) {
                        assertThat(Workbooks.rows(workbook.getSheetAt(0))).isEqualTo(expected);
                    }
                }
            }
        } finally {
            pool.shutdown();
        }
    }
}
