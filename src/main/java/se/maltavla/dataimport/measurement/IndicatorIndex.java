package se.maltavla.dataimport.measurement;

import static se.maltavla.db.Tables.COMMITTEE;
import static se.maltavla.db.Tables.GOAL;
import static se.maltavla.db.Tables.INDICATOR;
import static se.maltavla.db.Tables.MEASUREMENT;
import static se.maltavla.db.Tables.STRATEGY;

import java.util.HashMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The indicators of one (municipality, plan year), loaded once per file and kept in memory: a
 * national utfall file touches ≈ 87,000 indicators, and one query per row would dominate.
 */
final class IndicatorIndex {

    /** @param hadValues whether the indicator had stored values when the file's import began */
    /** @param committee the name of the nämnd whose goal it serves, as stored */
    record IndicatorRef(long id, boolean yesNo, String strategyCode, boolean hadValues, String committee) {}

    private final DSLContext db;
    private final Map<String, Map<String, IndicatorRef>> byMunicipalityYear = new HashMap<>();

    IndicatorIndex(DSLContext db) {
        this.db = db;
    }

    IndicatorRef find(String municipality, int year, String codeKey) {
        return byMunicipalityYear
                .computeIfAbsent(municipality + "|" + year, k -> load(municipality, year))
                .get(codeKey);
    }

    private Map<String, IndicatorRef> load(String municipality, int year) {
        Map<String, IndicatorRef> map = new HashMap<>();
        db.select(
                        INDICATOR.ID,
                        INDICATOR.CODE_KEY,
                        INDICATOR.INDICATOR_TYPE,
                        STRATEGY.CODE,
                        DSL.field(DSL.exists(
                                DSL.selectOne().from(MEASUREMENT).where(MEASUREMENT.INDICATOR_ID.eq(INDICATOR.ID)))),
                        COMMITTEE.NAME)
                .from(INDICATOR)
                .join(GOAL)
                .on(GOAL.ID.eq(INDICATOR.GOAL_ID))
                .join(STRATEGY)
                .on(STRATEGY.ID.eq(GOAL.STRATEGY_ID))
                .join(COMMITTEE)
                .on(COMMITTEE.ID.eq(GOAL.COMMITTEE_ID))
                .where(INDICATOR.MUNICIPALITY_CODE.eq(municipality), INDICATOR.PLAN_YEAR.eq(year))
                .forEach(r -> map.put(
                        r.value2(),
                        new IndicatorRef(r.value1(), "ja_nej".equals(r.value3()), r.value4(), r.value5(), r.value6())));
        return map;
    }
}
