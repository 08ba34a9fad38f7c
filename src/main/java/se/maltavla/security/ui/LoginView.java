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
import com.vaadin.flow.server.auth.AnonymousAllowed;
import se.maltavla.shared.ui.LanguageSwitch;

/**
 * The login: user name and password, posted to Spring Security ({@code /login}), in Swedish or
 * English. A failed attempt comes back as {@code /login?error}.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final LoginI18n texts = texts();

    public LoginView() {
        form.setAction("login");
        form.setI18n(texts);
        form.setForgotPasswordButtonVisible(false);

        H1 name = new H1("Måltavla");
        Paragraph intro = new Paragraph(getTranslation("login.intro"));
        intro.getStyle().set("max-width", "22rem").set("text-align", "center");
        add(name, intro, form, new LanguageSwitch());
        getStyle().set("display", "flex").set("flex-direction", "column").set("align-items", "center")
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
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.pagetitle");
    }
}
