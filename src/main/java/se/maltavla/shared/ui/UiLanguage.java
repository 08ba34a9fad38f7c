package se.maltavla.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.springframework.stereotype.Component;
import se.maltavla.shared.i18n.Messages;

/**
 * The UI's language: Swedish for every new session, whatever the browser asks for; English when
 * the user chooses it ({@link #switchTo}), for the rest of the session (it survives the login).
 * The page's {@code lang} follows, so that screen readers pronounce the texts right.
 */
@Component
class UiLanguage implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setLocale(Messages.SWEDISH));
        event.getSource().addUIInitListener(e -> followSession(e.getUI()));
    }

    /** A new UI speaks its session's language (as Vaadin does; explicit for simulated UIs too). */
    static void followSession(UI ui) {
        ui.setLocale(ui.getSession().getLocale());
        ui.getPage().executeJs("document.documentElement.lang = $0", ui.getLocale().getLanguage());
    }

    /** Shows the application in the given language from now on in this session. */
    static void switchTo(Locale language) {
        VaadinSession.getCurrent().setLocale(language);
        UI.getCurrent().getPage().reload();
    }
}
