package se.maltavla.dataimport.strategy;

import java.time.LocalDate;
import java.util.Map;
import se.maltavla.dataimport.row.RowValues;

/** Validates one strategi row's values (docs/import-contract.md §2); links are resolved later. */
final class StrategyRowParser {

    static final Map<String, String> TYPES = Map.of(
            "strategi", "strategi",
            "overgripandemal", "overgripande_mal",
            "prioriteratomrade", "prioriterat_omrade",
            "grundpelare", "grundpelare",
            "fullmaktigemal", "fullmaktigemal",
            "perspektiv", "perspektiv",
            "extern", "extern");
    static final String ALLOWED = "strategi, overgripande_mal, prioriterat_omrade, grundpelare, fullmaktigemal, perspektiv, extern";

    private StrategyRowParser() {}

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
        if (type.equals("strategi") && !RowValues.key(code).equals(RowValues.key(strategy))) {
            throw row.reject("kod", "row.strategy.codemismatch", strategy);
        }
        return new StrategyRow(fileIndex, fileId, row.line(), municipality, strategy, type, code, name,
                row.text("beskrivning"), row.codes("kopplingar"), row.raw("kopplingar"), row.text("grupp"), from, to, row.text("antagen"));
    }
}
