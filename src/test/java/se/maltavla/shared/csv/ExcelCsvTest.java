package se.maltavla.shared.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ExcelCsvTest {

    @Test
    void guards_text_that_excel_would_run_as_a_formula_but_not_numbers() {
        assertThat(ExcelCsv.cell("=SUM(A1)")).isEqualTo("'=SUM(A1)");
        assertThat(ExcelCsv.cell("+46 70")).isEqualTo("'+46 70");
        assertThat(ExcelCsv.cell("-Projekt")).isEqualTo("'-Projekt");
        assertThat(ExcelCsv.cell("@kontakt")).isEqualTo("'@kontakt");
        assertThat(ExcelCsv.cell("\tTab")).isEqualTo("'\tTab");
        assertThat(ExcelCsv.cell(new BigDecimal("-12.5"))).isEqualTo("-12,5");
        assertThat(ExcelCsv.cell("-12,5")).isEqualTo("-12,5");
        assertThat(ExcelCsv.cell("Hållbara städer")).isEqualTo("Hållbara städer");
    }
}
