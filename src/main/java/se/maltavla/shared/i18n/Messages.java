package se.maltavla.shared.i18n;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Looks up user-facing texts in the message bundles (Swedish by default, English selectable). */
@Component
public class Messages {

    public static final Locale SWEDISH = Locale.forLanguageTag("sv");

    private final MessageSource source;

    public Messages(MessageSource source) {
        this.source = source;
    }

    public String get(Locale locale, String key, Object... args) {
        return source.getMessage(key, args, key, locale);
    }

    /** "sv" or "en" (anything not English is Swedish). */
    public static Locale locale(String language) {
        return language != null && language.trim().toLowerCase(Locale.ROOT).startsWith("en")
                ? Locale.ENGLISH
                : SWEDISH;
    }
}
