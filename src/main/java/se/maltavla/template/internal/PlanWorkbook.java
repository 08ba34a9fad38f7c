package se.maltavla.template.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.maltavla.actionplan.Indicator;
import se.maltavla.template.TemplateKind;

/**
 * The handlingsplan template for the year after the plan year (docs/templates.md): the sheet
 * {@code handlingsplan} with exactly the plan kind's columns (docs/import-contract.md §3), one row
 * per indicator of the plan year with its goal, pre-filled as a proposal for the next year, and
 * the instructions. Not protected: a plan gains and loses rows, and Excel will not delete a row
 * that holds a locked cell. Lists guard the fixed columns against slips instead ({@code kommun},
 * {@code ar} and, for one nämnd, {@code namnd} take only their one value).
 */
final class PlanWorkbook {

    static final List<String> HEADER = List.of(
            "kommun",
            "namnd",
            "ar",
            "mal_kod",
            "mal",
            "kopplingar",
            "indikator_kod",
            "indikator",
            "enhet",
            "typ",
            "riktning",
            "utgangsvarde",
            "malvarde",
            "maldatum",
            "vikt",
            "agare",
            "utforare",
            "forankrad",
            "rapporterad",
            "perspektiv");

    /** Explicit lists longer than this are refused by Excel (255 characters with the commas). */
    private static final int LIST_LIMIT = 250;

    private PlanWorkbook() {}

    static XSSFWorkbook of(
            Subject subject, List<Indicator> indicators, boolean strategyCoversNext, LocalDate today, Texts texts) {
        int next = subject.year() + 1;
        XSSFWorkbook workbook = new XSSFWorkbook();
        DataSheet sheet = new DataSheet(workbook, TemplateKind.HANDLINGSPLAN.code(), HEADER);
        List<DataSheet.Use> uses = new ArrayList<>();
        for (String column : HEADER) {
            uses.add(List.of("kommun", "namnd", "ar").contains(column) ? DataSheet.Use.FIXED : DataSheet.Use.OPEN);
        }
        List<Boolean> numbers = new ArrayList<>();
        int droppedDates = 0;
        for (Indicator indicator : indicators) {
            boolean yesNo = "ja_nej".equals(indicator.type());
            LocalDate targetDate = indicator.targetDateGiven() ? indicator.targetDate() : null;
            if (targetDate != null && targetDate.getYear() < next) {
                // docs/import-contract.md §3: maldatum not before ar-01-01; the goal's date has passed.
                targetDate = null;
                droppedDates++;
            }
            List<Object> values = new ArrayList<>();
            values.add(subject.municipality());
            values.add(indicator.committee());
            values.add(String.valueOf(next));
            values.add(indicator.goalCode());
            values.add(indicator.goalText());
            values.add(String.join("|", indicator.goalLinks()));
            values.add(indicator.code());
            values.add(indicator.name());
            values.add(indicator.unit());
            values.add(indicator.type());
            values.add(yesNo ? null : indicator.direction());
            values.add(indicator.baseline());
            values.add(yesNo ? UtfallRows.yesNo(indicator.targetYes()) : indicator.targetNumber());
            values.add(targetDate == null ? null : targetDate.toString());
            values.add(weight(indicator.weight()));
            values.add(indicator.owner());
            values.add(indicator.executor());
            values.add(null);
            values.add(null);
            values.add(String.join("|", indicator.perspectives()));
            sheet.add(values, uses);
            numbers.add(!yesNo);
        }
        int last = Math.max(sheet.lastRow(), 1) + 200;
        List<int[]> prefilled = sheet.lastRow() >= 1 ? List.of(new int[] {1, sheet.lastRow()}) : List.of();
        List<int[]> all = List.of(new int[] {1, last});
        String title = texts.get("template.validation.title");
        sheet.allow(
                prefilled,
                sheet.column("kommun"),
                List.of(subject.municipality()),
                title,
                texts.get("template.validation.fixed", subject.municipality()));
        sheet.allow(
                prefilled,
                sheet.column("ar"),
                List.of(String.valueOf(next)),
                title,
                texts.get("template.validation.fixed", String.valueOf(next)));
        if (subject.committee() != null
                && subject.committee().length() < LIST_LIMIT
                && !subject.committee().contains(",")
                && !subject.committee().contains("\"")) {
            sheet.allow(
                    prefilled,
                    sheet.column("namnd"),
                    List.of(subject.committee()),
                    title,
                    texts.get("template.validation.fixed", subject.committee()));
        }
        sheet.allow(all, sheet.column("typ"), List.of("tal", "ja_nej"), title, texts.get("template.validation.type"));
        sheet.allow(
                all,
                sheet.column("riktning"),
                List.of("oka", "minska"),
                title,
                texts.get("template.validation.direction"));
        sheet.decimals(all, sheet.column("utgangsvarde"), title, texts.get("template.validation.number"));
        sheet.positive(all, sheet.column("vikt"), title, texts.get("template.validation.weight"));
        sheet.finish();
        InstructionsSheet.add(
                workbook,
                texts.get("template.instructions.sheet"),
                texts.get(
                        "template.plan.heading",
                        String.valueOf(next),
                        subject.committeeOrAll(texts),
                        subject.municipalityName()),
                paragraphs(subject, indicators.size(), droppedDates, strategyCoversNext, today, texts));
        workbook.setActiveSheet(0);
        return workbook;
    }

    private static BigDecimal weight(BigDecimal weight) {
        return weight == null || weight.compareTo(BigDecimal.ONE) == 0 ? null : weight;
    }

    private static List<String> paragraphs(
            Subject subject, int rows, int droppedDates, boolean strategyCoversNext, LocalDate today, Texts texts) {
        String year = String.valueOf(subject.year());
        String next = String.valueOf(subject.year() + 1);
        List<String> out = new ArrayList<>();
        out.add(texts.get(
                "template.made",
                today.toString(),
                subject.municipalityName(),
                subject.municipality(),
                year,
                subject.committeeOrAll(texts)));
        out.add(
                rows == 0
                        ? texts.get("template.plan.empty", subject.committeeOrAll(texts), year, next)
                        : texts.get("template.plan.count", String.valueOf(rows), year, next));
        if (!strategyCoversNext) {
            out.add(texts.get("template.plan.nostrategy", next));
        }
        if (droppedDates > 0) {
            out.add(texts.get("template.plan.dates", String.valueOf(droppedDates), next));
        }
        out.add("");
        for (String key : List.of(
                "template.plan.how",
                "template.plan.how.1",
                "template.plan.how.2",
                "template.plan.how.3",
                "template.plan.how.4",
                "",
                "template.plan.keep",
                "template.plan.codes",
                "",
                "template.columns",
                "template.plan.column.fixed",
                "template.plan.column.goal",
                "template.plan.column.indicator",
                "template.plan.column.values",
                "template.plan.column.people",
                "template.plan.column.dates")) {
            out.add(key.isEmpty() ? "" : texts.get(key, year, next));
        }
        return out;
    }
}
