package se.maltavla.strategy;

import static se.maltavla.db.Tables.ACTIVITY;
import static se.maltavla.db.Tables.COMMITTEE;
import static se.maltavla.db.Tables.GOAL;
import static se.maltavla.db.Tables.INDICATOR;
import static se.maltavla.db.Tables.MEASUREMENT;
import static se.maltavla.db.Tables.STRATEGY;
import static se.maltavla.db.Tables.STRATEGY_ELEMENT;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Strategies and what hangs under them: the public API of the strategy feature. */
@Service
public class StrategyService {

    private final DSLContext db;

    StrategyService(DSLContext db) {
        this.db = db;
    }

    @Transactional(readOnly = true)
    public List<StrategyOverview> overview() {
        return db.select(STRATEGY.MUNICIPALITY_CODE, STRATEGY.CODE, STRATEGY.NAME, STRATEGY.VALID_FROM,
                        STRATEGY.VALID_TO, STRATEGY.ADOPTED,
                        DSL.field(DSL.selectCount().from(STRATEGY_ELEMENT).where(STRATEGY_ELEMENT.STRATEGY_ID.eq(STRATEGY.ID))),
                        DSL.field(DSL.selectCount().from(COMMITTEE).where(COMMITTEE.MUNICIPALITY_CODE.eq(STRATEGY.MUNICIPALITY_CODE))),
                        DSL.field(DSL.selectCount().from(GOAL).where(GOAL.STRATEGY_ID.eq(STRATEGY.ID))),
                        DSL.field(DSL.selectCount().from(INDICATOR).join(GOAL).on(GOAL.ID.eq(INDICATOR.GOAL_ID))
                                .where(GOAL.STRATEGY_ID.eq(STRATEGY.ID))),
                        DSL.field(DSL.selectCount().from(MEASUREMENT).join(INDICATOR).on(INDICATOR.ID.eq(MEASUREMENT.INDICATOR_ID))
                                .join(GOAL).on(GOAL.ID.eq(INDICATOR.GOAL_ID)).where(GOAL.STRATEGY_ID.eq(STRATEGY.ID))),
                        DSL.field(DSL.selectCount().from(ACTIVITY).where(ACTIVITY.STRATEGY_ID.eq(STRATEGY.ID))))
                .from(STRATEGY)
                .orderBy(STRATEGY.MUNICIPALITY_CODE, STRATEGY.VALID_FROM)
                .fetch(Records.mapping(StrategyOverview::new));
    }
}
