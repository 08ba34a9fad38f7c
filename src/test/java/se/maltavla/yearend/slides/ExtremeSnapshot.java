package se.maltavla.yearend.slides;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.maltavla.activity.Activity;
import se.maltavla.activity.ActivityType;
import se.maltavla.activity.Partner;
import se.maltavla.fulfilment.ForecastStatus;
import se.maltavla.fulfilment.IndicatorFigures;
import se.maltavla.fulfilment.Level;
import se.maltavla.fulfilment.PlanYearResults;
import se.maltavla.fulfilment.ResultRow;
import se.maltavla.fulfilment.Status;
import se.maltavla.fulfilment.Thresholds;
import se.maltavla.strategy.Strategy;
import se.maltavla.yearend.Snapshot;

/**
 * A plan year as large and wordy as a municipality's files allow, to lay slides out against: long
 * names and texts everywhere (with markup a hostile file might carry), an area with many goals, one
 * with six, one with none, 25 nämnder with long names, 40 activities in 30 countries (one unknown,
 * one not given) with amounts in the hundreds of millions, most goals at risk, many without a value
 * or not measurable, and thresholds close together (90 % and 100 %).
 */
final class ExtremeSnapshot {

    static final String HOSTILE = "<img src=x onerror=alert(1)> & \"quoted\" 'single'";
    private static final String LONG =
            "Förbättra samverkan mellan förvaltningarna, de kommunala bolagen och civilsamhällets "
                    + "organisationer inom ramen för det europeiska territoriella samarbetet Interreg Södra Östersjön och Östersjöstrategin";
    private static final Status[] CYCLE = {
        Status.UPPFYLLT, Status.DELVIS, Status.EJ_UPPFYLLT, Status.SAKNAS, Status.EJ_MATBAR
    };
    private static final String[] COUNTRIES = {
        "DE", "PL", "LT", "LV", "EE", "FI", "NO", "DK", "IS", "IE", "GB", "NL", "BE", "LU", "FR", "ES", "PT", "IT",
        "MT", "GR", "CY", "AT", "CZ", "SK", "HU", "SI", "HR", "RO", "BG", "XX"
    };

    private ExtremeSnapshot() {}

    static Snapshot build() {
        List<ResultRow> rows = new ArrayList<>();
        List<ResultRow> areas = new ArrayList<>();
        List<ResultRow> committees = new ArrayList<>();
        List<ResultRow> goals = new ArrayList<>();
        List<ResultRow> indicators = new ArrayList<>();
        Map<Long, Set<Long>> contributors = new LinkedHashMap<>();
        for (long c = 1; c <= 25; c++) {
            committees.add(row(
                    Level.NAMND,
                    c,
                    null,
                    "Förvaltningen för gymnasieskola, vuxenutbildning och arbetsmarknad nr " + c,
                    "Förvaltningen för gymnasieskola, vuxenutbildning och arbetsmarknad nr " + c,
                    null,
                    c % 5 == 0 ? Status.SAKNAS : CYCLE[(int) (c % 3)],
                    c % 5 == 0 ? 0 : 4,
                    4));
        }
        for (long g = 1; g <= 60; g++) {
            Status status = CYCLE[(int) (g % CYCLE.length)];
            goals.add(row(
                    Level.MAL,
                    100 + g,
                    1 + g % 25,
                    "NÄMND-2017-LÅNG-KOD-" + g,
                    (g == 1 ? HOSTILE + " " : "") + LONG,
                    null,
                    status,
                    status == Status.SAKNAS ? 0 : 2,
                    status == Status.EJ_MATBAR ? 0 : 2));
            indicators.add(indicator(1000 + g, 100 + g, g % 3 == 0 ? ForecastStatus.ON_TRACK : ForecastStatus.AT_RISK));
        }
        String[] names = {
            "Hållbar stads- och landsbygdsutveckling i samverkan med de europeiska partnerkommunerna " + HOSTILE,
            "Aktivt och hälsosamt åldrande med stöd av välfärdsteknik",
            "Ett område utan mål"
        };
        for (int a = 0; a < names.length; a++) {
            long id = 500 + a;
            Set<Long> ids = new LinkedHashSet<>();
            int count = a == 0 ? 40 : a == 1 ? 6 : 0;
            for (int g = 0; g < count; g++) {
                ids.add(goals.get(a == 1 ? 40 + g : g).subjectId());
            }
            contributors.put(id, ids);
            areas.add(
                    count == 0
                            ? row(
                                    Level.ELEMENT,
                                    id,
                                    null,
                                    "PO-" + a,
                                    names[a],
                                    "prioriterat_omrade",
                                    Status.SAKNAS,
                                    0,
                                    0)
                            : row(
                                    Level.ELEMENT,
                                    id,
                                    null,
                                    "PO-" + a,
                                    names[a],
                                    "prioriterat_omrade",
                                    Status.DELVIS,
                                    30,
                                    40));
        }
        rows.add(row(Level.KOMMUN, null, null, "9999", "Internationell strategi", null, Status.DELVIS, 97, 120));
        rows.addAll(areas);
        rows.addAll(committees);
        rows.addAll(goals);
        rows.addAll(indicators);
        LocalDate date = LocalDate.of(2017, 12, 31);
        PlanYearResults results = new PlanYearResults(
                "9999",
                2017,
                date,
                OffsetDateTime.of(2018, 2, 10, 9, 0, 0, 0, ZoneOffset.UTC),
                new Thresholds(new BigDecimal("100"), new BigDecimal("90")),
                "Internationell strategi",
                rows,
                contributors);
        Strategy strategy = new Strategy(
                1,
                "S",
                "Internationell strategi för Ronneby kommun med de kommunala bolagen och "
                        + "samordningsförbundet 2016–2020, reviderad efter halvtidsuppföljningen " + HOSTILE,
                null,
                null,
                null,
                null,
                List.of());
        return new Snapshot(
                Snapshot.FORMAT,
                "9999",
                "9999",
                2017,
                3,
                date,
                OffsetDateTime.of(2018, 2, 10, 9, 0, 0, 0, ZoneOffset.UTC),
                "koordinatorn-med-ett-mycket-långt-användarnamn",
                results,
                null,
                strategy,
                List.of(),
                List.of(),
                List.of(),
                activities());
    }

    private static List<Activity> activities() {
        List<Activity> activities = new ArrayList<>();
        ActivityType[] types = ActivityType.values();
        for (int i = 0; i < 40; i++) {
            String country = i == 39 ? null : COUNTRIES[i % COUNTRIES.length];
            String partners = "Partnerorganisation med långt namn " + i + "; Ytterligare en partner " + i;
            activities.add(new Activity(
                    i,
                    "A" + i,
                    types[i % types.length],
                    "Samverkansprojektet för hållbar dagvattenhantering och klimatanpassning i kuststäder " + i,
                    null,
                    partners,
                    Partner.parse(partners, country),
                    country,
                    null,
                    null,
                    i % 4 == 3 ? null : new BigDecimal("123456789012").add(BigDecimal.valueOf(i)),
                    i % 2 == 0 ? new BigDecimal("98765432109") : null,
                    null,
                    null,
                    null,
                    List.of(),
                    List.of(),
                    null,
                    null));
        }
        return activities;
    }

    private static ResultRow row(
            Level level,
            Long id,
            Long parent,
            String code,
            String name,
            String type,
            Status status,
            int withValue,
            int indicators) {
        BigDecimal fulfilment = status.hasFulfilment()
                ? switch (status) {
                    case UPPFYLLT -> BigDecimal.ONE;
                    case DELVIS -> new BigDecimal("0.9444");
                    default -> new BigDecimal("0.0333");
                }
                : null;
        BigDecimal coverage = indicators == 0
                ? null
                : BigDecimal.valueOf(100L * withValue)
                        .divide(BigDecimal.valueOf(indicators), java.math.MathContext.DECIMAL64);
        return new ResultRow(
                level, id, parent, code, name, type, fulfilment, status, coverage, indicators, withValue, null);
    }

    private static ResultRow indicator(long id, long goal, ForecastStatus forecast) {
        IndicatorFigures figures = new IndicatorFigures(
                BigDecimal.ONE,
                null,
                "2017-T3",
                null,
                BigDecimal.ONE,
                BigDecimal.ZERO,
                BigDecimal.TEN,
                null,
                LocalDate.of(2017, 12, 31),
                new IndicatorFigures.Forecast(BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ZERO, forecast));
        return new ResultRow(
                Level.INDIKATOR,
                id,
                goal,
                "I" + id,
                "Indikator",
                "tal",
                BigDecimal.ONE,
                Status.UPPFYLLT,
                BigDecimal.valueOf(100),
                1,
                1,
                figures);
    }
}
