package se.maltavla.shared.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.maltavla.shared.i18n.Messages;

/** Vaadin's getTranslation reads Spring's message bundles (messages*.properties), Swedish first. */
@Component
class MessageSourceTranslations implements I18NProvider {

    private final MessageSource messages;

    MessageSourceTranslations(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(Messages.SWEDISH, Locale.ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return messages.getMessage(key, params, "!" + key, locale);
    }
}
