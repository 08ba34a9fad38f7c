package se.maltavla.dataimport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.VaadinSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.util.FileSystemUtils;
import se.maltavla.dataimport.ImportProgress;
import se.maltavla.dataimport.ImportRunResult;
import se.maltavla.dataimport.ImportService;
import se.maltavla.dataimport.ImportTrigger;
import se.maltavla.dataimport.RejectedRow;
import se.maltavla.dataimport.Rejection;
import se.maltavla.shared.i18n.Messages;
import se.maltavla.support.TestInbox;
import se.maltavla.support.UiTest;

/**
 * The Import view without a browser. Its files have only rows that are rejected (a municipality
 * without a strategy), so that the shared UI test database gets runs but no plan data.
 */
class ImportViewTest extends UiTest {

    static final String UTFALL = "kommun;indikator_kod;period;varde";

    @Autowired
    ImportService imports;

    @Value("${maltavla.import.inbox}")
    Path configuredInbox;

    @TempDir
    Path folder;

    @BeforeEach
    void emptyInbox() throws IOException {
        FileSystemUtils.deleteRecursively(configuredInbox);
        Files.createDirectories(configuredInbox);
    }

    @Test
    @WithMockUser(roles = "VIEWER")
    void a_viewer_sees_the_runs_and_the_rejected_rows_but_no_upload_or_run() {
        ImportRunResult run = importRejected("utfall-visning.csv", "9901;A1;2016-T1;4", "9901;A2;2016-T2;5");

        ImportView view = navigate(ImportView.class);

        assertThat($(H1.class).single().getText()).isEqualTo("Import");
        assertThat(view.getPageTitle()).isEqualTo("Import – Måltavla");
        assertThat($(Upload.class).exists()).isFalse();
        assertThat($(Button.class).withId("start-import").exists()).isFalse();
        assertThat(text($(Paragraph.class).id("viewer-note"))).contains("kräver rollen koordinator");
        String runs = text($(RunsList.class).single());
        assertThat(runs)
                .contains(
                        "Körning " + run.runId(),
                        "kommandoraden (jobs/import)",
                        "Klar, några rader eller filer avvisades",
                        "utfall-visning.csv",
                        "utfall",
                        "Lästa",
                        "Avvisade",
                        "Visa avvisade rader");
        assertThat(text($(Paragraph.class).id("rejections-file")))
                .startsWith("Fil utfall-visning.csv i körning " + run.runId());
        List<Rejection> stored = imports.rejections(run.files().getFirst().fileId(), "", 0, 10);
        assertThat(gridRows()).containsExactly(row(stored.get(0)), row(stored.get(1)));
        assertThat(stored.getFirst().reason()).contains("9901");
        assertThat(text($(Paragraph.class).id("rejections-count"))).isEqualTo("2 avvisade rader");
        assertThat($(se.maltavla.shared.ui.CsvExport.class).all())
                .extracting(a -> a.getElement().getAttribute("aria-label"))
                .containsExactlyInAnyOrder(
                        "Exportera CSV: körningarna som visas",
                        "Exportera CSV: de avvisade raderna i utfall-visning.csv, med sökningen");
        assertThat($(se.maltavla.shared.ui.ExcelExport.class).all())
                .extracting(a -> a.getElement().getAttribute("aria-label"))
                .containsExactlyInAnyOrder(
                        "Exportera Excel: körningarna som visas",
                        "Exportera Excel: de avvisade raderna i utfall-visning.csv, med sökningen");
        assertThat($(se.maltavla.shared.ui.ExcelExport.class).all())
                .extracting(a -> a.getElement().getAttribute("title"))
                .allSatisfy(title -> assertThat(title).contains(".xlsx"));
    }

    @Test
    @WithMockUser(roles = "VIEWER")
    void the_runs_workbook_says_kinds_triggers_and_outcomes_in_words_and_the_csv_keeps_the_codes() {
        ImportRunResult run = importRejected("utfall-ord.csv", "9901;ORD-1;2016-T1;4");
        ImportView view = navigate(ImportView.class);
        List<se.maltavla.dataimport.ImportRunSummary> runs = imports.recentRuns(ImportView.RUNS_SHOWN);
        java.io.ByteArrayOutputStream xlsx = new java.io.ByteArrayOutputStream();
        java.io.StringWriter csv = new java.io.StringWriter();

        RunsCsv.write(runs, RunsCsv.Words.of(view), se.maltavla.shared.table.TableTarget.workbook(xlsx, "korningar"));
        RunsCsv.write(runs, csv);

        se.maltavla.support.Workbooks book = se.maltavla.support.Workbooks.read(xlsx.toByteArray());
        assertThat(book.header()).isEqualTo(RunsCsv.HEADER);
        var row = book.rowWhere("fil", "utfall-ord.csv");
        assertThat(row.get(book.column("korning")).getNumericCellValue()).isEqualTo(run.runId());
        assertThat(row.get(book.column("typ")).getStringCellValue()).isEqualTo("utfall");
        assertThat(row.get(book.column("status")).getStringCellValue()).isEqualTo("Inläst");
        assertThat(row.get(book.column("utlost_av")).getStringCellValue()).isEqualTo("kommandoraden (jobs/import)");
        assertThat(row.get(book.column("slutstatus")).getStringCellValue())
                .isEqualTo("Klar, några rader eller filer avvisades");
        assertThat(org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(row.get(book.column("startad"))))
                .isTrue();
        assertThat(csv.toString()).contains(";COMMAND;2;utfall-ord.csv;utfall;IMPORTED;1;0;0;0;1;");

        UI.getCurrent().setLocale(Locale.ENGLISH);
        java.io.ByteArrayOutputStream english = new java.io.ByteArrayOutputStream();
        RunsCsv.write(
                runs,
                RunsCsv.Words.of(navigate(ImportView.class)),
                se.maltavla.shared.table.TableTarget.workbook(english, "runs"));
        se.maltavla.support.Workbooks en = se.maltavla.support.Workbooks.read(english.toByteArray());
        var inEnglish = en.rowWhere("fil", "utfall-ord.csv");
        assertThat(inEnglish.get(en.column("typ")).getStringCellValue()).isEqualTo("measured values");
        assertThat(inEnglish.get(en.column("status")).getStringCellValue()).isEqualTo("Imported");
        assertThat(inEnglish.get(en.column("utlost_av")).getStringCellValue()).isEqualTo("command line (jobs/import)");
    }

    @Test
    @WithMockUser(roles = "VIEWER")
    void a_rejected_row_says_which_municipality_and_indicator_it_was_for() {
        importRejected("utfall-vilken.csv", "9901;A1;2016-T1;4", "9901;B2;2016-T2;5");
        navigate(ImportView.class);

        assertThat(gridSubjects()).containsExactly("9901 A1", "9901 B2");
        Grid<RejectedRow> grid = $(Grid.class).id("rejections-grid");
        assertThat(grid.getColumns())
                .extracting(c -> c.getHeaderText())
                .containsExactly("Rad", "Kommun", "Indikator", "Kolumn", "Värde", "Orsak");

        test($(TextField.class).id("rejections-search")).setValue("b2");
        assertThat(gridSubjects()).containsExactly("9901 B2");
    }

    @Test
    @WithMockUser(roles = "VIEWER")
    void a_rejected_row_of_a_listed_municipality_names_it_with_its_code() {
        importRejected("utfall-ronneby.csv", "1081;X-NOPE;2016-T1;4", "9901;A1;2016-T1;4");
        navigate(ImportView.class);

        assertThat(gridSubjects()).containsExactly("Ronneby (1081) X-NOPE", "9901 A1");
    }

    @Test
    @WithMockUser(roles = "VIEWER")
    void searching_narrows_the_rejected_rows_and_says_how_many_match() {
        importRejected("utfall-sok.csv", "9901;A1;2016-T1;4", "9901;B2;2016-T2;5", "9901;A3;2016-T3;6");
        navigate(ImportView.class);

        test($(TextField.class).id("rejections-search")).setValue("b2");

        assertThat(gridRows()).hasSize(1).first().asString().startsWith("3 | indikator_kod | B2 | ");
        assertThat(text($(Paragraph.class).id("rejections-count")))
                .isEqualTo("1 av 3 avvisade rader matchar sökningen");
    }

    @Test
    @WithMockUser(roles = "VIEWER")
    void shows_the_rejected_rows_of_the_file_chosen_in_the_runs_list() {
        ImportRunResult older = importRejected("utfall-aldre.csv", "9901;OLD;2016-T1;4");
        importRejected("utfall-nyare.csv", "9901;NEW;2016-T1;4");
        navigate(ImportView.class);
        assertThat(gridRows()).singleElement().asString().contains("NEW");

        Button show = $(Button.class)
                .withCondition(b -> b.getAriaLabel().orElse("").contains("utfall-aldre.csv"))
                .single();
        assertThat(show.getAriaLabel())
                .contains("Visa avvisade rader i utfall-aldre.csv (körning " + older.runId() + ")");
        test(show).click();

        assertThat(gridRows()).singleElement().asString().contains("OLD");
        assertThat(text($(Paragraph.class).id("rejections-file")))
                .startsWith("Fil utfall-aldre.csv i körning " + older.runId());
    }

    @Test
    @WithMockUser(roles = "VIEWER")
    void speaks_english_when_chosen() {
        ImportRunResult run = importRejected("utfall-english.csv", "9901;A1;2016-T1;4");
        UI.getCurrent().setLocale(Locale.ENGLISH);

        ImportView view = navigate(ImportView.class);

        assertThat(view.getPageTitle()).isEqualTo("Import – Måltavla");
        assertThat(text($(RunsList.class).single()))
                .contains(
                        "Runs",
                        "Run " + run.runId(),
                        "command line (jobs/import)",
                        "Finished, some rows or files rejected",
                        "Read",
                        "Unchanged",
                        "Show rejected rows");
        assertThat($(TextField.class).id("rejections-search").getLabel()).isEqualTo("Search the rejected rows");
        assertThat(text($(Paragraph.class).id("rejections-count"))).isEqualTo("1 rejected row");
        assertThat(text($(Paragraph.class).id("viewer-note"))).contains("need the coordinator role");
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void a_coordinator_uploads_files_into_the_inbox_and_is_told_what_became_of_them() throws IOException {
        navigate(ImportView.class);
        Upload upload = $(Upload.class).single();

        test(upload).upload("utfall 2016.csv", "text/csv", csv("9901;A1;2016-T1;4"));
        runPendingAccess();

        assertThat(inboxFiles()).containsExactly("utfall-2016.csv");
        assertThat(text($(com.vaadin.flow.component.html.Div.class).id("upload-messages")))
                .contains("Filen utfall 2016.csv ligger nu i inkorgen som utfall-2016.csv.");

        test(upload).upload("utfall.xls", "application/vnd.ms-excel", new byte[] {1, 2, 3});
        test(upload).upload("anteckningar.txt", "text/plain", new byte[] {1, 2, 3});
        runPendingAccess();

        assertThat(inboxFiles()).containsExactly("utfall-2016.csv");
        assertThat(text($(com.vaadin.flow.component.html.Div.class).id("upload-messages")))
                .contains("Filen utfall.xls är en äldre Excel-arbetsbok (.xls).")
                .contains("Filen anteckningar.txt är varken en CSV-fil eller en Excel-arbetsbok.");

        java.io.ByteArrayOutputStream workbook = new java.io.ByteArrayOutputStream();
        try (var xlsx = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            xlsx.createSheet("Utfall").createRow(0).createCell(0).setCellValue("kommun");
            xlsx.write(workbook);
        }
        test(upload)
                .upload(
                        "Utfall KS.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        workbook.toByteArray());
        runPendingAccess();
        assertThat(inboxFiles()).containsExactlyInAnyOrder("utfall-2016.csv", "Utfall-KS.xlsx");
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void importera_nu_shows_each_file_s_progress_and_then_the_new_run_with_its_rejected_rows() throws Exception {
        Files.write(
                configuredInbox.resolve("utfall-nu.csv"),
                csv("9901;X1;2016-T1;4", "9901;X2;2016-T2;5", "9901;X3;2016-T3;6"));
        Files.write(configuredInbox.resolve("okand.csv"), "a;b;c\r\n1;2;3\r\n".getBytes(StandardCharsets.UTF_8));
        ImportView view = navigate(ImportView.class);

        test($(Button.class).id("start-import")).click();
        assertThat(text($(Paragraph.class).id("run-status"))).isEqualTo("Importen pågår …");
        $(RunNowPanel.class).single().lastRun().get(30, TimeUnit.SECONDS);
        runPendingAccess();

        assertThat(text($(Paragraph.class).id("run-status")))
                .isEqualTo("Importen är klar, men några rader eller filer avvisades. Se nedan vilka och varför.");
        FileProgress progress = $(FileProgress.class)
                .withCondition(p -> "utfall-nu.csv".equals(p.getElement().getAttribute("data-file")))
                .single();
        assertThat(text(progress))
                .contains(
                        "utfall-nu.csv (utfall)",
                        "3 av 3 rader",
                        "lästa 3, nya 0, uppdaterade 0, oförändrade 0, avvisade 3");
        assertThat(progress.bar().getValue()).isEqualTo(progress.bar().getMax());
        assertThat(text($(FileProgress.class)
                        .withCondition(p -> "okand.csv".equals(p.getElement().getAttribute("data-file")))
                        .single()))
                .contains("Avvisad i sin helhet: Okänd filtyp");
        long newest = imports.recentRuns(1).getFirst().runId();
        assertThat(text($(RunsList.class).single())).contains("Körning " + newest, "startad här", "okand.csv");
        assertThat(text($(Paragraph.class).id("rejections-file"))).startsWith("Fil utfall-nu.csv i körning " + newest);
        assertThat(gridRows()).hasSize(3);
        assertThat($(Button.class).id("start-import").isEnabled()).isTrue();
        assertThat(view).isNotNull();
    }

    @Test
    @WithMockUser(roles = "VIEWER")
    void a_file_with_many_rejected_rows_is_read_page_by_page_in_a_grid_that_scrolls() {
        String[] rows = java.util.stream.IntStream.range(0, 300)
                .mapToObj(i -> "9901;M" + i + ";2016-T1;" + i)
                .toArray(String[]::new);
        importRejected("utfall-manga.csv", rows);

        navigate(ImportView.class);

        Grid<?> grid = $(Grid.class).id("rejections-grid");
        assertThat(grid.getDataProvider().isInMemory())
                .as("asks the service for each page")
                .isFalse();
        assertThat(test(grid).size()).isEqualTo(300);
        assertThat(grid.isAllRowsVisible()).isFalse();
        assertThat(grid.getClassNames()).contains("rejections-grid-tall");
        assertThat(text($(Paragraph.class).id("rejections-count"))).isEqualTo("300 avvisade rader");
        test($(TextField.class).id("rejections-search")).setValue("M29");
        assertThat(test(grid).size()).as("M29 and M290–M299").isEqualTo(11);
        assertThat(grid.isAllRowsVisible()).isTrue();
    }

    @Test
    @WithMockUser(roles = "VIEWER")
    void the_rejected_rows_download_as_csv_with_the_search_applied() {
        ImportRunResult run =
                importRejected("utfall-export.csv", "9901;A1;2016-T1;4", "9901;=B2;2016-T2;5", "9901;B3;2016-T3;6");
        long fileId = run.files().getFirst().fileId();
        java.io.StringWriter all = new java.io.StringWriter();
        java.io.StringWriter searched = new java.io.StringWriter();

        RejectionsPanel.write(imports, fileId, "", all);
        RejectionsPanel.write(imports, fileId, "b", searched);

        String reason = imports.rejections(fileId, "", 0, 1).getFirst().reason();
        assertThat(all.toString())
                .startsWith("\uFEFFrad;kolumn;varde;orsak\r\n2;indikator_kod;A1;" + reason + "\r\n")
                .contains("\r\n3;indikator_kod;'=B2;")
                .hasLineCount(4);
        assertThat(searched.toString().lines().skip(1).map(l -> l.split(";")[0]))
                .containsExactly("3", "4");
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void says_clearly_when_another_run_is_in_progress() throws Exception {
        new TestInbox(folder).write("utfall-pagar.csv", UTFALL, "9901;BUSY;2016-T1;4");
        java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        Thread other = Thread.ofPlatform()
                .start(() -> imports.run(
                        folder, ImportTrigger.COMMAND, Messages.SWEDISH, Duration.ZERO, new ImportProgress() {
                            @Override
                            public void fileStarted(String fileName, String kind, long rowsTotal) {
                                started.countDown();
                                try {
                                    release.await(30, TimeUnit.SECONDS);
                                } catch (InterruptedException e) {
                                    Thread.currentThread().interrupt();
                                }
                            }
                        }));
        try {
            assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
            navigate(ImportView.class);

            test($(Button.class).id("start-import")).click();

            assertThat(text($(Paragraph.class).id("run-status")))
                    .matches(
                            "En annan import pågår redan \\(kommandoraden \\(jobs/import\\), startad \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d\\)\\. "
                                    + "Försök igen när den är klar\\.");
            assertThat($(Button.class).id("start-import").isEnabled()).isTrue();
            assertThat(text($(RunsList.class).single())).contains("Pågår");
        } finally {
            release.countDown();
            other.join(30_000);
        }
    }

    private ImportRunResult importRejected(String name, String... rows) {
        TestInbox inbox = new TestInbox(folder);
        inbox.write(name, Stream.concat(Stream.of(UTFALL), Stream.of(rows)).toArray(String[]::new));
        ImportRunResult result = imports.run(
                folder, ImportTrigger.COMMAND, Messages.SWEDISH, Duration.ofSeconds(30), ImportProgress.NONE);
        assertThat(result.exitStatus()).isEqualTo(ImportRunResult.REJECTIONS);
        return result;
    }

    @SuppressWarnings("unchecked")
    private List<String> gridRows() {
        // Line, then (since the row's subject is shown) kommun and code, then column, value and reason.
        Grid<RejectedRow> grid = $(Grid.class).id("rejections-grid");
        var tester = test(grid);
        return java.util.stream.IntStream.range(0, tester.size())
                .mapToObj(i -> tester.getCellText(i, 0) + " | " + tester.getCellText(i, 3) + " | "
                        + tester.getCellText(i, 4) + " | " + tester.getCellText(i, 5))
                .toList();
    }

    /** Each row's kommun and code, as the grid shows them. */
    private List<String> gridSubjects() {
        Grid<RejectedRow> grid = $(Grid.class).id("rejections-grid");
        var tester = test(grid);
        return java.util.stream.IntStream.range(0, tester.size())
                .mapToObj(i -> tester.getCellText(i, 1) + " " + tester.getCellText(i, 2))
                .toList();
    }

    private static String row(Rejection r) {
        return r.line() + " | " + r.column() + " | " + r.value() + " | " + r.reason();
    }

    private static String text(Component component) {
        return component instanceof HasText t && !t.getText().isEmpty()
                ? t.getText()
                : component.getElement().getTextRecursively();
    }

    private static byte[] csv(String... rows) {
        return (UTFALL + "\r\n" + String.join("\r\n", rows) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private List<String> inboxFiles() throws IOException {
        try (Stream<Path> files = Files.list(configuredInbox)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> !n.startsWith("."))
                    .sorted()
                    .toList();
        }
    }

    private static void runPendingAccess() {
        VaadinSession session = VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);
    }
}
