package se.maltavla.shared.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.junit.jupiter.api.Test;
import se.maltavla.support.Workbooks;

class WorkbookTableTest {

    private static final List<String> HEADER = List.of("kommun", "uppfyllelse_procent", "status", "datum", "antal");

    private static byte[] workbook(Object[]... rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableWriter table = TableTarget.workbook(out, "resultat").open(HEADER)) {
            for (Object[] row : rows) {
                table.row(row);
            }
        }
        return out.toByteArray();
    }

    private static Object[] ronneby() {
        return new Object[] {
            "0114",
            Cell.fraction(new BigDecimal("0.811349"), "81,1"),
            Cell.word("delvis", "Delvis uppfyllt"),
            Cell.date(LocalDate.of(2017, 8, 31)),
            12
        };
    }

    @Test
    void a_code_stays_text_with_its_leading_zero() {
        var cell = Workbooks.read(workbook(ronneby())).rows().get(1).get(0);

        assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
        assertThat(cell.getStringCellValue()).isEqualTo("0114");
        assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("@");
    }

    @Test
    void a_fraction_is_an_unrounded_number_shown_as_a_percent_with_one_decimal() {
        var cell = Workbooks.read(workbook(ronneby())).rows().get(1).get(1);

        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(cell.getNumericCellValue()).isEqualTo(0.811349);
        assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("0.0 %");
        assertThat(Workbooks.shownInSwedish(cell)).isEqualTo("81,1 %");
    }

    @Test
    void a_date_is_a_date_cell_and_a_count_a_number() {
        List<org.apache.poi.ss.usermodel.Cell> row =
                Workbooks.read(workbook(ronneby())).rows().get(1);

        assertThat(row.get(3).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(DateUtil.isCellDateFormatted(row.get(3))).isTrue();
        assertThat(row.get(3).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2017, 8, 31));
        assertThat(Workbooks.shownInSwedish(row.get(3))).isEqualTo("2017-08-31");
        assertThat(row.get(4).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(row.get(4).getNumericCellValue()).isEqualTo(12);
    }

    @Test
    void a_status_is_its_word_in_the_workbook_and_its_code_in_the_csv() {
        assertThat(Workbooks.read(workbook(ronneby())).rows().get(1).get(2).getStringCellValue())
                .isEqualTo("Delvis uppfyllt");

        StringWriter csv = new StringWriter();
        try (TableWriter table = TableTarget.csv(csv).open(HEADER)) {
            table.row(ronneby());
            table.row("1081", Cell.fraction(null, ""), Cell.word("saknas", "Värde saknas"), null, 0);
        }
        assertThat(csv.toString())
                .isEqualTo("\uFEFFkommun;uppfyllelse_procent;status;datum;antal\r\n"
                        + "0114;81,1;delvis;2017-08-31;12\r\n"
                        + "1081;;saknas;;0\r\n");
    }

    @Test
    void the_header_is_bold_frozen_and_filtered_over_every_row_and_columns_fit() {
        Workbooks book = Workbooks.read(
                workbook(ronneby(), new Object[] {"1081", null, Cell.word("saknas", "Värde saknas"), null, 0}));

        assertThat(book.header()).isEqualTo(HEADER);
        assertThat(book.headerFrozen()).isTrue();
        assertThat(book.autoFilter()).isEqualTo("A1:E3");
        assertThat(book.sheet().getSheetName()).isEqualTo("resultat");
        assertThat(book.sheets()).isEqualTo(1);
        var header = book.rows().getFirst().getFirst();
        assertThat(book.sheet()
                        .getWorkbook()
                        .getFontAt(header.getCellStyle().getFontIndex())
                        .getBold())
                .isTrue();
        // "uppfyllelse_procent" is 19 characters: its column is at least that wide, in 1/256 of a character.
        assertThat(book.sheet().getColumnWidth(1)).isGreaterThanOrEqualTo(19 * 256);
        assertThat(book.sheet().getColumnWidth(0)).isLessThan(book.sheet().getColumnWidth(1));
        // An empty cell stays empty, not 0 or "".
        assertThat(book.rows().get(2).get(1)).isNull();
    }

    @Test
    void text_that_looks_like_a_formula_is_text_and_never_run() {
        var cell = Workbooks.read(workbook(new Object[] {"=HYPERLINK(\"http://x\")", null, null, null, null}))
                .rows()
                .get(1)
                .get(0);

        assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
        assertThat(cell.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\")");
    }

    @Test
    void text_longer_than_excel_takes_is_cut_at_its_limit_and_control_characters_do_not_break_the_file() {
        String huge = "x".repeat(40_000);
        List<org.apache.poi.ss.usermodel.Cell> row = Workbooks.read(
                        workbook(new Object[] {huge, null, "a\u0001b\u0000c", null, null}))
                .rows()
                .get(1);

        assertThat(row.get(0).getStringCellValue())
                .hasSize(WorkbookTable.MAX_TEXT)
                .endsWith("x…");
        assertThat(row.get(2).getStringCellValue()).startsWith("a").endsWith("c");
    }

    @Test
    void a_date_and_time_is_a_date_cell_with_its_time() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableWriter table = TableTarget.workbook(out, "korningar").open(List.of("startad"))) {
            table.row(Cell.time(LocalDateTime.of(2026, 11, 23, 14, 2), "2026-11-23 14:02"));
        }
        var cell = Workbooks.read(out.toByteArray()).rows().get(1).getFirst();

        assertThat(DateUtil.isCellDateFormatted(cell)).isTrue();
        assertThat(cell.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 11, 23, 14, 2));
        assertThat(Workbooks.shownInSwedish(cell)).isEqualTo("2026-11-23 14:02");
    }

    @Test
    void streams_many_rows_and_leaves_no_temporary_file() throws IOException {
        Set<Path> before = poiTempFiles();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableWriter table = TableTarget.workbook(out, "stor").open(HEADER)) {
            for (int i = 0; i < 20_000; i++) {
                table.row(String.format("%04d", i % 290), Cell.fraction(new BigDecimal("0.5"), "50,0"), null, null, i);
            }
        }
        Workbooks book = Workbooks.read(out.toByteArray());

        assertThat(book.sheet().getLastRowNum()).isEqualTo(20_000);
        assertThat(book.rows().getLast().get(0).getStringCellValue()).isEqualTo("0279");
        assertThat(book.rows().getLast().get(4).getNumericCellValue()).isEqualTo(19_999);
        assertThat(book.autoFilter()).isEqualTo("A1:E20001");
        assertThat(poiTempFiles()).isSubsetOf(before);
    }

    @Test
    void rows_beyond_the_sheet_limit_are_counted_in_a_last_row_not_lost_silently() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (WorkbookTable table = new WorkbookTable(out, "kort", List.of("rad"), 4)) {
            for (int i = 1; i <= 6; i++) {
                table.row(i);
            }
        }
        List<List<org.apache.poi.ss.usermodel.Cell>> rows =
                Workbooks.read(out.toByteArray()).rows();

        // Four rows in all: the header, rows 1 and 2, and the note of the four left out.
        assertThat(rows).hasSize(4);
        assertThat(rows.get(2).getFirst().getNumericCellValue()).isEqualTo(2);
        assertThat(rows.get(3).getFirst().getStringCellValue())
                .isEqualTo("… 4 rader till finns i CSV-filen / 4 more rows are in the CSV file");
    }

    private static Set<Path> poiTempFiles() throws IOException {
        Path folder = Path.of(System.getProperty("java.io.tmpdir"), "poifiles");
        if (!Files.isDirectory(folder)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.collect(Collectors.toSet());
        }
    }
}
