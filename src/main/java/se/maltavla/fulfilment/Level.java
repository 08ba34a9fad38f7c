package se.maltavla.fulfilment;

import java.util.Locale;
import java.util.Optional;
import se.maltavla.shared.Coded;

/** The levels of the results (docs/import-contract.md §9, column {@code niva}). */
public enum Level implements Coded {
    KOMMUN("kommun"),
    ELEMENT("element"),
    NAMND("namnd"),
    MAL("mal"),
    INDIKATOR("indikator");

    private final String code;

    Level(String code) {
        this.code = code;
    }

    /** The code written in the export and the API. */
    @Override
    public String code() {
        return code;
    }

    /** The level for a code (any case), if it names one. */
    public static Optional<Level> find(String code) {
        return Coded.find(Level.class, code == null ? null : code.toLowerCase(Locale.ROOT));
    }

    /** @throws IllegalArgumentException for anything but one of the five codes */
    public static Level fromCode(String code) {
        return Coded.fromCode(Level.class, code, "level");
    }
}
