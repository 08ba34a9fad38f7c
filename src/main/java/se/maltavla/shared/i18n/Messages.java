package se.maltavla.shared.i18n;

import java.util.Locale;

/** The languages of Måltavla's texts: Swedish by default, English selectable. */
public final class Messages {

    public static final Locale SWEDISH = Locale.forLanguageTag("sv");

    private Messages() {}

    /** "sv" or "en" (anything not English is Swedish). */
    public static Locale locale(String language) {
        return language != null && language.trim().toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : SWEDISH;
    }

    /**
     * The locale that formats dates, numbers and amounts for a UI language: Sweden's for Swedish
     * ("1 234,5", "juni 2017"), the United Kingdom's for English ("1,234.5", "Jun 2017").
     */
    public static Locale formatting(Locale language) {
        return "en".equals(language.getLanguage()) ? Locale.UK : Locale.of("sv", "SE");
    }
}
