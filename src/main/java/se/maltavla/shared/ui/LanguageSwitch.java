package se.maltavla.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import java.util.Locale;
import se.maltavla.shared.i18n.Messages;

/** A button that shows the application in the other language (Svenska ⇄ English), named in that language. */
public class LanguageSwitch extends Button {

    public LanguageSwitch() {
        Locale other = other(UI.getCurrent().getLocale());
        setText(getTranslation("language.other"));
        setId("language");
        getElement().setAttribute("lang", other.getLanguage());
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addClickListener(e -> UiLanguage.switchTo(other));
    }

    static Locale other(Locale current) {
        return "en".equals(current.getLanguage()) ? Messages.SWEDISH : Locale.ENGLISH;
    }
}
