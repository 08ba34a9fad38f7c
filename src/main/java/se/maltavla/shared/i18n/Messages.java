package se.maltavla.shared.i18n;

import java.util.Locale;

/** The languages of Måltavla's texts: Swedish by default, English selectable. */
public final class Messages {

    public static final Locale SWEDISH = Locale.forLanguageTag("sv");

    private Messages() {}

    /** "sv" or "en" (anything not English is Swedish). */
    public static Locale locale(String language) {
        return language != null && language.trim().toLowerCase(Locale.ROOT).startsWith("en")
                ? Locale.ENGLISH
                : SWEDISH;
    }
}
