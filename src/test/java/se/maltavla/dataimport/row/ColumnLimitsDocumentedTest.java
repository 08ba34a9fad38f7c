package se.maltavla.dataimport.row;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.maltavla.dataimport.csv.Columns;

/** The limits a committee reads in docs/import-format.md (section 11.2) are the ones the import applies. */
class ColumnLimitsDocumentedTest {

    private static String number(int n) {
        return String.format("%,d", n).replace(',', ' ');
    }

    @Test
    void every_column_limit_is_in_the_users_guide_with_its_value() throws Exception {
        String guide = Files.readString(Path.of("docs/import-format.md"));
        String section = guide.substring(guide.indexOf("### 11.2 Gränser"), guide.indexOf("### 11.3"));
        List<String> rows =
                section.lines().filter(line -> line.startsWith("| `")).toList();
        ColumnLimits.all().forEach((column, limit) -> {
            String row = rows.stream()
                    .filter(r -> r.contains("`" + Columns.display(column) + "`"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(column + " is not in the guide's table of limits"));
            assertThat(row).as(column).endsWith("| " + number(limit) + " |");
        });
        assertThat(section).contains("| alla andra kolumner").contains("| " + number(ColumnLimits.OTHER) + " |");
    }
}
