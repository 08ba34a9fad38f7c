package se.maltavla.dataimport.internal;

import static se.maltavla.db.Tables.COMMITTEE;
import static se.maltavla.db.Tables.GOAL;
import static se.maltavla.db.Tables.IMPORT_FILE;
import static se.maltavla.db.Tables.INDICATOR;
import static se.maltavla.db.Tables.MEASUREMENT;
import static se.maltavla.db.Tables.REJECTED_ROW;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.maltavla.dataimport.CommitteeReporting;
import se.maltavla.dataimport.ReportingStatusService;
import se.maltavla.dataimport.csv.FileKind;
import se.maltavla.security.ReporterBinding;
import se.maltavla.security.UserService;

/**
 * Rapporteringsläge: for each nämnd with goals in a municipality's plan year, the latest file
 * stored for it (its goals, indicators or values), whether values came for the municipality's
 * latest period, and the rejected rows about its indicators that no later file made good (an
 * utfall row whose indicator and period got a value from a later file, a handlingsplan row whose
 * indicator a later file stored). A municipality's plan year is read whole, in a few queries.
 */
@Service
class ReportingStatusQueries implements ReportingStatusService {

    private final DSLContext db;
    private final UserService users;

    ReportingStatusQueries(DSLContext db, UserService users) {
        this.db = db;
        this.users = users;
    }

    private static final class Committee {
        final String name;
        long lastFile;
        final Set<Long> indicators = new HashSet<>();
        final Set<Long> reported = new HashSet<>();
        long rejected;

        Committee(String name) {
            this.name = name;
        }
    }

    private record Indicator(long id, Committee committee, long sourceFile) {}

    @Override
    @Transactional(readOnly = true)
    public List<CommitteeReporting> status(String municipality, int year) {
        Map<Long, Committee> committees = new HashMap<>();
        db.select(COMMITTEE.ID, COMMITTEE.NAME, GOAL.SOURCE_FILE_ID)
                .from(GOAL)
                .join(COMMITTEE)
                .on(COMMITTEE.ID.eq(GOAL.COMMITTEE_ID))
                .where(GOAL.MUNICIPALITY_CODE.eq(municipality), GOAL.PLAN_YEAR.eq(year))
                .forEach(r -> {
                    Committee c = committees.computeIfAbsent(r.value1(), id -> new Committee(r.value2()));
                    c.lastFile = Math.max(c.lastFile, r.value3() == null ? 0 : r.value3());
                });
        Map<String, Indicator> byCode = new HashMap<>();
        Map<Long, Indicator> byId = new HashMap<>();
        db.select(INDICATOR.ID, INDICATOR.CODE_KEY, INDICATOR.SOURCE_FILE_ID, GOAL.COMMITTEE_ID)
                .from(INDICATOR)
                .join(GOAL)
                .on(GOAL.ID.eq(INDICATOR.GOAL_ID))
                .where(INDICATOR.MUNICIPALITY_CODE.eq(municipality), INDICATOR.PLAN_YEAR.eq(year))
                .forEach(r -> {
                    Committee c = committees.get(r.value4());
                    long source = r.value3() == null ? 0 : r.value3();
                    Indicator indicator = new Indicator(r.value1(), c, source);
                    byCode.put(r.value2(), indicator);
                    byId.put(r.value1(), indicator);
                    c.indicators.add(r.value1());
                    c.lastFile = Math.max(c.lastFile, source);
                });

        // Values: the latest file per nämnd, the latest period, and the newest file per (indicator, period).
        Map<String, Long> newestValue = new HashMap<>();
        Map<LocalDate, Map<String, Integer>> periodsByEnd = new TreeMap<>();
        List<Object[]> values = new ArrayList<>();
        db.select(MEASUREMENT.INDICATOR_ID, MEASUREMENT.PERIOD, MEASUREMENT.PERIOD_END, MEASUREMENT.SOURCE_FILE_ID)
                .from(MEASUREMENT)
                .join(INDICATOR)
                .on(INDICATOR.ID.eq(MEASUREMENT.INDICATOR_ID))
                .where(INDICATOR.MUNICIPALITY_CODE.eq(municipality), INDICATOR.PLAN_YEAR.eq(year))
                .forEach(r -> {
                    long source = r.value4() == null ? 0 : r.value4();
                    Indicator indicator = byId.get(r.value1());
                    indicator.committee().lastFile = Math.max(indicator.committee().lastFile, source);
                    newestValue.put(r.value1() + "|" + r.value2().toUpperCase(Locale.ROOT), source);
                    periodsByEnd
                            .computeIfAbsent(r.value3(), d -> new HashMap<>())
                            .merge(r.value2(), 1, Integer::sum);
                    values.add(new Object[] {r.value1(), r.value3()});
                });
        LocalDate latestEnd =
                periodsByEnd.isEmpty() ? null : ((TreeMap<LocalDate, Map<String, Integer>>) periodsByEnd).lastKey();
        String latestPeriod = latestEnd == null
                ? null
                : periodsByEnd.get(latestEnd).entrySet().stream()
                        .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                        .map(Map.Entry::getKey)
                        .orElse(null);
        for (Object[] value : values) {
            if (value[1].equals(latestEnd)) {
                Indicator indicator = byId.get((Long) value[0]);
                indicator.committee().reported.add(indicator.id());
            }
        }

        // Rejected rows about the nämnd's indicators of the year, not made good by a later file.
        db.select(REJECTED_ROW.ROW_CODE, REJECTED_ROW.ROW_PERIOD, REJECTED_ROW.FILE_ID, IMPORT_FILE.KIND)
                .from(REJECTED_ROW)
                .join(IMPORT_FILE)
                .on(IMPORT_FILE.ID.eq(REJECTED_ROW.FILE_ID))
                .where(
                        REJECTED_ROW.ROW_MUNICIPALITY.eq(municipality),
                        REJECTED_ROW.ROW_CODE.isNotNull(),
                        IMPORT_FILE.KIND.in(FileKind.UTFALL.code(), FileKind.HANDLINGSPLAN.code()))
                .forEach(r -> {
                    Indicator indicator = byCode.get(r.value1().trim().toLowerCase(Locale.ROOT));
                    String period = r.value2() == null ? "" : r.value2().trim().toUpperCase(Locale.ROOT);
                    if (indicator == null || !period.startsWith(String.valueOf(year))) {
                        return;
                    }
                    boolean madeGood = FileKind.UTFALL.code().equals(r.value4())
                            ? newestValue.getOrDefault(indicator.id() + "|" + period, 0L) > r.value3()
                            : indicator.sourceFile() > r.value3();
                    if (!madeGood) {
                        indicator.committee().rejected++;
                    }
                });

        Map<Long, FileRow> files = files(committees.values().stream()
                .map(c -> c.lastFile)
                .filter(id -> id > 0)
                .toList());
        Map<String, List<String>> reporters = reporters(municipality);
        return committees.values().stream()
                .sorted(Comparator.comparing(c -> c.name.toLowerCase(Locale.ROOT)))
                .map(c -> {
                    FileRow file = files.get(c.lastFile);
                    return new CommitteeReporting(
                            c.name,
                            file == null ? null : file.name(),
                            file == null ? null : file.at(),
                            file == null ? null : file.by(),
                            latestPeriod,
                            latestEnd,
                            c.indicators.size(),
                            c.reported.size(),
                            c.rejected,
                            reporters.getOrDefault(ReporterBinding.committeeKey(c.name), List.of()));
                })
                .toList();
    }

    private record FileRow(String name, OffsetDateTime at, String by) {}

    private Map<Long, FileRow> files(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, FileRow> files = new HashMap<>();
        db.select(IMPORT_FILE.ID, IMPORT_FILE.FILE_NAME, IMPORT_FILE.STARTED_AT, IMPORT_FILE.UPLOADED_BY)
                .from(IMPORT_FILE)
                .where(IMPORT_FILE.ID.in(ids))
                .forEach(r -> files.put(r.value1(), new FileRow(r.value2(), r.value3(), r.value4())));
        return files;
    }

    /** The reporters of the municipality, by nämnd key. */
    private Map<String, List<String>> reporters(String municipality) {
        Map<String, List<String>> reporters = new HashMap<>();
        users.bindings().forEach((user, binding) -> {
            if (municipality.equals(binding.municipality())) {
                binding.committeeKeys()
                        .forEach(key -> reporters
                                .computeIfAbsent(key, k -> new ArrayList<>())
                                .add(user));
            }
        });
        reporters.values().forEach(list -> list.sort(String.CASE_INSENSITIVE_ORDER));
        return reporters;
    }
}
