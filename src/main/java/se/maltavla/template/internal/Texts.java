package se.maltavla.template.internal;

import java.util.Locale;
import org.springframework.context.MessageSource;

/** The templates' words (i18n/template) in one language. Numbers that are years are passed as text. */
record Texts(MessageSource messages, Locale locale) {

    String get(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
