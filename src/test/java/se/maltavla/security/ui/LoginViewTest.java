package se.maltavla.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.mocks.MockRequest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.maltavla.security.internal.SessionRights;
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

    @Test
    void says_how_long_to_wait_when_logins_are_refused_for_a_while() {
        UI.getCurrent().navigate(LoginView.class, QueryParameters.of("wait", "45"));
        LoginView view = (LoginView) getCurrentView();

        assertThat(view.form().isError()).isTrue();
        assertThat(view.formTexts().getErrorMessage().getTitle()).isEqualTo("För många misslyckade inloggningar");
        assertThat(view.formTexts().getErrorMessage().getMessage()).startsWith("Försök igen om 45 sekunder.");

        UI.getCurrent().navigate(LoginView.class, QueryParameters.of("wait", "61"));
        assertThat(((LoginView) getCurrentView()).formTexts().getErrorMessage().getMessage())
                .startsWith("Försök igen om 2 minuter.");
        UI.getCurrent().navigate(LoginView.class, QueryParameters.of("wait", "60"));
        assertThat(((LoginView) getCurrentView()).formTexts().getErrorMessage().getMessage())
                .startsWith("Försök igen om en minut.");
    }

    @Test
    void a_wait_in_the_address_that_is_not_a_number_is_an_ordinary_login_page() {
        UI.getCurrent().navigate(LoginView.class, QueryParameters.of("wait", "<script>"));
        LoginView view = (LoginView) getCurrentView();

        assertThat(view.form().isError()).isFalse();
        assertThat(view.formTexts().getErrorMessage().getTitle()).isEqualTo("Fel användarnamn eller lösenord");
    }

    @Test
    void says_once_why_a_session_was_ended() {
        jakarta.servlet.ServletRequest wrapped = (VaadinServletRequest) VaadinRequest.getCurrent();
        while (!(wrapped instanceof MockRequest) && wrapped instanceof jakarta.servlet.ServletRequestWrapper wrapper) {
            wrapped = wrapper.getRequest();
        }
        MockRequest request = (MockRequest) wrapped; // the simulated browser's request: it sends the cookie
        request.addCookie(new Cookie(SessionRights.ENDED_COOKIE, "1"));

        navigate(LoginView.class);
        Paragraph notice = $(Paragraph.class).withId("login-notice").single();
        assertThat(notice.isVisible()).isTrue();
        assertThat(notice.getText())
                .isEqualTo(
                        "Du har loggats ut eftersom din roll, ditt konto eller ditt lösenord har ändrats. Logga in igen.");

        request.setCookiesInt(new Cookie[0]); // the browser removed it, as the answer told it to
        UI.getCurrent().navigate(LoginView.class, QueryParameters.of("error", ""));
        assertThat($(Paragraph.class).withId("login-notice").exists())
                .as("shown once, then no more")
                .isFalse();
    }
}
