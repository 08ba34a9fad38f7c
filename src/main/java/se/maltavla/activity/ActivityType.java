package se.maltavla.activity;

import java.util.Arrays;

/** The kinds of international activity (docs/import-contract.md §6), in the order the dashboard lists them. */
public enum ActivityType {
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
    public String code() {
        return code;
    }

    /** @throws IllegalArgumentException for anything but one of the five codes */
    public static ActivityType fromCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown activity type: " + code));
    }
}
