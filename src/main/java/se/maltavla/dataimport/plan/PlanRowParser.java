package se.maltavla.dataimport.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import se.maltavla.dataimport.row.Lookups;
import se.maltavla.dataimport.row.Lookups.StrategyRef;
import se.maltavla.dataimport.row.ReportingLimits;
import se.maltavla.dataimport.row.RowValues;
import se.maltavla.dataimport.row.YearLocks;
import se.maltavla.shared.MunicipalityCode;

/** Validates one handlingsplan row per docs/import-contract.md §3. */
final class PlanRowParser {

    private static final Map<String, String> TYPES =
            Map.of("tal", "tal", "number", "tal", "janej", "ja_nej", "yesno", "ja_nej");
    private static final Map<String, String> DIRECTIONS =
            Map.of("oka", "oka", "increase", "oka", "minska", "minska", "decrease", "minska");

    private final Lookups lookups;
    private final YearLocks locks;
    private final ReportingLimits limits;

    PlanRowParser(Lookups lookups, YearLocks locks, ReportingLimits limits) {
        this.lookups = lookups;
        this.locks = locks;
        this.limits = limits;
    }

    PlanRow parse(RowValues row) {
        MunicipalityCode municipality = row.municipality();
        String committee = row.requiredText("namnd");
        limits.requireMunicipality(row, municipality.value());
        limits.requireCommittee(row, "namnd", committee);
        int year = row.year("ar");
        locks.requireOpen(row, municipality.value(), year, "ar");
        String goalCode = row.requiredText("malkod");
        String goalText = row.requiredText("mal");
        String indicatorCode = row.requiredText("indikatorkod");
        String indicatorName = row.requiredText("indikator");
        String type = row.word("typ", TYPES, null, "tal, ja_nej");
        if (type == null) {
            throw row.reject("typ", "value.required");
        }
        String direction = null;
        BigDecimal targetNumber = null;
        Boolean targetYes = null;
        if (type.equals("tal")) {
            direction = row.word("riktning", DIRECTIONS, "oka", "oka, minska");
            targetNumber = row.number("malvarde");
            if (targetNumber == null) {
                throw row.reject("malvarde", "value.required");
            }
        } else {
            targetYes = row.yesNo("malvarde");
            if (targetYes == null) {
                throw row.reject("malvarde", "value.required");
            }
        }
        BigDecimal baseline = row.number("utgangsvarde");
        LocalDate targetDate = row.date("maldatum");
        if (targetDate != null && targetDate.isBefore(LocalDate.of(year, 1, 1))) {
            throw row.reject("maldatum", "row.targetdate.beforeyear", year);
        }
        BigDecimal weight = row.number("vikt");
        if (weight != null && weight.signum() <= 0) {
            throw row.reject("vikt", "row.weight.notpositive");
        }
        var anchored = row.dateOrYesNo("forankrad");
        var reported = row.dateOrYesNo("rapporterad");
        StrategyRef strategy = lookups.strategyFor(row, municipality, year, "ar");
        Set<Long> links = lookups.links(row, "kopplingar", strategy);
        Set<Long> perspectives = lookups.perspectives(row, strategy);
        return new PlanRow(
                row.line(),
                municipality.value(),
                strategy.id(),
                committee,
                year,
                goalCode,
                goalText,
                links,
                indicatorCode,
                indicatorName,
                row.text("enhet"),
                type,
                direction,
                baseline,
                targetNumber,
                targetYes,
                targetDate == null ? LocalDate.of(year, 12, 31) : targetDate,
                targetDate != null,
                weight == null ? BigDecimal.ONE : weight,
                row.text("agare"),
                row.text("utforare"),
                anchored,
                reported,
                perspectives);
    }
}
