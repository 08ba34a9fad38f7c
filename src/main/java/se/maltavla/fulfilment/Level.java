package se.maltavla.fulfilment;

/** The levels of the results (docs/import-contract.md §9, column {@code niva}). */
public enum Level {
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
    public String code() {
        return code;
    }

    /** The level for a code, or null when it names none. */
    public static Level fromCode(String code) {
        for (Level level : values()) {
            if (level.code.equalsIgnoreCase(code)) {
                return level;
            }
        }
        return null;
    }
}
