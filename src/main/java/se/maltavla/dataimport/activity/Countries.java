package se.maltavla.dataimport.activity;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import se.maltavla.dataimport.value.Fold;

/**
 * Country by ISO 3166-1 alpha-2 code or Swedish name (docs/import-contract.md §6), from the JDK's own
 * locale data; English names are accepted too.
 */
final class Countries {

    private static final Map<String, String> BY_NAME = new HashMap<>();

    static {
        Locale swedish = Locale.forLanguageTag("sv");
        for (String code : Locale.getISOCountries()) {
            Locale country = Locale.of("", code);
            BY_NAME.put(Fold.fold(country.getDisplayCountry(Locale.ENGLISH)), code);
            BY_NAME.put(Fold.fold(country.getDisplayCountry(swedish)), code);
            BY_NAME.put(Fold.fold(code), code);
        }
    }

    private Countries() {}

    /** The alpha-2 code, or null when the text names no country. */
    static String code(String text) {
        return BY_NAME.get(Fold.fold(text));
    }

    static String swedishName(String code) {
        return Locale.of("", code).getDisplayCountry(Locale.forLanguageTag("sv"));
    }
}
