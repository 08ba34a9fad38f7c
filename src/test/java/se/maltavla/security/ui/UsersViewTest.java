package se.maltavla.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import se.maltavla.security.Role;
import se.maltavla.security.UserService;
import se.maltavla.support.UiTest;

class UsersViewTest extends UiTest {

    @Autowired
    UserService users;

    @Test
    @WithMockUser(
            username = "koordinator",
            roles = {"COORDINATOR", "VIEWER"})
    void a_coordinator_adds_a_viewer_and_is_told_so() {
        navigate(UsersView.class);

        test($(TextField.class).withId("new-username").single()).setValue("cecilia");
        test($(PasswordField.class).withId("new-password").single()).setValue("cecilias-losenord");
        test($(Button.class).withId("add-user").single()).click();

        assertThat($(Paragraph.class).withId("feedback").single().getText())
                .isEqualTo("Användaren cecilia är tillagd.");
        assertThat(users.listUsers()).anySatisfy(u -> {
            assertThat(u.username()).isEqualTo("cecilia");
            assertThat(u.role()).isEqualTo(Role.VIEWER);
        });
        assertThat($(HorizontalLayout.class)
                        .withAttribute("data-user", "cecilia")
                        .exists())
                .isTrue();
    }

    @Test
    @WithMockUser(
            username = "koordinator",
            roles = {"COORDINATOR", "VIEWER"})
    void says_why_a_change_is_refused() {
        navigate(UsersView.class);

        test($(TextField.class).withId("new-username").single()).setValue("dag");
        test($(PasswordField.class).withId("new-password").single()).setValue("kort");
        test($(Button.class).withId("add-user").single()).click();

        assertThat($(Paragraph.class).withId("feedback").single().getText())
                .isEqualTo("Lösenordet är för kort. Använd minst 10 tecken.");
        assertThat(users.listUsers()).noneMatch(u -> u.username().equals("dag"));
    }

    @Test
    @WithMockUser(
            username = "koordinator",
            roles = {"COORDINATOR", "VIEWER"})
    void the_own_row_shows_the_role_and_account_but_changes_nothing() {
        navigate(UsersView.class);
        HorizontalLayout row = $(HorizontalLayout.class)
                .withAttribute("data-user", "koordinator")
                .single();
        @SuppressWarnings("unchecked")
        Select<Role> role = $(Select.class).from(row).single();

        assertThat(role.isReadOnly()).isTrue();
        assertThat($(Checkbox.class).from(row).single().isReadOnly()).isTrue();
        assertThat($(PasswordField.class).from(row).exists())
                .as("the own password is changed under Mitt konto")
                .isFalse();
        assertThat($(Paragraph.class).from(row).single().getText())
                .isEqualTo("Det här är du: din roll och ditt konto ändras av en annan koordinator.");
    }

    @Test
    @WithMockUser(
            username = "tilda",
            roles = {"COORDINATOR", "VIEWER"})
    void the_last_coordinator_cannot_be_made_a_viewer() {
        navigate(UsersView.class);
        HorizontalLayout row = $(HorizontalLayout.class)
                .withAttribute("data-user", "koordinator")
                .single();
        @SuppressWarnings("unchecked")
        Select<Role> role = $(Select.class).from(row).single();

        test(role).selectItem("Läsare");

        assertThat($(Paragraph.class).withId("feedback").single().getText())
                .isEqualTo(
                        "koordinator är den enda aktiva koordinatorn. Gör först en annan användare till koordinator.");
    }

    @Test
    @WithMockUser(username = "anna", roles = "VIEWER")
    void a_viewer_cannot_open_the_users_and_has_no_menu_item_for_them() {
        UI.getCurrent().navigate("anvandare");

        assertThat(getCurrentView()).isNotInstanceOf(UsersView.class);
        UI.getCurrent().navigate("konto");
        assertThat(getCurrentView()).isInstanceOf(AccountView.class);
        assertThat($(SideNavItem.class).withId("nav-anvandare").exists()).isFalse();
        assertThat($(SideNavItem.class).withId("nav-import").exists()).isTrue();
    }

    @Test
    @WithMockUser(
            username = "koordinator",
            roles = {"COORDINATOR", "VIEWER"})
    void a_coordinator_has_a_menu_item_for_the_users() {
        navigate(AccountView.class);

        assertThat($(SideNavItem.class).withId("nav-anvandare").single().getPath())
                .isEqualTo("anvandare");
    }
}
