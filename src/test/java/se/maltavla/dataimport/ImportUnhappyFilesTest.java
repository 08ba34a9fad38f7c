package se.maltavla.dataimport;

import static org.assertj.core.api.Assertions.assertThat;
import static se.maltavla.db.Tables.IMPORT_FILE;
import static se.maltavla.db.Tables.IMPORT_RUN;
import static se.maltavla.db.Tables.REJECTED_ROW;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.maltavla.support.ImportTestBase;

/**
 * What careless and hostile files do to a run (issue 9, points 1, 2, 4, 5, 7): an over-long cell
 * rejects its row and the run goes on; what is not a file, a link to nothing, a file that cannot
 * be read are each reported and the other files imported; rejected formulas are written so that
 * Excel does not run them; a run whose process died is shown interrupted.
 */
class ImportUnhappyFilesTest extends ImportTestBase {

    private static String repeat(char c, int n) {
        return String.valueOf(c).repeat(n);
    }

    @Test
    void an_enhet_of_101_characters_rejects_its_row_naming_the_limit_and_the_next_file_is_imported() {
        writeStrategy();
        inbox.write(
                "handlingsplan.csv",
                PLAN_HEADER + ";enhet",
                "1081;Kommunstyrelsen;2016;M1;Fler EU-projekt;I1;Antal projekt;tal;oka;0;10;PO1;;" + repeat('x', 101),
                "1081;Kommunstyrelsen;2016;M1;Fler EU-projekt;I2;Ansökan inlämnad;ja_nej;;;ja;PO1;;st");
        inbox.write("utfall.csv", UTFALL_HEADER, "1081;I2;2016;ja");

        ImportRunResult result = run();

        FileResult plan = file(result, "handlingsplan.csv");
        assertThat(plan.status()).isEqualTo(FileStatus.IMPORTED);
        assertThat(plan.rowsRejected()).isEqualTo(1);
        assertThat(plan.firstRejections().getFirst().reason())
                .isEqualTo("Värdet har 101 tecken, men kolumnen rymmer högst 100. Korta texten och läs in raden igen.");
        assertThat(plan.firstRejections().getFirst().column()).isEqualTo("enhet");
        assertThat(file(result, "utfall.csv").rowsNew()).isEqualTo(1);
        assertThat(result.exitStatus()).isEqualTo(2);
        assertThat(inbox.remaining()).isEmpty();
        assertThat(measuredYes("I2", "2016")).isTrue();
    }

    @Test
    void a_kommentar_of_4001_characters_rejects_its_row_and_4000_are_stored_whole() {
        importStrategyAndPlan();
        inbox.write(
                "utfall.csv",
                UTFALL_HEADER + ";kommentar",
                "1081;I1;2016;3;" + repeat('k', 4001),
                "1081;I1;2016-T1;2;" + repeat('å', 4000));

        ImportRunResult result = run();

        FileResult utfall = file(result, "utfall.csv");
        assertThat(utfall.rowsRejected()).isEqualTo(1);
        assertThat(utfall.rowsNew()).isEqualTo(1);
        assertThat(utfall.firstRejections().getFirst().reason()).contains("4001 tecken", "högst 4000");
        assertThat(measurement("I1", "2016-T1").orElseThrow().getComment()).hasSize(4000);
        assertThat(measuredNumber("I1", "2016")).isNull();
        assertThat(result.exitStatus()).isEqualTo(2);
    }

    @Test
    void a_column_header_of_254_characters_with_a_rejected_value_is_reported_and_stored_shortened() {
        importStrategyAndPlan();
        String longVarde = "va" + repeat('_', 249) + "rde";
        assertThat(longVarde).hasSize(254);
        inbox.write("utfall.csv", "kommun;indikator_kod;period;" + longVarde, "1081;I1;2016;tre", "1081;I1;2016-T1;2");

        ImportRunResult result = run();

        FileResult utfall = file(result, "utfall.csv");
        assertThat(utfall.status()).isEqualTo(FileStatus.IMPORTED);
        assertThat(utfall.rowsRejected()).isEqualTo(1);
        assertThat(utfall.rowsNew()).isEqualTo(1);
        assertThat(db.select(REJECTED_ROW.COLUMN_NAME).from(REJECTED_ROW).fetchSingle(REJECTED_ROW.COLUMN_NAME))
                .hasSize(200)
                .startsWith("va___")
                .endsWith("…");
        assertThat(result.exitStatus()).isEqualTo(2);
        assertThat(inbox.archived()).contains("utfall.csv", "utfall.avvisade.csv");
    }

    @Test
    void a_cell_longer_than_excel_allows_rejects_the_file_naming_the_line_and_the_run_goes_on() {
        importStrategyAndPlan();
        inbox.write(
                "utfall-a.csv",
                UTFALL_HEADER + ";kommentar",
                "1081;I1;2016;3;ok",
                "1081;I1;2016-T1;2;\"" + repeat('x', 40_000));
        inbox.write("utfall-b.csv", UTFALL_HEADER, "1081;I1;2016-T2;4");

        ImportRunResult result = run();

        FileResult bad = file(result, "utfall-a.csv");
        assertThat(bad.status()).isEqualTo(FileStatus.REJECTED);
        assertThat(bad.message()).startsWith("En cell på rad 3 har fler än 32767 tecken (Excels gräns för en cell).");
        assertThat(file(result, "utfall-b.csv").rowsNew()).isEqualTo(1);
        assertThat(inbox.failed()).containsExactly("utfall-a.csv", "utfall-a.fel.txt");
        assertThat(measuredNumber("I1", "2016"))
                .as("nothing of the rejected file")
                .isNull();
        assertThat(result.exitStatus()).isEqualTo(2);
    }

    @Test
    void a_line_of_a_hundred_thousand_delimiters_rejects_the_file_naming_the_limit() {
        importStrategyAndPlan();
        inbox.write("utfall.csv", UTFALL_HEADER, "1081;I1;2016;3" + repeat(';', 100_000));

        ImportRunResult result = run();

        assertThat(file(result, "utfall.csv").message()).startsWith("Rad 2 har fler än 16384 kolumner (Excels gräns).");
        assertThat(result.exitStatus()).isEqualTo(2);
    }

    @Test
    void a_folder_named_like_a_file_is_reported_as_skipped_and_left_where_it_is() throws Exception {
        importStrategyAndPlan();
        Files.createDirectories(inbox.root().resolve("utfall-2016.csv"));
        inbox.write("utfall.csv", UTFALL_HEADER, "1081;I1;2016;3");

        ImportRunResult result = run();

        FileResult folder = file(result, "utfall-2016.csv");
        assertThat(folder.status()).isEqualTo(FileStatus.SKIPPED);
        assertThat(folder.message()).isEqualTo("En mapp, inte en fil. Lägg filerna direkt i inkorgen, inte i en mapp.");
        assertThat(file(result, "utfall.csv").rowsNew()).isEqualTo(1);
        assertThat(result.exitStatus()).isZero();
        assertThat(inbox.root().resolve("utfall-2016.csv")).isDirectory();
    }

    @Test
    void a_link_to_a_file_that_is_gone_goes_to_failed_with_its_reason() throws Exception {
        importStrategyAndPlan();
        Files.createSymbolicLink(
                inbox.root().resolve("utfall-lank.csv"), inbox.root().resolve("finns-inte.csv"));
        inbox.write("utfall.csv", UTFALL_HEADER, "1081;I1;2016;3");

        ImportRunResult result = run();

        FileResult link = file(result, "utfall-lank.csv");
        assertThat(link.status()).isEqualTo(FileStatus.REJECTED);
        assertThat(link.message())
                .isEqualTo("En genväg (länk) till en fil som inte finns. Lägg in själva filen i stället.");
        assertThat(Files.isSymbolicLink(inbox.root().resolve("failed/utfall-lank.csv")))
                .isTrue();
        assertThat(inbox.failed()).contains("utfall-lank.fel.txt");
        assertThat(file(result, "utfall.csv").rowsNew()).isEqualTo(1);
        assertThat(result.exitStatus()).isEqualTo(2);
    }

    @Test
    void a_file_whose_reading_fails_stays_for_the_rerun_and_the_others_are_imported() throws Exception {
        importStrategyAndPlan();
        // Reading /proc/self/mem from its start fails with an input/output error, as a bad disk would.
        Path broken = inbox.root().resolve("utfall-trasig.csv");
        Files.createSymbolicLink(broken, Path.of("/proc/self/mem"));
        inbox.write("utfall.csv", UTFALL_HEADER, "1081;I1;2016;3");

        ImportRunResult result = run();

        FileResult unreadable = file(result, "utfall-trasig.csv");
        assertThat(unreadable.status()).isEqualTo(FileStatus.UNREADABLE);
        assertThat(unreadable.message())
                .isEqualTo("Filen kunde inte läsas (läsfel). Den ligger kvar i inkorgen och läses vid nästa körning.");
        assertThat(Files.isSymbolicLink(broken)).as("left for the rerun").isTrue();
        assertThat(file(result, "utfall.csv").rowsNew()).isEqualTo(1);
        assertThat(result.exitStatus()).as("a rerun can fix it").isEqualTo(1);
        assertThat(db.select(IMPORT_RUN.ERROR_MESSAGE)
                        .from(IMPORT_RUN)
                        .where(IMPORT_RUN.ID.eq(result.runId()))
                        .fetchSingle(IMPORT_RUN.ERROR_MESSAGE))
                .isEqualTo(
                        "En eller flera filer kunde inte läsas färdigt. De ligger kvar i inkorgen: kör importen igen.");
    }

    @Test
    void rejected_cells_that_excel_would_run_as_formulas_are_written_with_an_apostrophe() {
        importStrategyAndPlan();
        inbox.write(
                "utfall.csv",
                UTFALL_HEADER,
                "1081;I1;2016;=1+1",
                "1081;I1;2016-T1;@SUM(A1)",
                "1081;I1;2016-T2;+1+1",
                "1081;I1;2016-T3;\"=HYPERLINK(\"\"http://example.invalid\"\",\"\"x\"\")\"",
                "1081;I1;2016-Q1;-3");

        ImportRunResult result = run();

        assertThat(file(result, "utfall.csv").rowsRejected()).isEqualTo(4);
        String report = inbox.read(inbox.archivedFile("utfall.avvisade.csv"));
        assertThat(report.lines().skip(1).map(line -> line.split(";", -1)[2]).toList())
                .containsExactly(
                        "'=1+1", "'@SUM(A1)", "'+1+1", "\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"x\"\")\"");
        assertThat(measuredNumber("I1", "2016-Q1")).isEqualByComparingTo("-3");
    }

    @Test
    void a_run_whose_process_died_is_shown_interrupted_by_the_next_run() {
        long dead = db.insertInto(IMPORT_RUN)
                .set(IMPORT_RUN.STARTED_AT, OffsetDateTime.now().minusHours(3))
                .set(IMPORT_RUN.STATUS, "RUNNING")
                .set(IMPORT_RUN.TRIGGER_SOURCE, "SCHEDULE")
                .set(IMPORT_RUN.INBOX, inbox.root().toString())
                .set(IMPORT_RUN.LANGUAGE, "sv")
                .returningResult(IMPORT_RUN.ID)
                .fetchSingle(IMPORT_RUN.ID);

        run();

        ImportRunSummary summary = imports.findRun(dead).orElseThrow();
        assertThat(summary.status()).isEqualTo("INTERRUPTED");
        assertThat(summary.finishedAt()).isNotNull();
        assertThat(summary.error())
                .isEqualTo(
                        "Körningen avbröts (processen stoppades). Filer som inte blev klara fortsätter vid nästa körning.");
        assertThat(imports.recentRuns(10)).noneMatch(r -> "RUNNING".equals(r.status()));
    }

    @Test
    void an_error_stored_before_errors_had_kinds_is_shown_as_a_sentence_without_its_exception_text() {
        long runId = run().runId();
        db.update(IMPORT_RUN)
                .set(IMPORT_RUN.EXIT_STATUS, 1)
                .set(IMPORT_RUN.STATUS, "FAILED")
                .set(
                        IMPORT_RUN.ERROR_MESSAGE,
                        "Importen misslyckades och kan köras igen: java.io.UncheckedIOException: "
                                + "java.nio.file.AccessDeniedException: /srv/maltavla/data/inbox/archive")
                .where(IMPORT_RUN.ID.eq(runId))
                .execute();

        ImportRunSummary summary = imports.findRun(runId).orElseThrow();

        assertThat(summary.error())
                .isEqualTo("Importen misslyckades och kan köras igen: ett oväntat fel (detaljerna finns i "
                        + "serverns logg) (felkod " + runId + ").");
        assertThat(summary.errorKind()).isEqualTo("internal");
    }

    @Test
    void the_same_content_dropped_again_under_another_name_after_it_failed_is_listed_under_its_new_name() {
        importStrategyAndPlan();
        String content = "1081;I1;2016;3";
        inbox.write("utfall-forsta.csv", UTFALL_HEADER + ";kommentar", content + ";\"" + repeat('x', 40_000));
        ImportRunResult first = run();
        assertThat(file(first, "utfall-forsta.csv").status()).isEqualTo(FileStatus.REJECTED);

        inbox.write("utfall-andra.csv", UTFALL_HEADER + ";kommentar", content + ";\"" + repeat('x', 40_000));
        ImportRunResult second = run();

        assertThat(second.files()).extracting(FileResult::fileName).containsExactly("utfall-andra.csv");
        assertThat(imports.findRun(first.runId()).orElseThrow().files())
                .extracting(FileResult::fileName)
                .containsExactly("utfall-forsta.csv");
        assertThat(db.fetchCount(IMPORT_FILE)).isEqualTo(4);
    }

    @Test
    void rows_read_always_add_up_for_every_file_of_a_run_with_every_kind_of_trouble() {
        importStrategyAndPlan();
        // UTF-16 (Excel's "Unicode text") is the one encoding in which a NUL can reach a cell.
        inbox.write(
                "utfall.csv",
                String.join(
                        "\r\n",
                        UTFALL_HEADER + ";kommentar;rapporterad_av",
                        "1081;I1;2016;3;" + repeat('k', 4001) + ";x",
                        "1081;I1;2016-T1;2;ok;" + repeat('r', 501),
                        "1081;I1;2016-T2;1;a\u0000b;x",
                        "1081;I1;2016-T3;1;ok;x"),
                java.nio.charset.StandardCharsets.UTF_16LE,
                true);

        ImportRunResult result = run();

        FileResult utfall = file(result, "utfall.csv");
        assertThat(utfall.rowsRead()).isEqualTo(4);
        assertThat(utfall.rowsRejected()).isEqualTo(3);
        assertThat(utfall.rowsNew()).isEqualTo(1);
        List<String> reasons =
                utfall.firstRejections().stream().map(Rejection::reason).toList();
        assertThat(reasons.get(2)).startsWith("Värdet innehåller ett osynligt styrtecken");
        // PostgreSQL refuses NUL in text: the rejected value is kept with the NUL made visible.
        assertThat(utfall.firstRejections().get(2).value()).isEqualTo("a\u2400b");
    }
}
