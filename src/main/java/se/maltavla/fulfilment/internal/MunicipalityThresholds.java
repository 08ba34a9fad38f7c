package se.maltavla.fulfilment.internal;

import static se.maltavla.db.Tables.MUNICIPALITY;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import se.maltavla.fulfilment.Thresholds;
import se.maltavla.fulfilment.UnknownMunicipalityException;

/** The thresholds municipalities have chosen for their statuses (docs/fulfilment.md §3). */
@Component
class MunicipalityThresholds {

    private final DSLContext db;

    MunicipalityThresholds(DSLContext db) {
        this.db = db;
    }

    /** @throws UnknownMunicipalityException when the municipality is not in the database */
    Thresholds of(String municipality) {
        // The code is the key: one row at most.
        return read(MUNICIPALITY.CODE.eq(municipality)).values().stream()
                .findFirst()
                .orElseThrow(() -> new UnknownMunicipalityException(municipality));
    }

    /** The thresholds of several municipalities, by code (one missing from the database is left out). */
    Map<String, Thresholds> of(Collection<String> municipalities) {
        return read(MUNICIPALITY.CODE.in(Inlined.values(municipalities)));
    }

    private Map<String, Thresholds> read(Condition which) {
        Map<String, Thresholds> thresholds = new HashMap<>();
        db.select(MUNICIPALITY.CODE, MUNICIPALITY.UPPER_THRESHOLD, MUNICIPALITY.LOWER_THRESHOLD)
                .from(MUNICIPALITY)
                .where(which)
                .forEach(r -> thresholds.put(r.value1(), new Thresholds(r.value2(), r.value3())));
        return thresholds;
    }
}
