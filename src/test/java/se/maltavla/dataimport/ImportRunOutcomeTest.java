package se.maltavla.dataimport;

import static org.assertj.core.api.Assertions.assertThat;
import static se.maltavla.db.Tables.*;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import se.maltavla.support.ImportTestBase;

/**
 * What a run does with whole files and what it tells (docs/import-contract.md §8): files rejected whole,
 * files left alone, files seen before, exit status, language, and the rejection report.
 */
class ImportRunOutcomeTest extends ImportTestBase {

    private String failedText(String name) {
        return inbox.read(inbox.root().resolve("failed").resolve(name));
    }

    @Test
    void an_empty_file_goes_to_failed_with_its_reason() {
        inbox.writeBytes("utfall.csv", new byte[0]);

        ImportRunResult result = run();

        FileResult file = file(result, "utfall.csv");
        assertThat(file.status()).isEqualTo(FileStatus.REJECTED);
        assertThat(file.message()).isEqualTo(Reasons.EMPTY_FILE);
        assertThat(result.exitStatus()).isEqualTo(2);
        assertThat(inbox.failed()).containsExactly("utfall.csv", "utfall.fel.txt");
        assertThat(failedText("utfall.fel.txt")).isEqualTo("utfall.csv: " + Reasons.EMPTY_FILE + "\n");
        assertThat(inbox.remaining()).isEmpty();
        assertThat(inbox.archived()).isEmpty();
    }

    @Test
    void a_header_only_file_is_imported_with_no_rows() {
        importStrategyAndPlan();
        inbox.write("utfall.csv", UTFALL_HEADER);

        ImportRunResult result = run();

        FileResult file = file(result, "utfall.csv");
        assertThat(file.status()).isEqualTo(FileStatus.IMPORTED);
        assertThat(file.kind()).isEqualTo("utfall");
        assertThat(file.rowsRead()).isZero();
        assertThat(result.exitStatus()).isZero();
        assertThat(inbox.archived()).contains("utfall.csv").doesNotContain("utfall.avvisade.csv");
        assertThat(inbox.failed()).isEmpty();
    }

    @Test
    void an_unknown_header_goes_to_failed_naming_the_closest_kind_and_its_missing_columns() {
        inbox.write("data.csv", "kommun;indikator;period;värde", "1081;I1;2016;3");
        inbox.write("handlingsplan.csv", "Kommun;Nämnd;År;Mål;Indikator", "1081;KS;2016;Mål;Ind");

        ImportRunResult result = run();

        String utfall =
                "Okänd filtyp: rubrikraden passar ingen av filtyperna strategi, handlingsplan, utfall, berattelse "
                        + "eller aktiviteter. Närmast är utfall, men kolumnerna indikator_kod saknas.";
        String plan =
                "Okänd filtyp: rubrikraden passar ingen av filtyperna strategi, handlingsplan, utfall, berattelse "
                        + "eller aktiviteter. Närmast är handlingsplan, men kolumnerna mal_kod, indikator_kod, typ, malvarde saknas.";
        assertThat(file(result, "data.csv").status()).isEqualTo(FileStatus.REJECTED);
        assertThat(file(result, "data.csv").message()).isEqualTo(utfall);
        assertThat(file(result, "handlingsplan.csv").message()).isEqualTo(plan);
        assertThat(inbox.failed())
                .containsExactly("data.csv", "data.fel.txt", "handlingsplan.csv", "handlingsplan.fel.txt");
        assertThat(failedText("data.fel.txt")).isEqualTo("data.csv: " + utfall + "\n");
        assertThat(failedText("handlingsplan.fel.txt")).contains("mal_kod, indikator_kod, typ, malvarde");
        assertThat(result.exitStatus()).isEqualTo(2);
    }

    @Test
    void a_binary_file_named_csv_goes_to_failed() {
        inbox.writeBytes("bild.csv", new byte[] {
            (byte) 0x89,
            'P',
            'N',
            'G',
            '\r',
            '\n',
            0x1A,
            '\n',
            0,
            0,
            0,
            0x0D,
            'I',
            'H',
            'D',
            'R',
            0,
            0,
            0,
            1,
            0,
            0,
            0,
            1,
            8,
            6,
            0,
            0,
            0
        });
        inbox.writeBytes("arkiv.csv", new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 0x21, 0x5a, 'x', 'l', '/'});

        ImportRunResult result = run();

        assertThat(result.files()).extracting(FileResult::status).containsOnly(FileStatus.REJECTED);
        assertThat(file(result, "bild.csv").message()).isEqualTo(Reasons.BINARY_FILE);
        assertThat(file(result, "arkiv.csv").message())
                .as("a zip is taken for a workbook, whatever its name")
                .isEqualTo(Reasons.NOT_A_WORKBOOK);
        assertThat(inbox.failed()).containsExactly("arkiv.csv", "arkiv.fel.txt", "bild.csv", "bild.fel.txt");
        assertThat(result.exitStatus()).isEqualTo(2);
    }

    @Test
    void a_quote_never_closed_rejects_the_file_naming_the_line() {
        importStrategyAndPlan();
        inbox.write("utfall.csv", UTFALL_HEADER, "1081;I1;2016-T1;3", "1081;I1;2016-T2;\"4", "1081;I1;2016-T3;5");

        ImportRunResult result = run();

        FileResult file = file(result, "utfall.csv");
        assertThat(file.status()).isEqualTo(FileStatus.REJECTED);
        assertThat(file.message())
                .isEqualTo("Filen går inte att läsa: ett citattecken som börjar på rad 3 avslutas aldrig.");
        assertThat(db.fetchCount(MEASUREMENT))
                .as("nothing of a file rejected whole is stored")
                .isZero();
        assertThat(inbox.failed()).containsExactly("utfall.csv", "utfall.fel.txt");
    }

    @Test
    void excel_lock_files_and_hidden_files_are_left_in_the_inbox_untouched() throws IOException {
        Path lock = inbox.writeBytes("~$plan.csv", new byte[] {0, 1, 2, 'x'});
        Path hidden = inbox.write(".hidden.csv", "kommun;foo", "1;2");

        ImportRunResult result = run();

        assertThat(result.files()).isEmpty();
        assertThat(result.exitStatus()).isZero();
        assertThat(inbox.remaining()).containsExactly(".hidden.csv", "~$plan.csv");
        assertThat(Files.readAllBytes(lock)).containsExactly(0, 1, 2, 'x');
        assertThat(Files.readString(hidden)).isEqualTo("kommun;foo\r\n1;2\r\n");
        assertThat(inbox.failed()).isEmpty();
        assertThat(inbox.archived()).isEmpty();
    }

    @Test
    void the_same_file_twice_is_already_imported_changes_nothing_and_is_archived_again() {
        importStrategyAndPlan();
        String[] utfall = {UTFALL_HEADER, "1081;I1;2016-T1;3", "1081;I2;2016;ja"};
        inbox.write("utfall.csv", utfall);
        ImportRunResult first = run();
        long firstId = file(first, "utfall.csv").fileId();
        inbox.write("utfall.csv", utfall);

        ImportRunResult second = run();

        FileResult again = file(second, "utfall.csv");
        assertThat(again.status()).isEqualTo(FileStatus.ALREADY_IMPORTED);
        assertThat(again.previousImport()).isNotNull();
        assertThat(again.rowsNew() + again.rowsUpdated() + again.rowsRejected()).isZero();
        assertThat(second.exitStatus()).isZero();
        assertThat(inbox.remaining()).isEmpty();
        assertThat(inbox.archived()).contains("utfall.csv", "utfall-2.csv");
        assertThat(db.fetchCount(MEASUREMENT)).isEqualTo(2);
        assertThat(db.fetchCount(MEASUREMENT_HISTORY)).isZero();
        assertThat(db.fetchValue(MEASUREMENT.SOURCE_FILE_ID, MEASUREMENT.PERIOD.eq("2016-T1")))
                .isEqualTo(firstId);
    }

    @Test
    void an_already_imported_file_does_not_affect_the_exit_status() {
        importStrategyAndPlan();
        String[] utfall = {UTFALL_HEADER, "1081;I1;2016-T1;3", "1081;I1;2016-T2;tre"};
        inbox.write("utfall.csv", utfall);
        assertThat(run().exitStatus()).as("the first import rejects a row").isEqualTo(2);
        inbox.write("utfall.csv", utfall);

        ImportRunResult second = run();

        assertThat(file(second, "utfall.csv").status()).isEqualTo(FileStatus.ALREADY_IMPORTED);
        assertThat(second.exitStatus()).isZero();
    }

    @Test
    void an_already_imported_file_does_not_override_exit_status_2_of_another_file() {
        importStrategyAndPlan();
        String[] utfall = {UTFALL_HEADER, "1081;I1;2016-T1;3"};
        inbox.write("utfall.csv", utfall);
        run();
        inbox.write("utfall.csv", utfall);
        inbox.write("utfall-ny.csv", UTFALL_HEADER, "1081;I1;2016-T2;tre");

        ImportRunResult second = run();

        assertThat(file(second, "utfall.csv").status()).isEqualTo(FileStatus.ALREADY_IMPORTED);
        assertThat(file(second, "utfall-ny.csv").rowsRejected()).isEqualTo(1);
        assertThat(second.exitStatus()).isEqualTo(2);
    }

    @Test
    void the_same_content_under_another_name_in_one_run_is_imported_once() {
        importStrategyAndPlan();
        String[] utfall = {UTFALL_HEADER, "1081;I1;2016-T1;3", "1081;I2;2016;ja"};
        inbox.write("utfall.csv", utfall);
        inbox.write("utfall-kopia.csv", utfall);

        ImportRunResult result = run();

        assertThat(result.files())
                .extracting(FileResult::status)
                .containsExactlyInAnyOrder(FileStatus.IMPORTED, FileStatus.ALREADY_IMPORTED);
        FileResult imported = result.files().stream()
                .filter(f -> f.status() == FileStatus.IMPORTED)
                .findFirst()
                .orElseThrow();
        assertThat(imported.rowsNew()).isEqualTo(2);
        assertThat(result.exitStatus()).isZero();
        assertThat(db.fetchCount(MEASUREMENT)).isEqualTo(2);
        assertThat(db.fetchCount(MEASUREMENT_HISTORY)).isZero();
        assertThat(inbox.remaining()).isEmpty();
        assertThat(inbox.archived()).contains("utfall.csv", "utfall-kopia.csv");
    }

    @Test
    void exit_status_0_when_every_row_is_accepted_and_2_when_a_row_is_rejected() {
        importStrategyAndPlan();
        inbox.write("utfall.csv", UTFALL_HEADER, "1081;I1;2016-T1;3");
        assertThat(run().exitStatus()).isZero();

        inbox.write("utfall-2.csv", UTFALL_HEADER, "1081;I1;2016-T2;3", "1081;I1;2016-T3;x");
        ImportRunResult result = run();
        assertThat(result.exitStatus()).isEqualTo(2);
        assertThat(result.failure()).isNull();
    }

    @Test
    void exit_status_2_when_a_whole_file_is_rejected_and_the_others_are_fine() {
        importStrategyAndPlan();
        inbox.write("utfall.csv", UTFALL_HEADER, "1081;I1;2016-T1;3");
        inbox.writeBytes("tom.csv", new byte[0]);

        ImportRunResult result = run();

        assertThat(file(result, "utfall.csv").rowsNew()).isEqualTo(1);
        assertThat(file(result, "tom.csv").status()).isEqualTo(FileStatus.REJECTED);
        assertThat(result.exitStatus()).isEqualTo(2);
    }

    @Test
    void in_english_the_reasons_are_english() {
        importStrategyAndPlan();
        inbox.write("utfall.csv", UTFALL_HEADER, "1081;I1;2016-T1;12 x", "1081;I7;2016;3");
        inbox.writeBytes("tom.csv", new byte[0]);

        ImportRunResult result = run(Locale.ENGLISH);

        assertThat(file(result, "utfall.csv").firstRejections())
                .containsExactly(
                        new Rejection(
                                2,
                                "varde",
                                "12 x",
                                "Not a number. Write e.g. 1 234.5 or 12,5 % (spaces as thousands "
                                        + "separators, decimal comma or decimal point). Letters are not accepted."),
                        new Rejection(
                                3,
                                "indikator_kod",
                                "I7",
                                "Indicator I7 is not in the action plan for 2016 (municipality "
                                        + "1081). Import the action plan first, or check the indicator code and the period."));
        assertThat(file(result, "tom.csv").message()).isEqualTo("The file is empty: it has no header row.");
        assertThat(failedText("tom.fel.txt")).isEqualTo("tom.csv: The file is empty: it has no header row.\n");
        assertThat(inbox.read(inbox.archivedFile("utfall.avvisade.csv"))).contains("Not a number.");
        assertThat(result.exitStatus()).isEqualTo(2);
    }

    @Test
    void the_rejection_report_is_utf8_with_bom_semicolon_separated_one_row_per_rejection_in_line_order()
            throws IOException {
        importStrategyAndPlan();
        List<String> lines = new ArrayList<>(List.of(UTFALL_HEADER + ";kommentar"));
        lines.add("1081;I1;2016-01;1;ok"); // line 2
        lines.add("1081;I1;2016-02;\"3;5\";semikolon"); // line 3
        lines.add("1081;I1;2016-03;\"sa \"\"tre\"\"\";citat"); // line 4
        for (int month = 4; month <= 12; month++) {
            lines.add("1081;I1;2016-%02d;fel%d;".formatted(month, month)); // lines 5–13
        }
        lines.add("1081;I1;2016-T1;7;ok"); // line 14
        lines.add("1081;I1;2016-T2;\"en\nrad\";radbrytning"); // line 15–16
        inbox.write("utfall.csv", lines.toArray(String[]::new));

        ImportRunResult result = run();

        FileResult file = file(result, "utfall.csv");
        assertThat(file.rowsRejected()).isEqualTo(12);
        assertThat(file.firstRejections()).hasSize(10);
        assertThat(file.firstRejections())
                .extracting(Rejection::line)
                .containsExactly(3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L);
        Path report = inbox.archivedFile("utfall.avvisade.csv");
        assertThat(inbox.archived()).contains("utfall.csv", "utfall.avvisade.csv");
        byte[] bytes = Files.readAllBytes(report);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = inbox.read(report).substring(1);
        assertThat(text).startsWith("rad;kolumn;varde;orsak\r\n");
        assertThat(text).contains("\r\n3;varde;\"3;5\";" + Reasons.NUMBER + "\r\n");
        assertThat(text).contains("\r\n4;varde;\"sa \"\"tre\"\"\";" + Reasons.NUMBER + "\r\n");
        List<CSVRecord> records = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(';')
                .get()
                .parse(new StringReader(text))
                .getRecords();
        assertThat(records.getFirst().toList()).containsExactly("rad", "kolumn", "varde", "orsak");
        List<CSVRecord> rows = records.subList(1, records.size());
        assertThat(rows).hasSize(12);
        assertThat(rows)
                .extracting(r -> r.get(0))
                .containsExactly("3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "15");
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.size()).isEqualTo(4);
            assertThat(r.get(1)).isEqualTo("varde");
            assertThat(r.get(3)).isEqualTo(Reasons.NUMBER);
        });
        assertThat(rows.get(0).get(2)).isEqualTo("3;5");
        assertThat(rows.get(1).get(2)).isEqualTo("sa \"tre\"");
        assertThat(rows.get(2).get(2)).isEqualTo("fel4");
        assertThat(rows.get(11).get(2)).isEqualTo("en\nrad");
    }

    @Test
    void no_rejection_report_when_no_row_is_rejected() {
        importStrategyAndPlan();
        inbox.write("utfall.csv", UTFALL_HEADER, "1081;I1;2016-T1;3");

        run();

        assertThat(inbox.archived()).contains("utfall.csv").noneMatch(n -> n.endsWith(".avvisade.csv"));
    }
}
