package se.maltavla.yearend.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import se.maltavla.fulfilment.IndicatorFigures;
import se.maltavla.fulfilment.Level;
import se.maltavla.fulfilment.ResultRow;
import se.maltavla.support.TaggedPdf;
import se.maltavla.yearend.Snapshot;

/**
 * Compares a report PDF, read through its tags, with the results export of the same snapshot: every
 * goal, priority area, element, nämnd and indicator shows the export's percentage and status, in
 * the words a reader sees, where the report puts it.
 */
final class ExportedFigures {

    static final Map<String, String> SWEDISH = Map.of(
            "uppfyllt",
            "✔ Uppfyllt",
            "delvis",
            "◐ Delvis uppfyllt",
            "ej_uppfyllt",
            "✖ Ej uppfyllt",
            "saknas",
            "○ Värde saknas",
            "ej_matbar",
            "⊘ Ej mätbart");
    static final Map<String, String> ENGLISH = Map.of(
            "uppfyllt",
            "✔ Met",
            "delvis",
            "◐ Partly met",
            "ej_uppfyllt",
            "✖ Not met",
            "saknas",
            "○ No value",
            "ej_matbar",
            "⊘ Not measurable");

    private final TaggedPdf.Node pdf;
    private final boolean english;
    private final List<List<String>> rows;

    ExportedFigures(TaggedPdf.Node pdf, Locale locale) {
        this.pdf = pdf;
        this.english = "en".equals(locale.getLanguage());
        this.rows = pdf.all("TR").stream().map(TaggedPdf.Node::cells).toList();
    }

    /** The export's rows: UTF-8 with BOM, ';', decimal comma. */
    static List<CSVRecord> parse(String export) {
        try {
            return CSVFormat.DEFAULT
                    .builder()
                    .setDelimiter(';')
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(new StringReader(export.substring(1)))
                    .getRecords();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** "93,3 %" / "93.3 %" from the export's "93,3"; "–" when empty. */
    String percent(String exported) {
        return exported.isEmpty() ? "–" : (english ? exported.replace(',', '.') : exported) + " %";
    }

    String status(String code) {
        return (english ? ENGLISH : SWEDISH).get(code);
    }

    void assertSameAs(List<CSVRecord> export, Snapshot snapshot) {
        int checked = 0;
        for (CSVRecord row : export) {
            String code = row.get("kod");
            String percent = percent(row.get("uppfyllelse_procent"));
            String status = status(row.get("status"));
            String where = row.get("niva") + " " + code;
            switch (row.get("niva")) {
                case "kommun" ->
                    assertThat(pdf.all("Sect").getFirst().all("P").getFirst().text())
                            .as(where + " in the summary")
                            .contains(": " + percent + " " + status + " .");
                case "element" -> checked += element(row, code, percent, status, where);
                case "namnd" ->
                    assertThat(pdf.find(n -> n.type().equals("Sect")
                                    && !n.children().isEmpty()
                                    && n.children().getFirst().type().equals("H3")
                                    && n.children().getFirst().text().equals(code)
                                    && n.children()
                                            .get(1)
                                            .text()
                                            .startsWith(percent.equals("–") ? status : percent + " " + status)))
                            .as(where + ": its heading and figure")
                            .hasSize(1);
                case "mal" -> {
                    List<List<String>> committees = rowsStartingWith(code + " ").stream()
                            .filter(c -> c.size() == 4)
                            .toList();
                    assertThat(committees).as(where + " in its nämnd's table").hasSize(1);
                    assertThat(committees.getFirst().subList(1, 4))
                            .as(where)
                            .containsExactly(percent, status, coverage(row));
                    rows.stream()
                            .filter(c -> c.size() == 3 && c.getFirst().equals(code))
                            .forEach(chart -> assertThat(chart.subList(1, 3))
                                    .as(where + " beside an area's chart")
                                    .containsExactly(percent, status));
                    checked++;
                }
                case "indikator" -> {
                    ResultRow stored = snapshot.results().rows(Level.INDIKATOR).stream()
                            .filter(r -> r.code().equals(code))
                            .findFirst()
                            .orElseThrow();
                    List<List<String>> appendix = rowsStartingWith(code + " ").stream()
                            .filter(c -> c.size() == 6)
                            .toList();
                    assertThat(appendix).as(where + " in the appendix").hasSize(1);
                    List<String> cells = appendix.getFirst();
                    assertThat(cells.get(4)).as(where).isEqualTo(percent);
                    assertThat(cells.get(5)).as(where).isEqualTo(status);
                    assertValue(row, stored.indicator(), cells.get(2), where);
                    IndicatorFigures.ValueSource source = stored.indicator().source();
                    // A long file name may wrap over lines in its cell: compared without the breaks.
                    assertThat(cells.get(3).replace(" ", ""))
                            .as(where + ": its file and line")
                            .isEqualTo(
                                    source == null
                                            ? "–"
                                            : (source.fileName() + (english ? ", line " : ", rad ") + source.line())
                                                    .replace(" ", ""));
                    checked++;
                }
                default -> throw new AssertionError(where);
            }
        }
        assertThat(checked).isGreaterThan(10);
    }

    private int element(CSVRecord row, String code, String percent, String status, String where) {
        String type = row.get("typ");
        if (type.equals("perspektiv")) {
            return 0;
        }
        List<List<String>> found = rowsStartingWith(code + " ");
        if (type.equals("prioriterat_omrade") || type.equals("grundpelare")) {
            assertThat(found)
                    .as(where + " in the summary's table")
                    .anySatisfy(
                            cells -> assertThat(cells.subList(1, 4)).containsExactly(percent, status, coverage(row)));
            assertThat(pdf.find(n -> n.type().equals("H3") && n.text().startsWith(code + " ")))
                    .as(where + "'s part")
                    .hasSize(1);
        } else {
            assertThat(found).as(where + " among the links of an area").isNotEmpty();
            found.forEach(cells -> assertThat(cells.subList(2, 4)).as(where).containsExactly(percent, status));
        }
        return 1;
    }

    /** "6 av 6 (100,0 %)" from the export's counts; "–" without a measurable indicator. */
    private String coverage(CSVRecord row) {
        if (row.get("indikatorer").equals("0")) {
            return "–";
        }
        return row.get("indikatorer_med_varde") + (english ? " of " : " av ") + row.get("indikatorer") + " ("
                + percent(row.get("tackning_procent")) + ")";
    }

    /** The value as the export has it ("2250000", "11,2", "ja"), and the period of the value used. */
    private void assertValue(CSVRecord row, IndicatorFigures figures, String cell, String where) {
        String value = row.get("varde");
        if (value.isEmpty()) {
            assertThat(cell).as(where).isEqualTo("–");
            return;
        }
        // Grouping (a space in Swedish, a comma in English) left out; the decimal sign as the language writes it.
        String shown = cell.replaceAll("[\\s\\u00A0]", "");
        if (english) {
            shown = shown.replace(",", "");
        }
        String expected = switch (value) {
            case "ja" -> english ? "yes" : "ja";
            case "nej" -> english ? "no" : "nej";
            default -> english ? value.replace(',', '.') : value;
        };
        assertThat(shown)
                .as(where + ": value " + value + " shown as " + cell)
                .startsWith(expected)
                .endsWith("(" + figures.valuePeriod() + ")");
    }

    private List<List<String>> rowsStartingWith(String prefix) {
        return rows.stream()
                .filter(cells -> !cells.isEmpty() && cells.getFirst().startsWith(prefix))
                .toList();
    }
}
