package se.maltavla.activity;

import se.maltavla.shared.Coded;

/** The kinds of international activity (docs/import-contract.md §6), in the order the dashboard lists them. */
public enum ActivityType implements Coded {
    /** Twin-town cooperation. */
    TWIN_TOWN("vanort"),
    /** Transnational project. */
    PROJECT("projekt"),
    /** Network membership, e.g. Eurocities. */
    NETWORK("natverk"),
    /** Exchange of staff, pupils, … */
    EXCHANGE("utbyte"),
    /** Monitoring and advocacy (omvärldsbevakning). */
    MONITORING("omvarldsbevakning");

    private final String code;

    ActivityType(String code) {
        this.code = code;
    }

    /** The {@code typ} word of the file: {@code vanort}, {@code projekt}, … */
    @Override
    public String code() {
        return code;
    }

    /** @throws IllegalArgumentException for anything but one of the five codes */
    public static ActivityType fromCode(String code) {
        return Coded.fromCode(ActivityType.class, code, "activity type");
    }
}
