package se.maltavla.yearend.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithMockUser;
import se.maltavla.dashboard.Selection;
import se.maltavla.dashboard.ui.DashboardContext;
import se.maltavla.dataimport.ImportProgress;
import se.maltavla.dataimport.ImportRunResult;
import se.maltavla.dataimport.ImportService;
import se.maltavla.dataimport.ImportTrigger;
import se.maltavla.shared.i18n.Messages;
import se.maltavla.support.TestInbox;
import se.maltavla.support.Text;
import se.maltavla.support.UiTest;

/**
 * The year-end page lists the files whose rejected rows about the plan year still stand, each
 * linked to its rows on the Import view, however old its run (issue 11, section 1). A
 * municipality of its own (9996, plan year 2019), so that the other views' tests keep theirs.
 */
@WithMockUser(username = "vera", roles = "VIEWER")
class ReadinessRejectedFilesTest extends UiTest {

    @Autowired
    ImportService imports;

    @Autowired
    ApplicationContext spring;

    @Test
    void the_year_end_page_lists_files_with_standing_rejected_rows_and_links_to_their_rows() throws Exception {
        importFile(
                "strategi.csv",
                "kommun;strategi;typ;kod;namn;giltig_fran;giltig_till",
                "9996;R-INT;strategi;R-INT;Readiness-strategi;2019-01-01;2019-12-31",
                "9996;R-INT;prioriterat_omrade;PO-R;Område;;");
        importFile(
                "handlingsplan.csv",
                "kommun;namnd;ar;mal_kod;mal;kopplingar;indikator_kod;indikator;typ;malvarde",
                "9996;Kommunstyrelsen;2019;R-1;Målet;PO-R;R-1.1;Antal besök;tal;10");
        ImportRunResult rejected = importFile(
                "utfall-kommunstyrelsen.csv",
                "kommun;indikator_kod;period;varde",
                "9996;R-1.1;2019-T1;3",
                "9996;R-1.1;2019-T2;tolv");
        // Later runs with rejected rows of their own (about a municipality without a strategy), so
        // that the Import view would open another file's rows by itself.
        for (int i = 0; i < 3; i++) {
            importFile(
                    "utfall-annan-" + i + ".csv",
                    "kommun;indikator_kod;period;varde",
                    "9996;R-1.1;2019-T1;3",
                    "9995;X-1;2019-T1;3");
        }
        DashboardContext context = spring.getBean(DashboardContext.class);
        Selection before = context.selection().orElseThrow();
        context.select(new Selection("9996", 2019, null));
        try {
            readinessListsTheFileAndLinksToItsRows(rejected);
        } finally {
            // the UI tests share a session's choice: the next test finds what it would find
            context.select(before);
        }
    }

    private void readinessListsTheFileAndLinksToItsRows(ImportRunResult rejected) {
        long fileId = rejected.files().getFirst().fileId();
        navigate("arsbokslut", YearEndView.class);

        Div files = $(Div.class).id("readiness-rejected-files");
        assertThat(Text.of(files))
                .contains("Filer med avvisade rader som står kvar (1)")
                .contains("utfall-kommunstyrelsen.csv (utfall)")
                .contains("en avvisad rad om planåret, från rad 3, importerad ");
        Anchor link = $(Anchor.class, files).single();
        assertThat(link.getHref()).isEqualTo("import?korning=" + rejected.runId() + "&fil=" + fileId);

        String[] pathAndQuery = link.getHref().split("\\?", 2);
        UI.getCurrent().navigate(pathAndQuery[0], QueryParameters.fromString(pathAndQuery[1]));
        assertThat(Text.of($(Paragraph.class).id("rejections-file")))
                .as("the Import view opens that file's rejected rows, though its run is not the latest")
                .contains("utfall-kommunstyrelsen.csv");
    }

    private ImportRunResult importFile(String name, String header, String... rows) throws Exception {
        TestInbox inbox = new TestInbox(Files.createTempDirectory("maltavla-readiness"));
        inbox.write(name, Stream.concat(Stream.of(header), Arrays.stream(rows)).toArray(String[]::new));
        ImportRunResult result = imports.run(
                inbox.root(), ImportTrigger.COMMAND, Messages.SWEDISH, Duration.ofSeconds(60), ImportProgress.NONE);
        assertThat(result.failure()).as(result.toString()).isNull();
        return result;
    }
}
