package se.maltavla.template.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.maltavla.template.TemplateKind;

/**
 * The utfall template (docs/templates.md): the sheet {@code utfall} whose header is the utfall
 * kind's (docs/import-contract.md §4: the required {@code kommun}, {@code indikator_kod},
 * {@code period}, {@code varde}, the optional {@code kommentar} and {@code rapporterad_av}, and the
 * informative columns the import leaves unread), protected with only the cells to fill in open,
 * and the instructions.
 */
final class UtfallWorkbook {

    static final List<String> HEADER = List.of(
            "kommun",
            "namnd",
            "indikator_kod",
            "indikator",
            "enhet",
            "utgangsvarde",
            "malvarde",
            "senaste_period",
            "senaste_varde",
            "period",
            "varde",
            "kommentar",
            "rapporterad_av");

    private static final List<DataSheet.Use> USES = List.of(
            DataSheet.Use.FIXED,
            DataSheet.Use.FIXED,
            DataSheet.Use.FIXED,
            DataSheet.Use.FIXED,
            DataSheet.Use.FIXED,
            DataSheet.Use.FIXED,
            DataSheet.Use.FIXED,
            DataSheet.Use.FIXED,
            DataSheet.Use.FIXED,
            DataSheet.Use.FIXED,
            DataSheet.Use.INPUT,
            DataSheet.Use.INPUT,
            DataSheet.Use.INPUT);

    private UtfallWorkbook() {}

    static XSSFWorkbook of(Subject subject, List<UtfallRows.Row> rows, LocalDate today, Texts texts) {
        XSSFWorkbook workbook = new XSSFWorkbook();
        DataSheet sheet = new DataSheet(workbook, TemplateKind.UTFALL.code(), HEADER);
        List<Boolean> numbers = new ArrayList<>();
        List<Boolean> yesNo = new ArrayList<>();
        for (UtfallRows.Row row : rows) {
            List<Object> values = new ArrayList<>(
                    List.of(subject.municipality(), row.committee(), row.code(), row.name() == null ? "" : row.name()));
            values.add(row.unit());
            values.add(row.baseline());
            values.add(row.target());
            values.add(row.lastPeriod());
            values.add(row.lastValue());
            values.add(row.period());
            values.add(null);
            values.add(null);
            values.add(null);
            sheet.add(values, USES);
            if (!row.yesNo()) {
                sheet.numberInput(sheet.lastRow(), sheet.column("varde"));
            }
            numbers.add(!row.yesNo());
            yesNo.add(row.yesNo());
        }
        int varde = sheet.column("varde");
        sheet.decimals(
                DataSheet.runs(numbers),
                varde,
                texts.get("template.validation.title"),
                texts.get("template.validation.number"));
        sheet.allow(
                DataSheet.runs(yesNo),
                varde,
                List.of("ja", "nej"),
                texts.get("template.validation.title"),
                texts.get("template.validation.yesno"));
        sheet.finish();
        sheet.protect();
        InstructionsSheet.add(
                workbook,
                texts.get("template.instructions.sheet"),
                texts.get(
                        "template.utfall.heading",
                        String.valueOf(subject.year()),
                        subject.committeeOrAll(texts),
                        subject.municipalityName()),
                paragraphs(subject, rows, today, texts));
        workbook.setActiveSheet(0);
        return workbook;
    }

    private static List<String> paragraphs(Subject subject, List<UtfallRows.Row> rows, LocalDate today, Texts texts) {
        String year = String.valueOf(subject.year());
        List<String> out = new ArrayList<>();
        out.add(texts.get(
                "template.made",
                today.toString(),
                subject.municipalityName(),
                subject.municipality(),
                year,
                subject.committeeOrAll(texts)));
        if (rows.isEmpty()) {
            out.add(texts.get("template.utfall.empty", subject.committeeOrAll(texts), year));
        } else {
            long indicators = rows.stream().map(UtfallRows.Row::code).distinct().count();
            out.add(texts.get("template.utfall.count", String.valueOf(rows.size()), String.valueOf(indicators)));
        }
        out.add("");
        for (String key : List.of(
                "template.utfall.how",
                "template.utfall.how.1",
                "template.utfall.how.2",
                "template.utfall.how.3",
                "template.utfall.how.4",
                "",
                "template.utfall.keep",
                "template.utfall.protection",
                "template.utfall.last",
                "template.utfall.periods",
                "",
                "template.columns",
                "template.utfall.column.fixed",
                "template.utfall.column.info",
                "template.utfall.column.last",
                "template.utfall.column.period",
                "template.utfall.column.varde",
                "template.utfall.column.comment")) {
            out.add(key.isEmpty() ? "" : texts.get(key, year));
        }
        return out;
    }
}
