package se.maltavla.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.stereotype.Component;
import se.maltavla.shared.i18n.Messages;

/**
 * The UI's language: Swedish, whatever the browser asks for, until the user chooses English
 * ({@link #switchTo}). The choice holds for the session and, through a cookie, for the next
 * ones in the same browser (after logging out too). The page's {@code lang} follows, so that
 * screen readers pronounce the texts right.
 */
@Component
class UiLanguage implements VaadinServiceInitListener {

    static final String COOKIE = "maltavla-language";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setLocale(chosen(e.getRequest())));
        event.getSource().addUIInitListener(e -> followSession(e.getUI()));
    }

    private static Locale chosen(VaadinRequest request) {
        Cookie[] cookies = request == null ? null : request.getCookies();
        return cookies == null
                ? Messages.SWEDISH
                : Arrays.stream(cookies)
                        .filter(c -> COOKIE.equals(c.getName()))
                        .findFirst()
                        .map(c -> Messages.locale(c.getValue()))
                        .orElse(Messages.SWEDISH);
    }

    /** A new UI speaks its session's language (as Vaadin does; explicit for simulated UIs too). */
    static void followSession(UI ui) {
        ui.setLocale(ui.getSession().getLocale());
        ui.getPage()
                .executeJs("document.documentElement.lang = $0", ui.getLocale().getLanguage());
    }

    /** Shows the application in the given language from now on in this browser. */
    static void switchTo(Locale language) {
        VaadinSession.getCurrent().setLocale(language);
        if (VaadinService.getCurrentResponse() != null) {
            Cookie cookie = new Cookie(COOKIE, language.getLanguage());
            cookie.setPath("/");
            cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
            cookie.setHttpOnly(true);
            cookie.setAttribute("SameSite", "Lax");
            VaadinService.getCurrentResponse().addCookie(cookie);
        }
        UI.getCurrent().getPage().reload();
    }
}
