package se.maltavla.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which features may use each table's generated jOOQ classes (docs/architecture.md, "Tables"). A
 * table has one owner, whose internal package reads and writes it for the rest of the
 * application; where another feature uses it too, the reason is written here:
 * <ul>
 *   <li>the import ({@code dataimport}) is the only writer of the data the committees send
 *       (strategies, plans, values, narratives, activities) and writes them in bulk, in its own
 *       chunk transactions, for crash safety and speed (design decisions 0001, 0002);</li>
 *   <li>the recompute ({@code fulfilment}) reads plans, values and activities in bulk, one plan
 *       year at a time, to stay within its time targets (decision 0006);</li>
 *   <li>lineage (the file and line of every value) reads the import's file names.</li>
 * </ul>
 */
final class TableOwnership {

    private static final Set<String> PLAN_DATA = Set.of("actionplan", "dataimport", "fulfilment", "strategy");

    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("municipality", Set.of("strategy", "dataimport", "fulfilment")),
            Map.entry("strategy", Set.of("strategy", "dataimport", "fulfilment", "actionplan")),
            Map.entry("strategy_element", Set.of("strategy", "dataimport", "fulfilment", "actionplan", "activity")),
            Map.entry("element_link", Set.of("strategy", "dataimport", "fulfilment")),
            Map.entry("committee", Set.of("actionplan", "dataimport", "fulfilment", "strategy", "activity")),
            Map.entry("goal", PLAN_DATA),
            Map.entry("goal_link", PLAN_DATA),
            Map.entry("indicator", PLAN_DATA),
            Map.entry("indicator_perspective", PLAN_DATA),
            Map.entry("measurement", PLAN_DATA),
            Map.entry("measurement_history", PLAN_DATA),
            Map.entry("narrative", Set.of("actionplan", "dataimport")),
            Map.entry("activity", Set.of("activity", "dataimport", "fulfilment", "strategy")),
            Map.entry("activity_link", Set.of("activity", "dataimport", "fulfilment")),
            Map.entry("activity_perspective", Set.of("activity", "dataimport", "fulfilment")),
            Map.entry("import_run", Set.of("dataimport")),
            Map.entry("import_file", Set.of("dataimport", "actionplan", "activity", "fulfilment")),
            Map.entry("rejected_row", Set.of("dataimport")),
            Map.entry("import_lock", Set.of("dataimport")),
            Map.entry("scheduled_job", Set.of("scheduling")),
            Map.entry("plan_year_state", Set.of("fulfilment")),
            Map.entry("result_set", Set.of("fulfilment")),
            Map.entry("result_row", Set.of("fulfilment")),
            Map.entry("result_contribution", Set.of("fulfilment")),
            Map.entry("year_end_version", Set.of("yearend")),
            Map.entry("year_end_snapshot", Set.of("yearend")),
            Map.entry("app_user", Set.of("security", "dashboard")),
            Map.entry("app_user_committee", Set.of("security")),
            Map.entry("inbox_upload", Set.of("dataimport")),
            Map.entry("user_preference", Set.of("dashboard")),
            Map.entry("audit_entry", Set.of("audit")));

    private TableOwnership() {}

    /** The feature a package belongs to (its first part under se.maltavla); null outside features. */
    static String feature(String packageName) {
        if (!packageName.startsWith("se.maltavla.")) {
            return null;
        }
        String rest = packageName.substring("se.maltavla.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    /** The table a generated class stands for (table class or record), or null for any other class. */
    static String table(JavaClass type) {
        String name = type.getName();
        String simple;
        if (name.startsWith("se.maltavla.db.tables.records.")) {
            simple = type.getSimpleName().replaceFirst("Record$", "");
        } else if (name.startsWith("se.maltavla.db.tables.") && !name.contains("$")) {
            simple = type.getSimpleName();
        } else {
            return null;
        }
        return simple.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    static Set<String> tables() {
        return ALLOWED.keySet();
    }

    static Set<String> allowed(String table) {
        return ALLOWED.getOrDefault(table, Set.of());
    }
}
