package se.maltavla.security.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import se.maltavla.security.internal.SessionRights;
import se.maltavla.shared.ui.LanguageSwitch;
import se.maltavla.shared.ui.PasswordFields;

/**
 * The login: user name and password, posted to Spring Security ({@code /login}), in Swedish or
 * English. A failed attempt comes back as {@code /login?error}, one refused by the login throttle
 * as {@code /login?wait=SECONDS} (the page says how long to wait), and a user whose session was
 * ended because their rights changed is told so.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** The longest wait the page will show, whatever the address says (the throttle's is shorter). */
    private static final long MAX_SHOWN_WAIT = 24 * 3600;

    private final LoginForm form = new LoginForm();
    private final LoginI18n texts = texts();
    private final Paragraph notice = new Paragraph();

    public LoginView() {
        form.setAction("login");
        form.setI18n(texts);
        form.setForgotPasswordButtonVisible(false);
        PasswordFields.translateInside(form);

        H1 name = new H1("Måltavla");
        Paragraph intro = new Paragraph(getTranslation("login.intro"));
        intro.getStyle().set("max-width", "22rem").set("text-align", "center");
        notice.setId("login-notice");
        notice.getElement().setAttribute("role", "status");
        notice.getStyle().set("max-width", "22rem").set("text-align", "center").set("font-weight", "600");
        notice.setVisible(false);
        add(name, intro, notice, form, new LanguageSwitch());
        getStyle()
                .set("display", "flex")
                .set("flex-direction", "column")
                .set("align-items", "center")
                .set("padding", "var(--lumo-space-l)");
    }

    private LoginI18n texts() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.username"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.error.username"));
        error.setPassword(getTranslation("login.error.password"));
        return i18n;
    }

    LoginForm form() {
        return form;
    }

    LoginI18n formTexts() {
        return texts;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        long wait = waitSeconds(parameters.getOrDefault("wait", List.of()));
        LoginI18n.ErrorMessage error = texts.getErrorMessage();
        if (wait > 0) {
            error.setTitle(getTranslation("login.throttled.title"));
            error.setMessage(
                    wait < 60
                            ? getTranslation("login.throttled.seconds", wait)
                            : getTranslation("login.throttled.minutes", (wait + 59) / 60));
        } else {
            error.setTitle(getTranslation("login.error.title"));
            error.setMessage(getTranslation("login.error.message"));
        }
        form.setI18n(texts);
        form.setError(wait > 0 || parameters.containsKey("error"));
        showWhySessionEnded();
    }

    private static long waitSeconds(List<String> values) {
        try {
            return values.isEmpty() ? 0 : Math.min(MAX_SHOWN_WAIT, Math.max(0, Long.parseLong(values.getFirst())));
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }

    /** Once, on the first login page after the session was ended (SessionRights): the cookie is removed. */
    private void showWhySessionEnded() {
        notice.setVisible(false);
        if (!(VaadinRequest.getCurrent() instanceof VaadinServletRequest request)
                || request.getCookies() == null
                || Arrays.stream(request.getCookies()).noneMatch(c -> SessionRights.ENDED_COOKIE.equals(c.getName()))) {
            return;
        }
        notice.setText(getTranslation("login.ended"));
        notice.setVisible(true);
        if (VaadinResponse.getCurrent() != null) {
            VaadinResponse.getCurrent()
                    .addCookie(SessionRights.endedCookie(request.getHttpServletRequest(), Duration.ZERO));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.pagetitle");
    }
}
