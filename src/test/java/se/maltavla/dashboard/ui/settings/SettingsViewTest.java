package se.maltavla.dashboard.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import se.maltavla.dashboard.ui.SmallPlanYearTest;
import se.maltavla.fulfilment.FulfilmentService;
import se.maltavla.fulfilment.Thresholds;

class SettingsViewTest extends SmallPlanYearTest {

    @Autowired
    FulfilmentService fulfilment;

    @Test
    @WithMockUser(roles = "VIEWER")
    void a_viewer_sees_the_thresholds_read_only_and_why() {
        navigate(SettingsView.class);

        assertThat(field("upper").getValue()).isEqualByComparingTo("100");
        assertThat(field("lower").getValue()).isEqualByComparingTo("50");
        assertThat(field("upper").isReadOnly()).isTrue();
        assertThat(field("lower").isReadOnly()).isTrue();
        assertThat($(Button.class).withId("save-thresholds").exists()).isFalse();
        assertThat($(Paragraph.class).id("thresholds-readonly").getText())
                .contains("Bara en koordinator kan ändra gränserna");
        assertThat($(H2.class).first().getText())
                .as("a code not in the code list still works and shows the code")
                .isEqualTo("Gränser för status: " + MUNICIPALITY);
    }

    @Test
    @WithMockUser(roles = {"COORDINATOR", "VIEWER"})
    void a_coordinator_saves_new_thresholds_and_the_committees_statuses_follow() {
        UI.getCurrent().navigate("namnder");
        assertThat(committeeRow("Nämnd A")).contains("45,0 %", "Ej uppfyllt");
        try {
            navigate(SettingsView.class);
            field("upper").setValue(new BigDecimal("90"));
            field("lower").setValue(new BigDecimal("40"));

            test($(Button.class).id("save-thresholds")).click();

            assertThat(outcome())
                    .startsWith("Sparat: uppfyllt från 90 %, delvis uppfyllt från 40 %.")
                    .contains("räknats om");
            assertThat(fulfilment.thresholds(MUNICIPALITY).lower()).isEqualByComparingTo("40");
            UI.getCurrent().navigate("namnder");
            assertThat(committeeRow("Nämnd A")).as("45,0 % ≥ 40").contains("45,0 %", "Delvis uppfyllt");
            assertThat(committeeRow("Nämnd B")).as("100,0 % ≥ 90").contains("Uppfyllt");
        } finally {
            fulfilment.updateThresholds(MUNICIPALITY, Thresholds.DEFAULT);
        }
    }

    @Test
    @WithMockUser(roles = {"COORDINATOR", "VIEWER"})
    void invalid_thresholds_are_refused_with_a_message_under_the_field_and_nothing_is_saved() {
        navigate(SettingsView.class);
        field("upper").setValue(new BigDecimal("60"));
        field("lower").setValue(new BigDecimal("70"));

        test($(Button.class).id("save-thresholds")).click();

        assertThat(field("lower").isInvalid()).isTrue();
        assertThat(field("lower").getErrorMessage())
                .isEqualTo("Den undre gränsen får inte vara högre än den övre (60 %).");
        assertThat(field("upper").isInvalid()).isFalse();
        assertThat(outcome()).isEqualTo("Inget sparades: rätta det som är markerat.");

        field("upper").setValue(new BigDecimal("120"));
        field("lower").clear();
        test($(Button.class).id("save-thresholds")).click();

        assertThat(field("upper").getErrorMessage()).isEqualTo("Gränsen måste ligga mellan 0 och 100 procent.");
        assertThat(field("lower").getErrorMessage())
                .isEqualTo("Skriv ett tal mellan 0 och 100, till exempel 50 eller 62,5.");
        assertThat(fulfilment.thresholds(MUNICIPALITY).upper()).isEqualByComparingTo("100");
        assertThat(fulfilment.thresholds(MUNICIPALITY).lower()).isEqualByComparingTo("50");
    }

    @Test
    @WithMockUser(roles = {"COORDINATOR", "VIEWER"})
    void the_defaults_are_filled_in_with_word_that_they_are_not_saved_until_the_coordinator_saves_them() {
        fulfilment.updateThresholds(MUNICIPALITY, new Thresholds(new BigDecimal("90"), new BigDecimal("40")));
        try {
            navigate(SettingsView.class);
            Button defaults = $(Button.class).id("default-thresholds");
            assertThat(defaults.getText()).isEqualTo("Fyll i standardvärdena (100 och 50)");

            test(defaults).click();

            assertThat(field("upper").getValue()).isEqualByComparingTo("100");
            assertThat(field("lower").getValue()).isEqualByComparingTo("50");
            assertThat(outcome())
                    .isEqualTo("Standardvärdena är ifyllda: uppfyllt från 100 %, delvis uppfyllt från 50 %. "
                            + "De är inte sparade än – tryck på ”Spara och räkna om” för att använda dem.");
            assertThat(fulfilment.thresholds(MUNICIPALITY).upper())
                    .as("nothing saved yet")
                    .isEqualByComparingTo("90");
            assertThat(fulfilment.thresholds(MUNICIPALITY).lower()).isEqualByComparingTo("40");

            test($(Button.class).id("save-thresholds")).click();

            assertThat(outcome()).startsWith("Sparat: uppfyllt från 100 %, delvis uppfyllt från 50 %.");
            assertThat(fulfilment.thresholds(MUNICIPALITY).upper()).isEqualByComparingTo("100");
            assertThat(fulfilment.thresholds(MUNICIPALITY).lower()).isEqualByComparingTo("50");
        } finally {
            fulfilment.updateThresholds(MUNICIPALITY, Thresholds.DEFAULT);
        }
    }

    @Test
    @WithMockUser(roles = {"COORDINATOR", "VIEWER"})
    void filling_in_the_defaults_that_already_apply_says_nothing_needs_saving_and_clears_the_errors() {
        navigate(SettingsView.class);
        field("upper").setValue(new BigDecimal("60"));
        field("lower").setValue(new BigDecimal("70"));
        test($(Button.class).id("save-thresholds")).click();
        assertThat(field("lower").isInvalid()).isTrue();

        test($(Button.class).id("default-thresholds")).click();

        assertThat(field("lower").isInvalid()).isFalse();
        assertThat(field("upper").getValue()).isEqualByComparingTo("100");
        assertThat(outcome()).endsWith("Det är redan de som gäller, så inget behöver sparas.");
    }

    private BigDecimalField field(String name) {
        return $(BigDecimalField.class).id("threshold-" + name);
    }

    private String outcome() {
        return $(Paragraph.class).id("thresholds-outcome").getText();
    }
}
