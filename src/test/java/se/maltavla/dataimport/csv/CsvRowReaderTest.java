package se.maltavla.dataimport.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Physical line numbers, blank rows and restart (docs/import-contract.md §1), without Spring. */
class CsvRowReaderTest {

    private static final Dialect UTF8_SEMICOLON = new Dialect(StandardCharsets.UTF_8, 0, ';');

    @TempDir
    Path folder;

    private Path write(String text) throws IOException {
        return Files.writeString(folder.resolve("f.csv"), text, StandardCharsets.UTF_8);
    }

    private static List<CsvRow> all(CsvRowReader reader) {
        List<CsvRow> rows = new ArrayList<>();
        for (CsvRow row = reader.next(); row != null; row = reader.next()) {
            rows.add(row);
        }
        return rows;
    }

    @Test
    void header_is_line_1_and_rows_count_physical_lines() throws IOException {
        Path file = write("a;b\r\n1;2\r\n3;4\r\n");
        try (CsvRowReader reader = CsvRowReader.open(file, UTF8_SEMICOLON)) {
            assertThat(reader.headerLine()).isEqualTo(1);
            assertThat(reader.header().canonicalColumns()).containsExactlyInAnyOrder("a", "b");
            List<CsvRow> rows = all(reader);
            assertThat(rows).extracting(CsvRow::line).containsExactly(2L, 3L);
            assertThat(rows.get(1).values()).containsExactly("3", "4");
        }
    }

    @Test
    void a_quoted_field_spanning_three_lines_shifts_later_rows_by_two() throws IOException {
        Path file = write("a;b\r\n1;\"första\r\nandra\r\ntredje\"\r\n2;x\r\n3;\"a;b\"\"c\"\r\n");
        try (CsvRowReader reader = CsvRowReader.open(file, UTF8_SEMICOLON)) {
            List<CsvRow> rows = all(reader);
            assertThat(rows).extracting(CsvRow::line).containsExactly(2L, 5L, 6L);
            assertThat(rows.get(0).raw(1)).isEqualTo("första\r\nandra\r\ntredje");
            assertThat(rows.get(2).raw(1)).isEqualTo("a;b\"c");
        }
    }

    @Test
    void lf_line_endings_count_the_same() throws IOException {
        Path file = write("a;b\n1;\"x\ny\"\n2;z\n");
        try (CsvRowReader reader = CsvRowReader.open(file, UTF8_SEMICOLON)) {
            List<CsvRow> rows = all(reader);
            assertThat(rows).extracting(CsvRow::line).containsExactly(2L, 4L);
            assertThat(rows.get(1).values()).containsExactly("2", "z");
        }
    }

    @Test
    void blank_lines_and_rows_of_only_delimiters_are_skipped_but_keep_their_line_numbers() throws IOException {
        Path file = write("a;b;c\r\n\r\n1;2;3\r\n;;\r\n;;;;\r\n  ; ;\r\n4;5;6\r\n\r\n");
        try (CsvRowReader reader = CsvRowReader.open(file, UTF8_SEMICOLON)) {
            assertThat(all(reader)).extracting(CsvRow::line).containsExactly(3L, 7L);
        }
        assertThat(CsvRowReader.countRows(file, UTF8_SEMICOLON)).isEqualTo(2);
    }

    @Test
    void blank_lines_above_the_header_move_the_header_down() throws IOException {
        Path file = write("\r\n;;\r\na;b\r\n1;2\r\n");
        try (CsvRowReader reader = CsvRowReader.open(file, UTF8_SEMICOLON)) {
            assertThat(reader.headerLine()).isEqualTo(3);
            assertThat(reader.next().line()).isEqualTo(4);
        }
    }

    @Test
    void header_only_file_has_no_rows_and_empty_file_no_header() throws IOException {
        try (CsvRowReader reader = CsvRowReader.open(write("a;b\r\n"), UTF8_SEMICOLON)) {
            assertThat(reader.header()).isNotNull();
            assertThat(reader.next()).isNull();
        }
        try (CsvRowReader reader = CsvRowReader.open(write(""), UTF8_SEMICOLON)) {
            assertThat(reader.header()).isNull();
            assertThat(reader.next()).isNull();
        }
    }

    @Test
    void skip_to_resumes_exactly_after_the_records_consumed_before_blank_ones_included() throws IOException {
        Path file = write("a;b\r\n1;x\r\n\r\n2;\"y\r\ny\"\r\n;\r\n3;z\r\n4;w\r\n");
        long consumed;
        try (CsvRowReader first = CsvRowReader.open(file, UTF8_SEMICOLON)) {
            assertThat(first.next().line()).isEqualTo(2);
            assertThat(first.next().line()).isEqualTo(4);
            consumed = first.recordsConsumed();
        }
        try (CsvRowReader again = CsvRowReader.open(file, UTF8_SEMICOLON)) {
            again.skipTo(consumed);
            List<CsvRow> rest = all(again);
            assertThat(rest).extracting(CsvRow::line).containsExactly(7L, 8L);
            assertThat(rest.get(0).values()).containsExactly("3", "z");
        }
    }

    @Test
    void utf16_and_bom_are_read_through() throws IOException {
        byte[] body = "kommun\tnamn\r\n1081\tVäxjö\r\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] all = new byte[body.length + 2];
        all[0] = (byte) 0xFF;
        all[1] = (byte) 0xFE;
        System.arraycopy(body, 0, all, 2, body.length);
        Path file = Files.write(folder.resolve("u.csv"), all);
        try (CsvRowReader reader = CsvRowReader.open(file, new Dialect(StandardCharsets.UTF_16LE, 2, '\t'))) {
            assertThat(reader.header().has("kommun")).isTrue();
            assertThat(reader.next().values()).containsExactly("1081", "Växjö");
        }
    }

    @Test
    void an_unclosed_quote_is_a_format_error_naming_its_line() throws IOException {
        Path file = write("a;b\r\n1;2\r\n3;\"never closed\r\n4;5\r\n");
        assertThatThrownBy(() -> CsvRowReader.countRows(file, UTF8_SEMICOLON))
                .isInstanceOf(CsvFormatException.class)
                .satisfies(e -> assertThat(((CsvFormatException) e).line()).isEqualTo(3));
    }
}
