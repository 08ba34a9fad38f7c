package se.maltavla.strategy.internal;

import static se.maltavla.db.Tables.ACTIVITY;
import static se.maltavla.db.Tables.COMMITTEE;
import static se.maltavla.db.Tables.ELEMENT_LINK;
import static se.maltavla.db.Tables.GOAL;
import static se.maltavla.db.Tables.INDICATOR;
import static se.maltavla.db.Tables.MEASUREMENT;
import static se.maltavla.db.Tables.MUNICIPALITY;
import static se.maltavla.db.Tables.STRATEGY;
import static se.maltavla.db.Tables.STRATEGY_ELEMENT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.maltavla.shared.sql.RenderedQuery;
import se.maltavla.strategy.ElementType;
import se.maltavla.strategy.Municipality;
import se.maltavla.strategy.Strategy;
import se.maltavla.strategy.StrategyElement;
import se.maltavla.strategy.StrategyOverview;
import se.maltavla.strategy.StrategyService;

@Service
class DefaultStrategyService implements StrategyService {

    private final DSLContext db;
    /** On the path of every API request: rendered once. */
    private final RenderedQuery municipalityByCode;

    DefaultStrategyService(DSLContext db) {
        this.db = db;
        this.municipalityByCode = RenderedQuery.of(
                db,
                db.select(MUNICIPALITY.CODE, MUNICIPALITY.NAME)
                        .from(MUNICIPALITY)
                        .where(MUNICIPALITY.CODE.eq(DSL.param("code", String.class))),
                "code");
    }

    @Override
    @Transactional(readOnly = true)
    public List<StrategyOverview> overview() {
        return db.select(
                        STRATEGY.MUNICIPALITY_CODE,
                        STRATEGY.CODE,
                        STRATEGY.NAME,
                        STRATEGY.VALID_FROM,
                        STRATEGY.VALID_TO,
                        STRATEGY.ADOPTED,
                        DSL.field(DSL.selectCount()
                                .from(STRATEGY_ELEMENT)
                                .where(STRATEGY_ELEMENT.STRATEGY_ID.eq(STRATEGY.ID))),
                        DSL.field(DSL.selectCount()
                                .from(COMMITTEE)
                                .where(COMMITTEE.MUNICIPALITY_CODE.eq(STRATEGY.MUNICIPALITY_CODE))),
                        DSL.field(DSL.selectCount().from(GOAL).where(GOAL.STRATEGY_ID.eq(STRATEGY.ID))),
                        DSL.field(DSL.selectCount()
                                .from(INDICATOR)
                                .join(GOAL)
                                .on(GOAL.ID.eq(INDICATOR.GOAL_ID))
                                .where(GOAL.STRATEGY_ID.eq(STRATEGY.ID))),
                        DSL.field(DSL.selectCount()
                                .from(MEASUREMENT)
                                .join(INDICATOR)
                                .on(INDICATOR.ID.eq(MEASUREMENT.INDICATOR_ID))
                                .join(GOAL)
                                .on(GOAL.ID.eq(INDICATOR.GOAL_ID))
                                .where(GOAL.STRATEGY_ID.eq(STRATEGY.ID))),
                        DSL.field(DSL.selectCount().from(ACTIVITY).where(ACTIVITY.STRATEGY_ID.eq(STRATEGY.ID))))
                .from(STRATEGY)
                .orderBy(STRATEGY.MUNICIPALITY_CODE, STRATEGY.VALID_FROM)
                .fetch(Records.mapping(StrategyOverview::new));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, String> strategyNames() {
        Map<String, String> names = new HashMap<>();
        db.select(STRATEGY.MUNICIPALITY_CODE, STRATEGY.NAME)
                .from(STRATEGY)
                .orderBy(STRATEGY.MUNICIPALITY_CODE, STRATEGY.VALID_FROM)
                .forEach(r -> names.put(r.value1(), r.value2()));
        return names;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Municipality> municipalities() {
        return db.select(MUNICIPALITY.CODE, MUNICIPALITY.NAME)
                .from(MUNICIPALITY)
                .orderBy(MUNICIPALITY.CODE)
                .fetch(Records.mapping(Municipality::new));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Municipality> municipality(String code) {
        return municipalityByCode
                .fetchOptional(code)
                .map(r -> new Municipality(r.get(MUNICIPALITY.CODE), r.get(MUNICIPALITY.NAME)));
    }

    @Override
    @Transactional(readOnly = true)
    public boolean covers(String municipality, int year) {
        return db.fetchExists(
                STRATEGY,
                STRATEGY.MUNICIPALITY_CODE.eq(municipality),
                STRATEGY.VALID_FROM.isNull().or(STRATEGY.VALID_FROM.le(LocalDate.of(year, 12, 31))),
                STRATEGY.VALID_TO.isNull().or(STRATEGY.VALID_TO.ge(LocalDate.of(year, 1, 1))));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Strategy> strategies(String municipality) {
        var ofMunicipality = STRATEGY.MUNICIPALITY_CODE.eq(municipality);
        var target = STRATEGY_ELEMENT.as("target");
        Map<Long, List<String>> links = new HashMap<>();
        db.select(ELEMENT_LINK.FROM_ELEMENT_ID, target.CODE)
                .from(ELEMENT_LINK)
                .join(target)
                .on(target.ID.eq(ELEMENT_LINK.TO_ELEMENT_ID))
                .join(STRATEGY)
                .on(STRATEGY.ID.eq(target.STRATEGY_ID))
                .where(ofMunicipality)
                .orderBy(target.ID)
                .forEach(r -> links.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(r.value2()));
        Map<Long, List<StrategyElement>> elements = new HashMap<>();
        db.select(STRATEGY_ELEMENT.fields())
                .from(STRATEGY_ELEMENT)
                .join(STRATEGY)
                .on(STRATEGY.ID.eq(STRATEGY_ELEMENT.STRATEGY_ID))
                .where(ofMunicipality)
                .orderBy(STRATEGY_ELEMENT.ID)
                .forEach(r -> elements.computeIfAbsent(r.get(STRATEGY_ELEMENT.STRATEGY_ID), k -> new ArrayList<>())
                        .add(new StrategyElement(
                                r.get(STRATEGY_ELEMENT.ID),
                                r.get(STRATEGY_ELEMENT.CODE),
                                ElementType.fromCode(r.get(STRATEGY_ELEMENT.ELEMENT_TYPE)),
                                r.get(STRATEGY_ELEMENT.NAME),
                                r.get(STRATEGY_ELEMENT.DESCRIPTION),
                                r.get(STRATEGY_ELEMENT.GROUP_NAME),
                                links.getOrDefault(r.get(STRATEGY_ELEMENT.ID), List.of()))));
        return db.selectFrom(STRATEGY)
                .where(ofMunicipality)
                .orderBy(STRATEGY.VALID_FROM, STRATEGY.ID)
                .fetch(s -> new Strategy(
                        s.getId(),
                        s.getCode(),
                        s.getName(),
                        s.getDescription(),
                        s.getValidFrom(),
                        s.getValidTo(),
                        s.getAdopted(),
                        elements.getOrDefault(s.getId(), List.of())));
    }
}
