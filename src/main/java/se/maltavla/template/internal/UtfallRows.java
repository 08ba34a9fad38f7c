package se.maltavla.template.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.maltavla.actionplan.Indicator;
import se.maltavla.actionplan.Measurement;
import se.maltavla.shared.Period;

/**
 * The rows of an utfall template: one per indicator and period of the plan year to report, in the
 * indicator's own rhythm (the kind of period of its latest value, this year's or else last year's
 * indicator with the same code; a year when it has none), each with the latest value Måltavla
 * holds up to that period (docs/templates.md).
 */
final class UtfallRows {

    /** One row. {@code baseline}, {@code target} and {@code lastValue} are a BigDecimal, "ja"/"nej" or null. */
    record Row(
            String committee,
            String code,
            String name,
            String unit,
            Object baseline,
            Object target,
            String lastPeriod,
            Object lastValue,
            String period,
            boolean yesNo) {}

    private UtfallRows() {}

    /**
     * @param previous last plan year's indicators by code (lower case): where this year's have no value yet
     */
    static List<Row> of(List<Indicator> indicators, Map<String, Indicator> previous, int year) {
        List<Row> rows = new ArrayList<>();
        for (Indicator indicator : indicators) {
            List<Measurement> values = new ArrayList<>(indicator.values());
            Indicator before = previous.get(indicator.code().toLowerCase(Locale.ROOT));
            if (before != null) {
                values.addAll(before.values());
            }
            values.sort(LATEST_LAST);
            Period.Kind rhythm = rhythm(indicator.values(), before == null ? List.of() : before.values());
            boolean yesNo = "ja_nej".equals(indicator.type());
            for (Period period : periods(year, rhythm)) {
                Measurement last = null;
                for (Measurement value : values) {
                    if (!value.periodEnd().isAfter(period.end())) {
                        last = value;
                    }
                }
                rows.add(new Row(
                        indicator.committee(),
                        indicator.code(),
                        indicator.name(),
                        indicator.unit(),
                        indicator.baseline(),
                        yesNo ? yesNo(indicator.targetYes()) : indicator.targetNumber(),
                        last == null ? null : last.period(),
                        last == null ? null : value(last),
                        period.code(),
                        yesNo));
            }
        }
        return rows;
    }

    /** Oldest first; of two periods ending on the same day the longer (the year before its T3) first. */
    private static final Comparator<Measurement> LATEST_LAST = Comparator.comparing(Measurement::periodEnd)
            .thenComparing(m -> -Period.parse(m.period()).kind().rank());

    private static Period.Kind rhythm(List<Measurement> thisYear, List<Measurement> lastYear) {
        List<Measurement> seen = thisYear.isEmpty() ? lastYear : thisYear;
        return seen.stream()
                .max(LATEST_LAST)
                .map(m -> Period.parse(m.period()).kind())
                .orElse(Period.Kind.YEAR);
    }

    /** The periods of {@code year} of one kind, in order. */
    static List<Period> periods(int year, Period.Kind kind) {
        List<String> codes = switch (kind) {
            case YEAR -> List.of(String.valueOf(year));
            case HALF_YEAR -> List.of(year + "-H1", year + "-H2");
            case TERTIAL -> List.of(year + "-T1", year + "-T2", year + "-T3");
            case QUARTER -> List.of(year + "-Q1", year + "-Q2", year + "-Q3", year + "-Q4");
            case MONTH -> {
                List<String> months = new ArrayList<>();
                for (int month = 1; month <= 12; month++) {
                    months.add("%d-%02d".formatted(year, month));
                }
                yield months;
            }
        };
        return codes.stream().map(Period::parse).toList();
    }

    private static Object value(Measurement m) {
        return m.valueYes() != null ? yesNo(m.valueYes()) : m.valueNumber();
    }

    static String yesNo(Boolean yes) {
        return yes == null ? null : yes ? "ja" : "nej";
    }

    static BigDecimal number(Object value) {
        return value instanceof BigDecimal number ? number : null;
    }
}
