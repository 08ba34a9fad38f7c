package se.maltavla.dataimport.strategy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import se.maltavla.dataimport.row.RowValues;
import se.maltavla.dataimport.value.Fold;
import se.maltavla.strategy.ElementType;

/** Validates one strategi row's values (docs/import-contract.md §2); links are resolved later. */
final class StrategyRowParser {

    /** The typ of the row of the strategy itself; every other row's typ is an {@link ElementType}. */
    static final String STRATEGY = "strategi";

    static final Map<String, String> TYPES = types();
    static final String ALLOWED = STRATEGY + ", "
            + Arrays.stream(ElementType.values()).map(ElementType::code).collect(Collectors.joining(", "));

    private StrategyRowParser() {}

    /** Folded word → typ code: the strategy's own row and the element types. */
    private static Map<String, String> types() {
        Map<String, String> types = new HashMap<>();
        types.put(STRATEGY, STRATEGY);
        for (ElementType type : ElementType.values()) {
            types.put(Fold.fold(type.code()), type.code());
        }
        return Map.copyOf(types);
    }

    static StrategyRow parse(RowValues row, int fileIndex, long fileId) {
        String municipality = row.municipality().value();
        String strategy = row.requiredText("strategi");
        String type = row.word("typ", TYPES, null, ALLOWED);
        if (type == null) {
            throw row.reject("typ", "value.required");
        }
        String code = row.requiredText("kod");
        String name = row.requiredText("namn");
        LocalDate from = row.date("giltigfran");
        LocalDate to = row.date("giltigtill");
        if (from != null && to != null && to.isBefore(from)) {
            throw row.reject("giltigtill", "row.strategy.validity");
        }
        if (type.equals(STRATEGY) && !RowValues.key(code).equals(RowValues.key(strategy))) {
            throw row.reject("kod", "row.strategy.codemismatch", strategy);
        }
        return new StrategyRow(
                fileIndex,
                fileId,
                row.line(),
                municipality,
                strategy,
                type,
                code,
                name,
                row.text("beskrivning"),
                row.codes("kopplingar"),
                row.raw("kopplingar"),
                row.text("grupp"),
                from,
                to,
                row.text("antagen"));
    }
}
