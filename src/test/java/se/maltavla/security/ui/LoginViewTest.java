package se.maltavla.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.maltavla.shared.ui.LanguageSwitch;
import se.maltavla.support.UiTest;

class LoginViewTest extends UiTest {

    @Test
    void shows_the_login_in_swedish_whatever_the_browser_prefers() {
        LoginView view = navigate(LoginView.class);

        assertThat(VaadinSession.getCurrent().getLocale().getLanguage()).isEqualTo("sv");
        assertThat($(H1.class).single().getText()).isEqualTo("Måltavla");
        assertThat(view.formTexts().getForm().getTitle()).isEqualTo("Logga in");
        assertThat(view.formTexts().getForm().getUsername()).isEqualTo("Användarnamn");
        assertThat(view.formTexts().getForm().getPassword()).isEqualTo("Lösenord");
        assertThat(view.formTexts().getErrorMessage().getTitle()).isEqualTo("Fel användarnamn eller lösenord");
        assertThat(view.getPageTitle()).isEqualTo("Logga in – Måltavla");
        LanguageSwitch language = $(LanguageSwitch.class).single();
        assertThat(language.getText()).isEqualTo("English");
        assertThat(language.getElement().getAttribute("lang")).isEqualTo("en");
        assertThat(view.form().isError()).isFalse();
    }

    @Test
    void shows_the_login_in_english_after_choosing_english() {
        navigate(LoginView.class);

        test($(LanguageSwitch.class).single()).click();

        assertThat(VaadinSession.getCurrent().getLocale()).isEqualTo(Locale.ENGLISH);
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.ENGLISH);
        LoginView view = new LoginView(); // as the reload builds it
        assertThat(view.formTexts().getForm().getTitle()).isEqualTo("Log in");
        assertThat(view.formTexts().getForm().getUsername()).isEqualTo("User name");
        assertThat(view.formTexts().getForm().getSubmit()).isEqualTo("Log in");
        assertThat(view.formTexts().getErrorMessage().getTitle()).isEqualTo("Incorrect user name or password");
        assertThat(view.getPageTitle()).isEqualTo("Log in – Måltavla");
    }

    @Test
    void says_so_after_a_failed_login() {
        UI.getCurrent().navigate(LoginView.class, QueryParameters.of("error", ""));
        LoginView view = (LoginView) getCurrentView();

        assertThat(view.form().isError()).isTrue();
    }
}
