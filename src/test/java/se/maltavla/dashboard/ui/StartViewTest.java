package se.maltavla.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;
import se.maltavla.security.ui.LoginView;
import se.maltavla.support.UiTest;

class StartViewTest extends UiTest {

    @Test
    void sends_a_visitor_who_is_not_logged_in_to_the_login() {
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);

        navigate("", LoginView.class);
    }

    @Test
    @WithMockUser(username = "anna", roles = "VIEWER")
    void shows_a_viewer_the_start_view_with_the_user_and_a_log_out_button() {
        navigate(StartView.class);

        assertThat($(H2.class).all()).extracting(H2::getText).containsExactly("Strategier", "Senaste importer");
        assertThat($(Span.class).withId("signed-in-user").single().getText()).isEqualTo("Inloggad som anna");
        assertThat($(Button.class).withId("logout").single().getText()).isEqualTo("Logga ut");
    }

    @Test
    @WithMockUser(username = "anna", roles = "VIEWER")
    void speaks_english_when_chosen() {
        UI.getCurrent().getSession().setLocale(Locale.ENGLISH);
        navigate(LoginView.class);
        navigate(StartView.class);

        assertThat($(H2.class).all()).extracting(H2::getText).containsExactly("Strategies", "Latest imports");
        assertThat($(Span.class).withId("signed-in-user").single().getText()).isEqualTo("Logged in as anna");
        assertThat($(Button.class).withId("logout").single().getText()).isEqualTo("Log out");
    }
}
