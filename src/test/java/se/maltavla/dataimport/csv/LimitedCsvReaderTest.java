package se.maltavla.dataimport.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The limits on cells, rows and columns (docs/import-format.md, "Gränser") are checked while
 * reading, following CSV's quoting as the parser does, and name the line where the row starts.
 */
class LimitedCsvReaderTest {

    @TempDir
    Path folder;

    private static String through(String csv, int maxCell, int maxRow, int maxColumns) throws IOException {
        try (var reader = new LimitedCsvReader(new StringReader(csv), ';', maxCell, maxRow, maxColumns)) {
            StringBuilder out = new StringBuilder();
            char[] buffer = new char[3];
            for (int n; (n = reader.read(buffer, 0, buffer.length)) >= 0; ) {
                out.append(buffer, 0, n);
            }
            return out.toString();
        }
    }

    private static CsvLimitExceededException limit(String csv, int maxCell, int maxRow, int maxColumns) {
        try {
            through(csv, maxCell, maxRow, maxColumns);
        } catch (CsvLimitExceededException e) {
            return e;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("no limit passed");
    }

    @Test
    void text_within_the_limits_passes_unchanged() throws IOException {
        String csv = "a;b\r\n\"x;\"\"y\"\"\r\nz\";12345\r\n";
        assertThat(through(csv, 8, 20, 2)).isEqualTo(csv);
    }

    @Test
    void a_cell_one_character_over_the_limit_is_stopped_naming_its_row_line() {
        CsvLimitExceededException e = limit("a;b\n1;12345\n2;123456\n", 5, 100, 10);
        assertThat(e.reasonKey()).isEqualTo("file.celltoolong");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.limit()).isEqualTo(5);
    }

    @Test
    void quotes_and_delimiters_inside_a_quoted_cell_count_as_its_characters() {
        assertThat(limit("a\n\"ab;;\"\"\"\n", 4, 100, 10).reasonKey()).isEqualTo("file.celltoolong");
    }

    @Test
    void a_quote_never_closed_is_stopped_at_the_cell_limit_on_the_line_where_it_starts() {
        CsvLimitExceededException e = limit("a;b\r\n1;2\r\n3;\"open\r\n" + "x\r\n".repeat(50), 60, 1000, 10);
        assertThat(e.reasonKey()).isEqualTo("file.celltoolong");
        assertThat(e.line()).isEqualTo(3);
    }

    @Test
    void a_quote_in_the_middle_of_a_cell_does_not_open_quoting() throws IOException {
        assertThat(through("a;b\n12\"3;4\n5;6\n", 10, 100, 2)).isEqualTo("a;b\n12\"3;4\n5;6\n");
    }

    @Test
    void too_many_columns_are_stopped_whatever_the_cells_hold() {
        CsvLimitExceededException e = limit("a;b\n" + ";".repeat(100), 10, 1000, 50);
        assertThat(e.reasonKey()).isEqualTo("file.toomanycolumns");
        assertThat(e.line()).isEqualTo(2);
    }

    @Test
    void a_row_longer_than_the_limit_is_stopped() {
        assertThat(limit("a;b;c\n1234;1234;1234\n", 10, 12, 10).reasonKey()).isEqualTo("file.rowtoolong");
    }

    @Test
    void lines_are_counted_for_cr_lf_and_crlf_alike() {
        assertThat(limit("a\r1\n2\r\n3\r\n\"4\r\n5\"\r\n123456\n", 5, 100, 10).line())
                .isEqualTo(7);
    }

    @Test
    void the_file_reader_rejects_a_file_with_a_never_closed_quote_of_a_million_characters() throws IOException {
        Path file = Files.writeString(
                folder.resolve("f.csv"), "kommun;varde\n1081;\"" + "x".repeat(1_000_000), StandardCharsets.UTF_8);
        try (CsvRowReader reader = CsvRowReader.open(file, new Dialect(StandardCharsets.UTF_8, 0, ';'))) {
            assertThatThrownBy(reader::next).isInstanceOfSatisfying(CsvFormatException.class, e -> {
                assertThat(e.reasonKey()).isEqualTo("file.celltoolong");
                assertThat(e.args()).containsExactly(2L, CsvLimits.MAX_CELL_CHARS);
            });
        }
    }

    @Test
    void the_header_line_is_bounded_too() throws IOException {
        Path file = Files.writeString(
                folder.resolve("h.csv"), "\n\n" + ";".repeat(CsvLimits.MAX_ROW_CHARS + 1), StandardCharsets.UTF_8);
        FileInspection inspection = FileInspector.inspect(file);
        assertThat(inspection.unreadableReason()).isEqualTo("file.rowtoolong");
        assertThat(inspection.unreadableArgs()).containsExactly(3L, CsvLimits.MAX_ROW_CHARS);
    }
}
