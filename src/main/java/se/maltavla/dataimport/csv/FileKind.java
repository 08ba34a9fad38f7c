package se.maltavla.dataimport.csv;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import se.maltavla.shared.Coded;

/**
 * The five kinds of import file (docs/import-contract.md §2–§6), in the order a run takes them (§8.1).
 * Column names are the folded canonical names ({@link Columns}).
 */
public enum FileKind implements Coded {
    STRATEGI(
            List.of("kommun", "strategi", "typ", "kod", "namn"),
            List.of("beskrivning", "kopplingar", "grupp", "giltigfran", "giltigtill", "antagen")),
    HANDLINGSPLAN(
            List.of("kommun", "namnd", "ar", "malkod", "mal", "indikatorkod", "indikator", "typ", "malvarde"),
            List.of(
                    "strategi",
                    "kopplingar",
                    "enhet",
                    "riktning",
                    "utgangsvarde",
                    "maldatum",
                    "vikt",
                    "agare",
                    "utforare",
                    "forankrad",
                    "rapporterad",
                    "perspektiv")),
    /**
     * Besides its own columns, the utfall kind knows the informative columns of Måltavla's utfall
     * template (docs/templates.md, docs/import-contract.md §4): read by people, not by the import,
     * and not warned about.
     */
    UTFALL(
            List.of("kommun", "indikatorkod", "period", "varde"),
            List.of(
                    "strategi",
                    "kommentar",
                    "rapporteradav",
                    "namnd",
                    "indikator",
                    "enhet",
                    "utgangsvarde",
                    "malvarde",
                    "senasteperiod",
                    "senastevarde")),
    BERATTELSE(List.of("kommun", "ar", "kod", "text"), List.of("strategi", "namnd")),
    AKTIVITETER(
            List.of("kommun", "aktivitetkod", "typ", "namn"),
            List.of(
                    "strategi",
                    "namnd",
                    "partner",
                    "land",
                    "startdatum",
                    "slutdatum",
                    "budgetsek",
                    "externfinansieringsek",
                    "finansiar",
                    "kopplingar",
                    "perspektiv",
                    "agare",
                    "utforare",
                    "forankrad",
                    "rapporterad"));

    private final List<String> required;
    private final Set<String> known;

    FileKind(List<String> required, List<String> optional) {
        this.required = required;
        var all = new java.util.LinkedHashSet<>(required);
        all.addAll(optional);
        this.known = Set.copyOf(all);
    }

    public List<String> requiredColumns() {
        return required;
    }

    public boolean knows(String column) {
        return known.contains(column);
    }

    /** The word used in file names, messages and the database: strategi, handlingsplan, … */
    @Override
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException for anything but one of the five codes */
    public static FileKind fromCode(String code) {
        return Coded.fromCode(FileKind.class, code, "file kind");
    }
}
