package se.maltavla.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import se.maltavla.support.SampleDataUiTest;
import se.maltavla.yearend.YearEndService;

/**
 * A locked plan year says so on every view of figures, in words beside the lock symbol, with its
 * date, version and locked date, and leads to the locked figures when another date is chosen.
 */
@WithMockUser(username = "koordinatorn", roles = "COORDINATOR")
class LockedYearNoticeViewTest extends SampleDataUiTest {

    @Autowired
    YearEndService yearEnd;

    @Test
    void the_overview_of_a_locked_year_says_it_is_locked_with_its_version_and_dates() {
        if (!yearEnd.state("1081", 2016).locked()) {
            yearEnd.lock("1081", 2016, null);
        }
        int version = yearEnd.state("1081", 2016).lockedVersion().orElseThrow().version();
        UI.getCurrent().navigate("");
        test(municipalityPicker()).selectItem("Ronneby (1081)");
        test(yearPicker()).selectItem("2016");

        String notice = $(Div.class).withId("locked-year").single().getElement().getTextRecursively();
        assertThat(notice)
                .startsWith("Fastställt " + LocalDate.now(ZoneId.of("Europe/Stockholm")))
                .contains(
                        "version " + version,
                        "utvärderat per 2016-12-31",
                        "Siffrorna som visas är de fastställda.",
                        "Om årsbokslutet");

        UI.getCurrent().navigate("");
        test(municipalityPicker()).selectItem("Ronneby (1081)");
        test(yearPicker()).selectItem("2017");
        assertThat($(Div.class).withId("locked-year").all()).as("2017 is open").isEmpty();
    }

    @SuppressWarnings("unchecked")
    private Select<String> municipalityPicker() {
        return $(Select.class).withId("select-municipality").single();
    }

    @SuppressWarnings("unchecked")
    private Select<Integer> yearPicker() {
        return $(Select.class).withId("select-year").single();
    }
}
