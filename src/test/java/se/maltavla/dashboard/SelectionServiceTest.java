package se.maltavla.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import se.maltavla.dataimport.ImportService;
import se.maltavla.security.Role;
import se.maltavla.security.UserService;
import se.maltavla.support.SampleData;
import se.maltavla.support.UiTest;

/** Each user's last choice of municipality, plan year and date, remembered for the next visit. */
class SelectionServiceTest extends UiTest {

    @Autowired
    SelectionService selections;

    @Autowired
    ImportService imports;

    @Autowired
    UserService users;

    @BeforeEach
    void usersAndData() {
        SampleData.importInto(imports);
    }

    @Test
    @WithMockUser(username = "koordinator", roles = "COORDINATOR")
    void remembers_the_choice_of_the_user_and_only_for_that_user() {
        if (users.listUsers().stream().noneMatch(u -> u.username().equals("bertil"))) {
            users.createUser("bertil", Role.VIEWER, "bertils-losenord");
        }
        selections.remember(new Selection("1384", 2019, LocalDate.of(2019, 8, 31)));
        selections.remember(new Selection("1081", 2016, null));

        assertThat(selections.remembered()).contains(new Selection("1081", 2016, null));
        SecurityContextHolder.getContext()
                .setAuthentication(new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(
                        "BERTIL", "x", java.util.List.of()));
        assertThat(selections.remembered()).as("another user's choice").isEmpty();
    }

    @Test
    @WithMockUser(username = "okand", roles = "VIEWER")
    void remembers_nothing_for_a_user_who_is_not_in_the_database() {
        selections.remember(new Selection("1081", 2017, null));

        assertThat(selections.remembered()).isEmpty();
    }

    @Test
    void refuses_a_visitor_who_is_not_logged_in() {
        assertThatThrownBy(() -> selections.remember(new Selection("1081", 2017, null)))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
