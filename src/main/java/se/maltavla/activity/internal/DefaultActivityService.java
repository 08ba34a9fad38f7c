package se.maltavla.activity.internal;

import static se.maltavla.db.Tables.ACTIVITY;
import static se.maltavla.db.Tables.ACTIVITY_LINK;
import static se.maltavla.db.Tables.ACTIVITY_PERSPECTIVE;
import static se.maltavla.db.Tables.COMMITTEE;
import static se.maltavla.db.Tables.IMPORT_FILE;
import static se.maltavla.db.Tables.STRATEGY_ELEMENT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.maltavla.activity.Activity;
import se.maltavla.activity.ActivityService;
import se.maltavla.activity.ActivityType;
import se.maltavla.activity.LinkedElement;
import se.maltavla.activity.Partner;

@Service
class DefaultActivityService implements ActivityService {

    private final DSLContext db;

    DefaultActivityService(DSLContext db) {
        this.db = db;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Activity> activities(String municipality, int year) {
        Condition running = ACTIVITY.MUNICIPALITY_CODE
                .eq(municipality)
                .and(ACTIVITY.START_DATE.isNull().or(ACTIVITY.START_DATE.le(LocalDate.of(year, 12, 31))))
                .and(ACTIVITY.END_DATE.isNull().or(ACTIVITY.END_DATE.ge(LocalDate.of(year, 1, 1))));
        Map<Long, List<LinkedElement>> links =
                elements(ACTIVITY_LINK, ACTIVITY_LINK.ACTIVITY_ID, ACTIVITY_LINK.ELEMENT_ID, running);
        Map<Long, List<LinkedElement>> perspectives = elements(
                ACTIVITY_PERSPECTIVE, ACTIVITY_PERSPECTIVE.ACTIVITY_ID, ACTIVITY_PERSPECTIVE.ELEMENT_ID, running);
        List<Activity> activities = new ArrayList<>(db.select(ACTIVITY.fields())
                .select(COMMITTEE.NAME, IMPORT_FILE.FILE_NAME)
                .from(ACTIVITY)
                .leftJoin(COMMITTEE)
                .on(COMMITTEE.ID.eq(ACTIVITY.COMMITTEE_ID))
                .leftJoin(IMPORT_FILE)
                .on(IMPORT_FILE.ID.eq(ACTIVITY.SOURCE_FILE_ID))
                .where(running)
                .fetch(r -> {
                    long id = r.get(ACTIVITY.ID);
                    String country = r.get(ACTIVITY.COUNTRY_CODE);
                    return new Activity(
                            id,
                            r.get(ACTIVITY.CODE),
                            ActivityType.fromCode(r.get(ACTIVITY.ACTIVITY_TYPE)),
                            r.get(ACTIVITY.NAME),
                            r.get(COMMITTEE.NAME),
                            r.get(ACTIVITY.PARTNER),
                            Partner.parse(
                                    r.get(ACTIVITY.PARTNER), country, countries(r.get(ACTIVITY.PARTNER_COUNTRIES))),
                            country,
                            r.get(ACTIVITY.START_DATE),
                            r.get(ACTIVITY.END_DATE),
                            r.get(ACTIVITY.BUDGET_SEK),
                            r.get(ACTIVITY.EXTERNAL_FUNDING_SEK),
                            r.get(ACTIVITY.FUNDER),
                            r.get(ACTIVITY.OWNER),
                            r.get(ACTIVITY.EXECUTOR),
                            links.getOrDefault(id, List.of()),
                            perspectives.getOrDefault(id, List.of()),
                            r.get(IMPORT_FILE.FILE_NAME),
                            r.get(ACTIVITY.SOURCE_LINE),
                            r.get(ACTIVITY.SOURCE_FILE_ID));
                }));
        activities.sort(Comparator.comparing(Activity::type).thenComparing(Activity::code));
        return activities;
    }

    /** The stored partner countries ("PL|LT|SE"), or none. */
    private static List<String> countries(String stored) {
        return stored == null || stored.isBlank() ? List.of() : List.of(stored.split("\\|"));
    }

    /** The elements each running activity names in a link table, in the strategy's order. */
    private Map<Long, List<LinkedElement>> elements(
            Table<?> links, Field<Long> activity, Field<Long> element, Condition running) {
        Map<Long, List<LinkedElement>> byActivity = new HashMap<>();
        db.select(
                        activity,
                        STRATEGY_ELEMENT.ID,
                        STRATEGY_ELEMENT.CODE,
                        STRATEGY_ELEMENT.NAME,
                        STRATEGY_ELEMENT.ELEMENT_TYPE)
                .from(links)
                .join(STRATEGY_ELEMENT)
                .on(STRATEGY_ELEMENT.ID.eq(element))
                .join(ACTIVITY)
                .on(ACTIVITY.ID.eq(activity))
                .where(running)
                .orderBy(STRATEGY_ELEMENT.ID)
                .forEach(r -> byActivity
                        .computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(new LinkedElement(r.value2(), r.value3(), r.value4(), r.value5())));
        return byActivity;
    }
}
