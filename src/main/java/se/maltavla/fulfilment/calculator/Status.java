package se.maltavla.fulfilment.calculator;

import java.util.Locale;

/** fulfilment.md §3. */
public enum Status {
    UPPFYLLT, DELVIS, EJ_UPPFYLLT, SAKNAS, EJ_MATBAR;

    /** The spec's word: uppfyllt, delvis, ej_uppfyllt, saknas, ej_matbar. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
