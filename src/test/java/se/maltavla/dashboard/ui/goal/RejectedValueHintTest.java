package se.maltavla.dashboard.ui.goal;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Locale;
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
import se.maltavla.fulfilment.FulfilmentService;
import se.maltavla.fulfilment.Level;
import se.maltavla.shared.i18n.Messages;
import se.maltavla.support.TestInbox;
import se.maltavla.support.Text;
import se.maltavla.support.UiTest;

/**
 * An indicator's page says when an import rejected a newer value for it, and stops saying so
 * once a later file gives it a value. A municipality of its own (9997, plan year 2018), so that
 * the other views' tests keep theirs.
 */
@WithMockUser(username = "anna", roles = "VIEWER")
class RejectedValueHintTest extends UiTest {

    @Autowired
    ImportService imports;

    @Autowired
    FulfilmentService fulfilment;

    @Autowired
    ApplicationContext spring;

    @Test
    void a_newer_rejected_value_is_shown_on_the_indicator_until_a_later_file_gives_it_one() throws Exception {
        importFiles(
                file(
                        "strategi.csv",
                        "kommun;strategi;typ;kod;namn;giltig_fran;giltig_till",
                        "9997;H-INT;strategi;H-INT;Hintstrategi;2018-01-01;2018-12-31",
                        "9997;H-INT;prioriterat_omrade;PO-H;Område;;"),
                file(
                        "handlingsplan.csv",
                        "kommun;namnd;ar;mal_kod;mal;kopplingar;indikator_kod;indikator;typ;malvarde",
                        "9997;Kommunstyrelsen;2018;H-1;Målet;PO-H;H-1.1;Antal besök;tal;10",
                        "9997;Kommunstyrelsen;2018;H-1;Målet;PO-H;H-1.2;Antal avtal;tal;2"),
                file(
                        "utfall-1.csv",
                        "kommun;indikator_kod;period;varde",
                        "9997;H-1.1;2018-T1;3",
                        "9997;H-1.2;2018-T1;1"));
        spring.getBean(DashboardContext.class).select(new Selection("9997", 2018, null));
        long visits = id("H-1.1");

        navigate("indikator/" + visits, IndicatorView.class);
        assertThat($(Paragraph.class).withId("indicator-rejected").exists())
                .as("nothing rejected yet")
                .isFalse();

        importFiles(file(
                "utfall-2.csv",
                "kommun;indikator_kod;period;varde",
                "9997;H-1.2;2018-T2;2",
                "9997;h-1.1 ;2018-T2;tolv",
                "9997;H-1.1;2017-T2;sju"));
        navigate("indikator/" + visits, IndicatorView.class);

        String hint = Text.of($(Paragraph.class).id("indicator-rejected"));
        assertThat(hint)
                .matches(
                        "Ett nyare värde avvisades vid import \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d \\(utfall-2\\.csv, rad 3\\): "
                                + "Inte ett tal\\..* Se importen");
        assertThat(text("indicator"))
                .as("the old value is still the one used")
                .contains("Värde som används 3 (2018-T1)");
        navigate("indikator/" + id("H-1.2"), IndicatorView.class);
        assertThat($(Paragraph.class).withId("indicator-rejected").exists())
                .as("another indicator's row")
                .isFalse();

        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("indikator/" + visits, IndicatorView.class);
        assertThat(Text.of($(Paragraph.class).id("indicator-rejected")))
                .startsWith("A newer value was rejected by the import on ")
                .contains("(utfall-2.csv, line 3)");
        UI.getCurrent().setLocale(Messages.SWEDISH);

        importFiles(file("utfall-3.csv", "kommun;indikator_kod;period;varde", "9997;H-1.1;2018-T2;12"));
        navigate("indikator/" + visits, IndicatorView.class);
        assertThat($(Paragraph.class).withId("indicator-rejected").exists())
                .as("a later file gave the value")
                .isFalse();
        assertThat(text("indicator")).contains("Värde som används 12 (2018-T2)");
    }

    private long id(String code) {
        return fulfilment.results("9997", 2018, fulfilment.defaultEvaluationDate(2018)).rows(Level.INDIKATOR).stream()
                .filter(r -> code.equals(r.code()))
                .findFirst()
                .orElseThrow()
                .subjectId();
    }

    private String text(String id) {
        return Text.of($(com.vaadin.flow.component.html.Div.class).id(id));
    }

    private record CsvFile(String name, String header, String[] rows) {}

    private static CsvFile file(String name, String header, String... rows) {
        return new CsvFile(name, header, rows);
    }

    private void importFiles(CsvFile... files) throws Exception {
        TestInbox inbox = new TestInbox(Files.createTempDirectory("maltavla-rejected-hint"));
        for (CsvFile file : files) {
            inbox.write(
                    file.name(),
                    java.util.stream.Stream.concat(
                                    java.util.stream.Stream.of(file.header()), java.util.Arrays.stream(file.rows()))
                            .toArray(String[]::new));
        }
        ImportRunResult result = imports.run(
                inbox.root(), ImportTrigger.COMMAND, Messages.SWEDISH, Duration.ofSeconds(60), ImportProgress.NONE);
        assertThat(result.failure()).as(result.toString()).isNull();
    }
}
