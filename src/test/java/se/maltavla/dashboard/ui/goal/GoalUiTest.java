package se.maltavla.dashboard.ui.goal;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithMockUser;
import se.maltavla.actionplan.ActionPlanService;
import se.maltavla.dashboard.Selection;
import se.maltavla.dashboard.ui.DashboardContext;
import se.maltavla.dataimport.ImportProgress;
import se.maltavla.dataimport.ImportRunResult;
import se.maltavla.dataimport.ImportService;
import se.maltavla.dataimport.ImportTrigger;
import se.maltavla.fulfilment.FulfilmentService;
import se.maltavla.fulfilment.Level;
import se.maltavla.fulfilment.PlanYearResults;
import se.maltavla.fulfilment.ResultRow;
import se.maltavla.shared.i18n.Messages;
import se.maltavla.support.TestInbox;
import se.maltavla.support.Text;
import se.maltavla.support.UiTest;

/**
 * Browserless tests of the goal views over a small plan year of their own: municipality 9999 (after the real
 * ones, so that other views' tests still open on theirs), one goal T-1 of Kommunstyrelsen 2017
 * linked to priority area PO-A (which serves council goal FM-A), a number indicator T-1.1
 * (3 → 5 st, weight 2, values 3, 4 and 4,5) and a milestone T-1.2 (nej, then ja) without an
 * executor and not reported. The browserless tests share one database, so it is imported once.
 */
@WithMockUser(username = "anna", roles = "VIEWER")
abstract class GoalUiTest extends UiTest {

    static final String MUNICIPALITY = "9999";
    static final int YEAR = 2017;

    @Autowired
    ImportService imports;

    @Autowired
    FulfilmentService fulfilment;

    @Autowired
    ActionPlanService plans;

    @Autowired
    ApplicationContext spring;

    /** Imports the plan year unless there, and shows it in this Vaadin session. */
    @BeforeEach
    void planYear() {
        importOnce(imports, fulfilment);
        spring.getBean(DashboardContext.class).select(new Selection(MUNICIPALITY, YEAR, null));
    }

    private static synchronized void importOnce(ImportService imports, FulfilmentService fulfilment) {
        if (fulfilment.planYears(MUNICIPALITY).contains(YEAR)) {
            return;
        }
        try {
            TestInbox inbox = new TestInbox(Files.createTempDirectory("maltavla-goal-view"));
            inbox.write(
                    "strategi.csv",
                    "kommun;strategi;typ;kod;namn;kopplingar;giltig_fran;giltig_till",
                    "9999;T-INT;strategi;T-INT;Teststrategi;;2017-01-01;2017-12-31",
                    "9999;T-INT;prioriterat_omrade;PO-A;Hållbara städer;FM-A;;",
                    "9999;T-INT;fullmaktigemal;FM-A;Attraktivt boende;;;");
            inbox.write(
                    "handlingsplan.csv",
                    "kommun;namnd;ar;mal_kod;mal;kopplingar;maldatum;indikator_kod;indikator;typ;riktning;"
                            + "enhet;utgangsvarde;malvarde;vikt;agare;utforare;forankrad;rapporterad;perspektiv",
                    "9999;Kommunstyrelsen;2017;T-1;Öka antalet EU-projekt;PO-A;2017-12-31;T-1.1;Antal EU-projekt;tal;oka;st;3;5;2;"
                            + "Kommundirektören;Internationella samordnaren;2017-02-01;2017-03-01;",
                    "9999;Kommunstyrelsen;2017;T-1;Öka antalet EU-projekt;PO-A;2017-12-31;T-1.2;Avtal med vänort klart;ja_nej;;;;ja;1;"
                            + "Kommundirektören;;2017-02-01;;");
            inbox.write(
                    "utfall-2017.csv",
                    "kommun;indikator_kod;period;varde;kommentar;rapporterad_av",
                    "9999;T-1.1;2017-T1;3;;",
                    "9999;T-1.1;2017-T2;4;Två nya ansökningar;Internationella samordnaren",
                    "9999;T-1.1;2017-T3;4,5;=SUMMA(A1);Ekonomi & <plan>",
                    "9999;T-1.2;2017-T2;nej;;",
                    "9999;T-1.2;2017-T3;ja;;");
            ImportRunResult result = imports.run(
                    inbox.root(), ImportTrigger.COMMAND, Messages.SWEDISH, Duration.ofSeconds(60), ImportProgress.NONE);
            assertThat(result.exitStatus()).as(result.toString()).isZero();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    PlanYearResults results() {
        return fulfilment.results(MUNICIPALITY, YEAR, fulfilment.defaultEvaluationDate(YEAR));
    }

    ResultRow row(Level level, String code) {
        return results().rows(level).stream()
                .filter(r -> code.equals(r.code()))
                .findFirst()
                .orElseThrow(() -> new AssertionError(code + " not in the results"));
    }

    /** What a reader sees of a component: its texts in order. */
    static String text(Component component) {
        return Text.of(component);
    }

    /** The body rows of a {@link se.maltavla.shared.ui.DataTable}, each as its cells' texts joined by " | ". */
    static List<String> rows(Component table) {
        List<String> rows = new ArrayList<>();
        collectRows(table.getElement(), rows);
        return rows;
    }

    private static void collectRows(Element element, List<String> rows) {
        if (element.isTextNode()) {
            return;
        }
        if ("tbody".equals(element.getTag())) {
            element.getChildren()
                    .forEach(row -> rows.add(String.join(
                            " | ",
                            row.getChildren()
                                    .map(cell -> Text.of(cell.getComponent().orElseThrow()))
                                    .toList())));
            return;
        }
        element.getChildren().forEach(child -> collectRows(child, rows));
    }
}
