package se.maltavla.strategy;

import se.maltavla.shared.Coded;

/**
 * The kinds of strategy element (docs/import-contract.md §2), with the {@code typ} code the files,
 * the database, the export and the API use.
 */
public enum ElementType implements Coded {
    /** Overarching goal (övergripande mål): Ronneby's four. */
    OVERARCHING_GOAL("overgripande_mal"),
    /** Priority area (prioriterat område): Hållbara städer, Aktivt åldrande, … */
    PRIORITY_AREA("prioriterat_omrade"),
    /** Pillar (grundpelare): Kungsbacka's three. */
    PILLAR("grundpelare"),
    /** Council priority goal (fullmäktigemål). */
    COUNCIL_GOAL("fullmaktigemal"),
    /** Cross-cutting perspective (jämställdhet, integration, miljö, folkhälsa). */
    PERSPECTIVE("perspektiv"),
    /** An objective of an external strategy (Europa 2020, EUSBSR, the regional strategy); {@code grupp} names it. */
    EXTERNAL("extern");

    private final String code;

    ElementType(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** @throws IllegalArgumentException for anything but one of the six codes */
    public static ElementType fromCode(String code) {
        return Coded.fromCode(ElementType.class, code, "element type");
    }
}
