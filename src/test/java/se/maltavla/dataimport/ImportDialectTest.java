package se.maltavla.dataimport;

import static org.assertj.core.api.Assertions.assertThat;
import static se.maltavla.db.Tables.*;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.maltavla.support.ImportTestBase;
import se.maltavla.support.TestInbox;

/** What Excel writes (docs/import-contract.md §1): encodings, delimiters, quoting, line endings, blank rows, extra columns. */
class ImportDialectTest extends ImportTestBase {

    enum Encoding {
        UTF8(StandardCharsets.UTF_8, false, ";"),
        UTF8_BOM(StandardCharsets.UTF_8, true, ";"),
        WINDOWS_1252(TestInbox.WINDOWS_1252, false, ";"),
        UTF16LE_BOM_TAB(StandardCharsets.UTF_16LE, true, "\t");

        final Charset charset;
        final boolean bom;
        final String delimiter;

        Encoding(Charset charset, boolean bom, String delimiter) {
            this.charset = charset;
            this.bom = bom;
            this.delimiter = delimiter;
        }
    }

    @ParameterizedTest
    @EnumSource(Encoding.class)
    void vaxjo_comes_out_as_vaxjo_in_every_encoding_excel_writes(Encoding encoding) {
        writeStrategy();
        String plan = String.join(
                        "\r\n",
                        PLAN_HEADER,
                        "1081;Miljö- och byggnämnden;2016;M1;Växjö;I1;Åtgärder i Växjö;tal;öka;0;10;PO1;")
                + "\r\n";
        inbox.write("handlingsplan.csv", plan.replace(";", encoding.delimiter), encoding.charset, encoding.bom);

        ImportRunResult result = run();

        FileResult file = file(result, "handlingsplan.csv");
        assertThat(file.status()).isEqualTo(FileStatus.IMPORTED);
        assertThat(file.rowsNew()).as(file.toString()).isEqualTo(1);
        assertThat(result.exitStatus()).isZero();
        assertThat(db.fetchValue(GOAL.TEXT)).isEqualTo("Växjö");
        assertThat(db.fetchValue(INDICATOR.NAME)).isEqualTo("Åtgärder i Växjö");
        assertThat(db.fetchValue(COMMITTEE.NAME)).isEqualTo("Miljö- och byggnämnden");
        assertThat(db.fetchValue(INDICATOR.DIRECTION)).isEqualTo("oka");
    }

    @ParameterizedTest
    @ValueSource(strings = {";", ",", "\t"})
    void delimiter_is_detected_from_the_header(String delimiter) {
        writeStrategy();
        String[] fields = {
            "1081",
            "Kommunstyrelsen",
            "2016",
            "M1",
            "Fler projekt; fler partner, och mer",
            "I1",
            "Antal",
            "tal",
            "oka",
            "0,5",
            "12,5",
            "PO1;FM1",
            ""
        };
        inbox.write("handlingsplan.csv", PLAN_HEADER.replace(";", delimiter), line(fields, delimiter));

        ImportRunResult result = run();

        assertThat(file(result, "handlingsplan.csv").rowsNew())
                .as(result.toString())
                .isEqualTo(1);
        assertThat(result.exitStatus()).isZero();
        assertThat(db.fetchValue(GOAL.TEXT)).isEqualTo("Fler projekt; fler partner, och mer");
        assertThat(db.fetchValue(INDICATOR.BASELINE)).isEqualByComparingTo("0.5");
        assertThat(db.fetchValue(INDICATOR.TARGET_NUMBER)).isEqualByComparingTo("12.5");
        assertThat(db.fetchCount(GOAL_LINK)).isEqualTo(2);
    }

    /** A row as Excel writes it: a field holding the delimiter, a quote or a line break is quoted. */
    private static String line(String[] fields, String delimiter) {
        List<String> out = new ArrayList<>();
        for (String f : fields) {
            boolean quote = f.contains(delimiter) || f.contains("\"") || f.contains("\n");
            out.add(quote ? "\"" + f.replace("\"", "\"\"") + "\"" : f);
        }
        return String.join(delimiter, out);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\r\n", "\n"})
    void a_quoted_field_over_three_lines_shifts_later_line_numbers_by_two(String eol) {
        importStrategyAndPlan();
        inbox.write(
                "utfall.csv",
                String.join(
                                eol,
                                UTFALL_HEADER + ";kommentar",
                                "1081;I1;2016-T1;3;\"Första raden" + eol + "andra \"\"citerad\"\" raden" + eol
                                        + "tredje; sista\"",
                                "1081;I1;2016-T2;12 x;",
                                "1081;I1;2016-T3;7;")
                        + eol,
                StandardCharsets.UTF_8,
                false);

        ImportRunResult result = run();

        FileResult file = file(result, "utfall.csv");
        assertThat(file.rowsRead()).isEqualTo(3);
        assertThat(file.rowsNew()).isEqualTo(2);
        assertThat(file.firstRejections()).containsExactly(new Rejection(5, "varde", "12 x", Reasons.NUMBER));
        assertThat(measurement("I1", "2016-T1").orElseThrow().getComment())
                .startsWith("Första raden")
                .contains("andra \"citerad\" raden")
                .endsWith("tredje; sista");
        assertThat(measurement("I1", "2016-T1").orElseThrow().getSourceLine()).isEqualTo(2);
        assertThat(measurement("I1", "2016-T3").orElseThrow().getSourceLine()).isEqualTo(6);
        assertThat(measuredNumber("I1", "2016-T3")).isEqualByComparingTo("7");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\r\n", "\n"})
    void crlf_and_lf_files_import_the_same(String eol) {
        importStrategyAndPlan();
        inbox.write(
                "utfall.csv",
                String.join(eol, UTFALL_HEADER, "1081;I1;2016-T1;3", "1081;I2;2016;ja", "1081;I1;2016-T2;x") + eol,
                StandardCharsets.UTF_8,
                false);

        ImportRunResult result = run();

        FileResult file = file(result, "utfall.csv");
        assertThat(file.rowsNew()).isEqualTo(2);
        assertThat(file.firstRejections()).containsExactly(new Rejection(4, "varde", "x", Reasons.NUMBER));
        assertThat(measuredNumber("I1", "2016-T1")).isEqualByComparingTo("3");
        assertThat(measuredYes("I2", "2016")).isTrue();
    }

    @Test
    void blank_lines_and_rows_of_only_delimiters_are_skipped_and_not_counted() {
        importStrategyAndPlan();
        inbox.write(
                "utfall.csv",
                UTFALL_HEADER,
                "1081;I1;2016-T1;3",
                "",
                ";;;",
                ";;;;",
                "1081;I1;2016-T2;abc",
                " ; ;  ; ",
                "1081;I1;2016-T3;5",
                "",
                ";;;");

        ImportRunResult result = run();

        FileResult file = file(result, "utfall.csv");
        assertThat(file.rowsRead()).isEqualTo(3);
        assertThat(file.rowsNew()).isEqualTo(2);
        assertThat(file.rowsUnchanged()).isZero();
        assertThat(file.firstRejections()).containsExactly(new Rejection(6, "varde", "abc", Reasons.NUMBER));
        assertThat(db.fetchCount(MEASUREMENT)).isEqualTo(2);
        assertThat(measurement("I1", "2016-T3").orElseThrow().getSourceLine()).isEqualTo(8);
    }

    @Test
    void unknown_extra_columns_are_imported_past_and_listed_once_as_a_warning() {
        importStrategyAndPlan();
        inbox.write(
                "utfall.csv",
                UTFALL_HEADER + ";Anteckning;extra kolumn;kommentar",
                "1081;I1;2016-T1;3;a;b;mätt i mars",
                "1081;I1;2016-T2;4;c;d;",
                "1081;I1;2016-T3;5;e;f;");

        ImportRunResult result = run();

        FileResult file = file(result, "utfall.csv");
        assertThat(file.status()).isEqualTo(FileStatus.IMPORTED);
        assertThat(file.rowsNew()).isEqualTo(3);
        assertThat(file.rowsRejected()).isZero();
        assertThat(file.warnings()).containsExactly("Okända kolumner ignorerades: Anteckning, extra kolumn");
        assertThat(result.exitStatus()).isZero();
        assertThat(measurement("I1", "2016-T1").orElseThrow().getComment()).isEqualTo("mätt i mars");
        assertThat(measuredNumber("I1", "2016-T3")).isEqualByComparingTo("5");
    }

    @Test
    void a_file_without_unknown_columns_has_no_warning() {
        importStrategyAndPlan();
        inbox.write("utfall.csv", UTFALL_HEADER, "1081;I1;2016-T1;3");
        assertThat(file(run(), "utfall.csv").warnings()).isEmpty();
    }
}
