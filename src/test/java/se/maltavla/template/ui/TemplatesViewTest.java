package se.maltavla.template.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import se.maltavla.dashboard.Selection;
import se.maltavla.dashboard.ui.DashboardContext;
import se.maltavla.support.SampleDataUiTest;
import se.maltavla.yearend.YearEndService;

/** Mallar: a nämnd to choose and its downloads; a locked year says why it has no utfall template. */
@WithMockUser(username = "anna", roles = "COORDINATOR")
class TemplatesViewTest extends SampleDataUiTest {

    @Autowired
    YearEndService yearEnd;

    @Autowired
    org.springframework.context.ApplicationContext spring;

    @Test
    void offers_the_chosen_nämnds_templates_and_every_nämnds_as_a_zip() {
        navigate(TemplatesView.class);

        assertThat($(H1.class).single().getText()).isEqualTo("Mallar");
        @SuppressWarnings("unchecked")
        Select<String> committee = $(Select.class).withId("template-committee").single();
        assertThat(committee.getListDataView().getItems().toList())
                .contains("Kommunstyrelsen", "Kultur- och fritidsnämnden", "Socialnämnden");
        assertThat(anchorText("template-utfall-all")).isEqualTo("Hämta utfallsmallar för alla nämnder (zip)");
        assertThat(anchorText("template-plan-all")).isEqualTo("Hämta handlingsplaner 2018 för alla nämnder (zip)");

        test(committee).selectItem("Socialnämnden");

        assertThat(anchorText("template-utfall-one")).isEqualTo("Hämta utfallsmall för Socialnämnden");
        assertThat(anchorText("template-plan-one")).isEqualTo("Hämta handlingsplan 2018 för Socialnämnden");
        assertThat($(Anchor.class).withId("template-utfall-one").single().getHref())
                .isNotBlank();
    }

    @Test
    void a_locked_year_says_there_is_no_utfall_template() {
        // Ronneby 2016 as the sample data leave it on a first start: locked (other tests may have locked it already).
        if (!yearEnd.state("1081", 2016).locked()) {
            yearEnd.lock("1081", 2016, LocalDate.of(2016, 12, 31));
        }
        navigate(TemplatesView.class);
        DashboardContext context = spring.getBean(DashboardContext.class);
        Selection before = context.selection().orElseThrow();
        try {
            context.select(new Selection("1081", 2016, null));
            navigate(TemplatesView.class);
            lockedYearSaysSo();
        } finally {
            // the UI tests share a session's choice: the next test finds what it would find
            context.select(before);
        }
    }

    private void lockedYearSaysSo() {

        assertThat($(Anchor.class).withId("template-utfall-one").exists()).isFalse();
        assertThat($(Paragraph.class)
                        .withText("Planåret 2016 är fastställt: utfallsmallen görs inte, eftersom värden för ett"
                                + " fastställt år inte tas emot.")
                        .exists())
                .isTrue();
        assertThat(anchorText("template-plan-one")).startsWith("Hämta handlingsplan 2017 för ");
    }

    private String anchorText(String id) {
        return $(Anchor.class).withId(id).single().getElement().getTextRecursively();
    }
}
