package se.maltavla.dataimport.row;

import static se.maltavla.db.Tables.COMMITTEE;
import static se.maltavla.db.Tables.STRATEGY;
import static se.maltavla.db.Tables.STRATEGY_ELEMENT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import se.maltavla.shared.MunicipalityCode;
import se.maltavla.strategy.ElementType;

/**
 * Look-ups that several kinds of file share, cached for one file's import: a municipality's
 * strategies, a strategy's elements, committees (created on first use).
 */
public final class Lookups {

    private final DSLContext db;
    private final Map<String, List<StrategyRef>> strategies = new HashMap<>();
    private final Map<Long, Map<String, ElementRef>> elements = new HashMap<>();
    private final Map<String, Long> committees = new HashMap<>();

    public Lookups(DSLContext db) {
        this.db = db;
    }

    public record StrategyRef(long id, String code, LocalDate validFrom, LocalDate validTo) {

        boolean covers(int year) {
            return (validFrom == null || !validFrom.isAfter(LocalDate.of(year, 12, 31)))
                    && (validTo == null || !validTo.isBefore(LocalDate.of(year, 1, 1)));
        }
    }

    public record ElementRef(long id, String code, String type) {}

    /**
     * The strategy a row of year {@code year} belongs to (docs/import-contract.md §2): the one named in
     * the optional {@code strategi} column, else the only one whose validity covers the year.
     */
    public StrategyRef strategyFor(RowValues row, MunicipalityCode municipality, int year, String yearColumn) {
        List<StrategyRef> all = strategiesOf(municipality);
        String named = row.text("strategi");
        if (named != null) {
            String key = RowValues.key(named);
            StrategyRef found = all.stream()
                    .filter(s -> RowValues.key(s.code()).equals(key))
                    .findFirst()
                    .orElseThrow(() -> row.reject("strategi", "row.strategy.unknown", named, municipality));
            if (!found.covers(year)) {
                throw row.reject(yearColumn, "row.strategy.notvalid", year, found.code());
            }
            return found;
        }
        List<StrategyRef> covering = all.stream().filter(s -> s.covers(year)).toList();
        if (covering.isEmpty()) {
            throw row.reject(yearColumn, "row.strategy.none", municipality, year);
        }
        if (covering.size() > 1) {
            String codes = covering.stream().map(StrategyRef::code).collect(Collectors.joining(", "));
            throw row.reject(yearColumn, "row.strategy.many", municipality, year, codes);
        }
        return covering.getFirst();
    }

    public List<StrategyRef> strategiesOf(MunicipalityCode municipality) {
        return strategies.computeIfAbsent(
                municipality.value(),
                code -> db.select(STRATEGY.ID, STRATEGY.CODE, STRATEGY.VALID_FROM, STRATEGY.VALID_TO)
                        .from(STRATEGY)
                        .where(STRATEGY.MUNICIPALITY_CODE.eq(code))
                        .fetch(r -> new StrategyRef(r.value1(), r.value2(), r.value3(), r.value4())));
    }

    /** The strategy's elements by lower-case code. */
    public Map<String, ElementRef> elementsOf(long strategyId) {
        return elements.computeIfAbsent(strategyId, id -> {
            Map<String, ElementRef> byKey = new HashMap<>();
            db.select(
                            STRATEGY_ELEMENT.ID,
                            STRATEGY_ELEMENT.CODE,
                            STRATEGY_ELEMENT.CODE_KEY,
                            STRATEGY_ELEMENT.ELEMENT_TYPE)
                    .from(STRATEGY_ELEMENT)
                    .where(STRATEGY_ELEMENT.STRATEGY_ID.eq(id))
                    .forEach(r -> byKey.put(r.value3(), new ElementRef(r.value1(), r.value2(), r.value4())));
            return byKey;
        });
    }

    /**
     * Resolves a list of element codes (kopplingar): every code must name an element of the
     * strategy; the strategy itself is not an element.
     */
    public Set<Long> links(RowValues row, String column, StrategyRef strategy) {
        Map<String, ElementRef> known = elementsOf(strategy.id());
        Set<Long> ids = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String code : row.codes(column)) {
            ElementRef element = known.get(RowValues.key(code));
            if (element == null) {
                unknown.add(code);
            } else {
                ids.add(element.id());
            }
        }
        if (!unknown.isEmpty()) {
            throw row.reject(column, "row.links.unknown", String.join(", ", unknown), strategy.code());
        }
        return ids;
    }

    /** Resolves perspektiv codes: each must name a {@code perspektiv} element of the strategy. */
    public Set<Long> perspectives(RowValues row, StrategyRef strategy) {
        Map<String, ElementRef> known = elementsOf(strategy.id());
        Set<Long> ids = new LinkedHashSet<>();
        List<String> wrong = new ArrayList<>();
        for (String code : row.codes("perspektiv")) {
            ElementRef element = known.get(RowValues.key(code));
            if (element == null || !element.type().equals(ElementType.PERSPECTIVE.code())) {
                wrong.add(code);
            } else {
                ids.add(element.id());
            }
        }
        if (!wrong.isEmpty()) {
            throw row.reject("perspektiv", "row.perspectives.unknown", String.join(", ", wrong), strategy.code());
        }
        return ids;
    }

    /** The committee's id, created on first mention (identity: trimmed, case-insensitive). */
    public long committee(MunicipalityCode municipality, String name) {
        String key = committeeKey(name);
        return committees.computeIfAbsent(municipality.value() + "|" + key, k -> {
            Long id = db.select(COMMITTEE.ID)
                    .from(COMMITTEE)
                    .where(COMMITTEE.MUNICIPALITY_CODE.eq(municipality.value()), COMMITTEE.NAME_KEY.eq(key))
                    .fetchOne(COMMITTEE.ID);
            if (id != null) {
                return id;
            }
            return db.insertInto(COMMITTEE)
                    .set(COMMITTEE.MUNICIPALITY_CODE, municipality.value())
                    .set(COMMITTEE.NAME, name.trim())
                    .set(COMMITTEE.NAME_KEY, key)
                    .returningResult(COMMITTEE.ID)
                    .fetchOne(COMMITTEE.ID);
        });
    }

    public static String committeeKey(String name) {
        return RowValues.key(name).replaceAll("\\s+", " ");
    }
}
