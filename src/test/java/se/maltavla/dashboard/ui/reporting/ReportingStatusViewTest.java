package se.maltavla.dashboard.ui.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import se.maltavla.dashboard.ui.SmallPlanYearTest;
import se.maltavla.dataimport.ReportingStatusService;
import se.maltavla.security.ReporterBinding;
import se.maltavla.security.Role;
import se.maltavla.security.internal.UserRepository;

/** Rapporteringsläge without a browser, over the small plan year (Nämnd A, Nämnd B of 2901). */
@WithMockUser(
        username = "koordinator",
        roles = {"COORDINATOR", "VIEWER"})
class ReportingStatusViewTest extends SmallPlanYearTest {

    @Autowired
    UserRepository users;

    @Autowired
    ReportingStatusService reporting;

    @BeforeEach
    void aReporterOfNamndB() {
        users.insert("Bodil", "{noop}unused-password", Role.REPORTER);
        users.updateBinding("Bodil", new ReporterBinding(MUNICIPALITY, List.of("Nämnd B")));
    }

    @AfterEach
    void noReporter() {
        users.updateBinding("Bodil", ReporterBinding.NOTHING);
        db().execute("delete from app_user where username_key = 'bodil'");
    }

    @Test
    void shows_each_committees_latest_file_reporting_and_rejected_rows() {
        navigate(ReportingStatusView.class);

        assertThat($(H1.class).single().getText()).isEqualTo("Rapporteringsläge");
        assertThat(committeeRow("Nämnd A"))
                .contains("Nämnd A", "utfall.csv", "inkorgen (ingen uppladdning)", "2016", "Ja (2 av 2 indikatorer)")
                .doesNotContain("Bodil");
        assertThat(committeeRow("Nämnd B")).contains("Nämnd B", "utfall.csv", "Ja (1 av 1 indikatorer)", "Bodil");
    }

    @Test
    void speaks_english_when_chosen() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(ReportingStatusView.class);

        assertThat($(H1.class).single().getText()).isEqualTo("Reporting status");
        assertThat(committeeRow("Nämnd A")).contains("the inbox (no upload)", "Yes (2 of 2 indicators)");
    }

    @Test
    void the_export_holds_the_rows_the_page_shows() {
        StringWriter out = new StringWriter();

        ReportingStatusCsv.write(reporting.status(MUNICIPALITY, YEAR), out);

        List<String> lines = out.toString().lines().toList();
        assertThat(lines.getFirst())
                .isEqualTo("\uFEFFnamnd;senaste_fil;inlast;uppladdad_av;senaste_period;indikatorer;"
                        + "rapporterade_senaste_period;avvisade_rader_som_vantar;rapportorer");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith("Nämnd A;utfall.csv;").endsWith(";;2016;2;2;0;");
        assertThat(lines.get(2)).startsWith("Nämnd B;utfall.csv;").endsWith(";;2016;1;1;0;Bodil");
    }

    @Test
    @WithMockUser(
            username = "Bodil",
            roles = {"REPORTER", "VIEWER"})
    void a_reporter_is_refused_the_page_and_its_figures() {
        UI.getCurrent().navigate("rapportering");
        assertThat($(H1.class).single().getText()).isEqualTo("Ingen behörighet");
        assertThatThrownBy(() -> reporting.status(MUNICIPALITY, YEAR))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    private org.jooq.DSLContext db() {
        return spring.getBean(org.jooq.DSLContext.class);
    }
}
