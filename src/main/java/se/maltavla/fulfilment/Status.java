package se.maltavla.fulfilment;

import se.maltavla.shared.Coded;

/** Status of an indicator or an aggregate (docs/fulfilment.md §3), with its stable code. */
public enum Status implements Coded {
    UPPFYLLT("uppfyllt"),
    DELVIS("delvis"),
    EJ_UPPFYLLT("ej_uppfyllt"),
    SAKNAS("saknas"),
    EJ_MATBAR("ej_matbar");

    private final String code;

    Status(String code) {
        this.code = code;
    }

    /** The code used in the export, the API and the database: {@code uppfyllt}, {@code ej_matbar}, … */
    @Override
    public String code() {
        return code;
    }

    /** @throws IllegalArgumentException for anything but one of the five codes */
    public static Status fromCode(String code) {
        return Coded.fromCode(Status.class, code, "status");
    }

    /** Whether a figure goes with this status (it does for uppfyllt, delvis and ej_uppfyllt). */
    public boolean hasFulfilment() {
        return this != SAKNAS && this != EJ_MATBAR;
    }
}
