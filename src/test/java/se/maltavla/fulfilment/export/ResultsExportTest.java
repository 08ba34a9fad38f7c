package se.maltavla.fulfilment.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ResultsExportTest {

    @Test
    void starts_with_a_bom_and_the_columns_of_the_spec_in_order() {
        StringWriter out = new StringWriter();
        try (ResultsExport export = new ResultsExport(out)) {
            // header only
        }
        assertThat(out.toString())
                .isEqualTo("\uFEFFniva;kommun;ar;kod;namn;typ;uppfyllelse_procent;status;"
                        + "tackning_procent;indikatorer;indikatorer_med_varde;varde;utgangsvarde;malvarde\r\n");
    }

    @Test
    void writes_percent_with_one_decimal_comma_and_values_plainly() {
        StringWriter out = new StringWriter();
        try (ResultsExport export = new ResultsExport(out)) {
            export.row(
                    "indikator",
                    "1081",
                    2017,
                    "KFN-17-2.1",
                    "Andel",
                    "tal",
                    new BigDecimal("0.5"),
                    "delvis",
                    new BigDecimal("100"),
                    1,
                    1,
                    new BigDecimal("1.200000000000"),
                    new BigDecimal("1.1"),
                    new BigDecimal("1E+3"));
            export.row(
                    "mal",
                    "1081",
                    2017,
                    "M1",
                    "Mål",
                    null,
                    new BigDecimal("0.49962"),
                    "ej_uppfyllt",
                    new BigDecimal("66.66666666"),
                    3,
                    2,
                    null,
                    null,
                    null);
        }
        String[] lines = out.toString().split("\r\n");
        assertThat(lines[1]).isEqualTo("indikator;1081;2017;KFN-17-2.1;Andel;tal;50,0;delvis;100,0;1;1;1,2;1,1;1000");
        assertThat(lines[2]).isEqualTo("mal;1081;2017;M1;Mål;;50,0;ej_uppfyllt;66,7;3;2;;;");
    }

    @Test
    void quotes_a_name_holding_the_delimiter() {
        StringWriter out = new StringWriter();
        try (ResultsExport export = new ResultsExport(out)) {
            export.row(
                    "element",
                    "1081",
                    2017,
                    "PO-HS",
                    "Städer; hållbara",
                    "prioriterat_omrade",
                    null,
                    "saknas",
                    null,
                    2,
                    0,
                    null,
                    null,
                    null);
        }
        assertThat(out.toString().split("\r\n")[1])
                .isEqualTo("element;1081;2017;PO-HS;\"Städer; hållbara\";prioriterat_omrade;;saknas;;2;0;;;");
    }
}
