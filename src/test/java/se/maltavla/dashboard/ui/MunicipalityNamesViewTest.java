package se.maltavla.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;
import se.maltavla.support.SampleDataUiTest;

/** The dashboard names the sample municipalities as people do (docs/municipalities.md), not by code or strategy. */
@WithMockUser(username = "anna", roles = "VIEWER")
class MunicipalityNamesViewTest extends SampleDataUiTest {

    @Test
    void the_picker_names_each_municipality_with_its_code() {
        UI.getCurrent().navigate("");

        Select<String> picker = picker();
        List<String> labels = picker.getListDataView()
                .getItems()
                .map(code -> picker.getItemLabelGenerator().apply(code))
                .toList();

        // Other tests of this shared database add municipalities of their own (codes not in the list).
        assertThat(labels).startsWith("Ronneby (1081)", "Kungsbacka (1384)");
        assertThat(labels.stream().filter(label -> !label.endsWith(")")))
                .allSatisfy(label -> assertThat(label).matches("[0-9]{4} .+"));
        assertThat(picker.getItemLabelGenerator().apply(picker.getValue())).isEqualTo("Ronneby (1081)");
    }

    @Test
    void the_settings_name_the_municipality_whose_thresholds_they_are() {
        UI.getCurrent().navigate("installningar");
        assertThat($(H2.class).first().getText()).isEqualTo("Gränser för status: Ronneby");

        test(picker()).selectItem("Kungsbacka (1384)");
        UI.getCurrent().navigate("installningar");
        assertThat($(H2.class).first().getText()).isEqualTo("Gränser för status: Kungsbacka");
    }

    @SuppressWarnings("unchecked")
    private Select<String> picker() {
        return $(Select.class).withId("select-municipality").single();
    }
}
