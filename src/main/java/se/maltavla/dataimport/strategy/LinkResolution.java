package se.maltavla.dataimport.strategy;

import static se.maltavla.db.Tables.STRATEGY;
import static se.maltavla.db.Tables.STRATEGY_ELEMENT;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import se.maltavla.dataimport.row.RowRejectedException;
import se.maltavla.dataimport.row.RowValues;

/**
 * Decides which of a run's valid strategi rows are rejected for their strategy or links: an
 * element row needs its strategy (stored, or a strategi row in the run), and every link must
 * name an element of the same strategy other than the strategy itself.
 */
final class LinkResolution {

    private final DSLContext db;
    private final List<StrategyRow> rows;
    private final Map<StrategyRow, RowRejectedException> rejected = new LinkedHashMap<>();

    LinkResolution(DSLContext db, List<StrategyRow> rows) {
        this.db = db;
        this.rows = rows;
        resolve();
    }

    Map<StrategyRow, RowRejectedException> rejected() {
        return rejected;
    }

    private void resolve() {
        Set<String> strategiesInRun = new HashSet<>();
        rows.stream().filter(StrategyRow::isStrategy).forEach(r -> strategiesInRun.add(r.strategyKey()));
        Map<String, Set<String>> storedCodes = new HashMap<>();
        for (StrategyRow row : rows) {
            if (!row.isStrategy()
                    && !strategiesInRun.contains(row.strategyKey())
                    && storedCodes(row, storedCodes) == null) {
                rejected.put(
                        row,
                        new RowRejectedException(
                                "strategi",
                                row.strategy(),
                                "row.strategy.missing",
                                row.strategy(),
                                row.municipality()));
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            Map<String, Set<String>> known = knownCodes(storedCodes);
            for (StrategyRow row : rows) {
                if (row.isStrategy() || rejected.containsKey(row)) {
                    continue;
                }
                List<String> unknown = new ArrayList<>();
                for (String link : row.links()) {
                    String key = RowValues.key(link);
                    if (key.equals(RowValues.key(row.strategy()))) {
                        rejected.put(
                                row,
                                new RowRejectedException("kopplingar", row.linksAsWritten(), "row.links.self", link));
                        changed = true;
                        break;
                    }
                    if (!known.getOrDefault(row.strategyKey(), Set.of()).contains(key)) {
                        unknown.add(link);
                    }
                }
                if (!rejected.containsKey(row) && !unknown.isEmpty()) {
                    rejected.put(
                            row,
                            new RowRejectedException(
                                    "kopplingar",
                                    row.linksAsWritten(),
                                    "row.links.unknown",
                                    String.join(", ", unknown),
                                    row.strategy()));
                    changed = true;
                }
            }
        }
    }

    /** Codes per strategy: stored elements plus the run's rows not (yet) rejected. */
    private Map<String, Set<String>> knownCodes(Map<String, Set<String>> storedCodes) {
        Map<String, Set<String>> known = new HashMap<>();
        for (StrategyRow row : rows) {
            if (row.isStrategy()) {
                continue;
            }
            Set<String> codes = known.computeIfAbsent(row.strategyKey(), k -> {
                Set<String> stored = storedCodes(row, storedCodes);
                return stored == null ? new HashSet<>() : new HashSet<>(stored);
            });
            if (!rejected.containsKey(row)) {
                codes.add(row.codeKey());
            }
        }
        return known;
    }

    /** The stored strategy's element codes, or null when the strategy is not stored. */
    private Set<String> storedCodes(StrategyRow row, Map<String, Set<String>> cache) {
        if (cache.containsKey(row.strategyKey())) {
            return cache.get(row.strategyKey());
        }
        Long id = db.select(STRATEGY.ID)
                .from(STRATEGY)
                .where(
                        STRATEGY.MUNICIPALITY_CODE.eq(row.municipality()),
                        STRATEGY.CODE_KEY.eq(RowValues.key(row.strategy())))
                .fetchOne(STRATEGY.ID);
        Set<String> codes = id == null
                ? null
                : new HashSet<>(db.select(STRATEGY_ELEMENT.CODE_KEY)
                        .from(STRATEGY_ELEMENT)
                        .where(STRATEGY_ELEMENT.STRATEGY_ID.eq(id))
                        .fetch(STRATEGY_ELEMENT.CODE_KEY));
        cache.put(row.strategyKey(), codes);
        return codes;
    }
}
