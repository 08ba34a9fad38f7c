package se.maltavla.dataimport.measurement;

import static se.maltavla.db.Tables.INDICATOR;
import static se.maltavla.db.Tables.STRATEGY;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/**
 * The indicators of one (municipality, plan year), loaded once per file and kept in memory: a
 * national utfall file touches ≈ 87,000 indicators, and one query per row would dominate.
 */
final class IndicatorIndex {

    record IndicatorRef(long id, boolean yesNo, String strategyCode, LocalDate validFrom, LocalDate validTo) {}

    private final DSLContext db;
    private final Map<String, Map<String, IndicatorRef>> byMunicipalityYear = new HashMap<>();

    IndicatorIndex(DSLContext db) {
        this.db = db;
    }

    IndicatorRef find(String municipality, int year, String codeKey) {
        return byMunicipalityYear.computeIfAbsent(municipality + "|" + year, k -> load(municipality, year)).get(codeKey);
    }

    private Map<String, IndicatorRef> load(String municipality, int year) {
        Map<String, IndicatorRef> map = new HashMap<>();
        List<org.jooq.Record6<Long, String, String, String, LocalDate, LocalDate>> rows = db
                .select(INDICATOR.ID, INDICATOR.CODE_KEY, INDICATOR.INDICATOR_TYPE, STRATEGY.CODE,
                        STRATEGY.VALID_FROM, STRATEGY.VALID_TO)
                .from(INDICATOR)
                .join(se.maltavla.db.Tables.GOAL).on(se.maltavla.db.Tables.GOAL.ID.eq(INDICATOR.GOAL_ID))
                .join(STRATEGY).on(STRATEGY.ID.eq(se.maltavla.db.Tables.GOAL.STRATEGY_ID))
                .where(INDICATOR.MUNICIPALITY_CODE.eq(municipality), INDICATOR.PLAN_YEAR.eq(year))
                .fetch();
        for (var r : rows) {
            map.put(r.value2(), new IndicatorRef(r.value1(), "ja_nej".equals(r.value3()), r.value4(), r.value5(), r.value6()));
        }
        return map;
    }
}
