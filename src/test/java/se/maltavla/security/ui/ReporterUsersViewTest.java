package se.maltavla.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import se.maltavla.security.ReporterBinding;
import se.maltavla.security.Role;
import se.maltavla.security.UserService;
import se.maltavla.security.internal.UserRepository;
import se.maltavla.shared.municipality.SwedishMunicipalities;
import se.maltavla.support.UiTest;

/** Användare without a browser: a coordinator adds a reporter with its municipality and nämnder, and changes them. */
class ReporterUsersViewTest extends UiTest {

    @Autowired
    UserService users;

    @Autowired
    UserRepository repository;

    @Autowired
    org.jooq.DSLContext db;

    @AfterEach
    void noReporter() {
        if (repository.find("rut").isPresent()) {
            repository.updateBinding("rut", ReporterBinding.NOTHING);
            db.execute("delete from app_user where username_key = 'rut'");
        }
    }

    @Test
    @WithMockUser(
            username = "koordinator",
            roles = {"COORDINATOR", "VIEWER"})
    @SuppressWarnings("unchecked")
    void a_coordinator_adds_a_reporter_for_committees_of_one_municipality_and_changes_them() {
        navigate(UsersView.class);
        assertThat($(HorizontalLayout.class).withId("new-binding").exists())
                .as("only for a reporter")
                .isFalse();

        test($(TextField.class).withId("new-username").single()).setValue("rut");
        test($(PasswordField.class).withId("new-password").single()).setValue("ruts-losenord-1");
        test((Select<Role>) $(Select.class).id("new-role")).selectItem("Rapportör");
        assertThat($(HorizontalLayout.class).id("new-binding").isVisible()).isTrue();
        test($(Button.class).withId("add-user").single()).click();
        assertThat($(Paragraph.class).withId("feedback").single().getText()).isEqualTo("Välj rapportörens kommun.");

        ((ComboBox<se.maltavla.shared.municipality.SwedishMunicipality>)
                        $(ComboBox.class).id("new-municipality"))
                .setValue(SwedishMunicipalities.find("1081").orElseThrow());
        ((MultiSelectComboBox<String>) $(MultiSelectComboBox.class).id("new-committees"))
                .setItems("Kommunstyrelsen", "Kulturnämnden");
        ((MultiSelectComboBox<String>) $(MultiSelectComboBox.class).id("new-committees"))
                .setValue(Set.of("Kommunstyrelsen"));
        test($(Button.class).withId("add-user").single()).click();

        assertThat($(Paragraph.class).withId("feedback").single().getText()).isEqualTo("Användaren rut är tillagd.");
        assertThat(users.bindings().get("rut")).isEqualTo(new ReporterBinding("1081", List.of("Kommunstyrelsen")));

        HorizontalLayout row =
                $(HorizontalLayout.class).withAttribute("data-user", "rut").single();
        MultiSelectComboBox<String> committees =
                $(MultiSelectComboBox.class).from(row).single();
        assertThat(committees.getValue()).containsExactly("Kommunstyrelsen");
        committees.setValue(Set.of("Kulturnämnden"));
        test($(Button.class).from(row).withClassName("save-binding").single()).click();

        assertThat(users.bindings().get("rut")).isEqualTo(new ReporterBinding("1081", List.of("Kulturnämnden")));
        assertThat($(Paragraph.class).withId("feedback").single().getText()).isEqualTo("rut är ändrad.");
    }
}
