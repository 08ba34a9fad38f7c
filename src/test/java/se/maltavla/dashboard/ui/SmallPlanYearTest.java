package se.maltavla.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.NativeTableRow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import se.maltavla.dashboard.Selection;
import se.maltavla.dataimport.ImportProgress;
import se.maltavla.dataimport.ImportRunResult;
import se.maltavla.dataimport.ImportService;
import se.maltavla.dataimport.ImportTrigger;
import se.maltavla.shared.i18n.Messages;
import se.maltavla.support.TestInbox;
import se.maltavla.support.UiTest;

/**
 * Browserless tests over a small plan year (the nämnd, matrix and settings views), in a municipality of its own
 * ({@value #MUNICIPALITY}) so that it lives beside whatever other UI tests import:
 *
 * <pre>
 * priority areas  PO1 → FM1, EXT1      PO2 → FM2
 * external        EXT1 → EXT2 (both Europa 2020), EXT3 (EUSBSR)
 * Nämnd A         M1 (PO1)  I1 6 of 10   60 %  delvis
 *                 M3 (PO1, FM2) I3 3 of 10   30 %  ej uppfyllt      → Nämnd A 45 %  ej uppfyllt
 * Nämnd B         M2 (PO2)  I2 10 of 10 100 %  uppfyllt            → Nämnd B 100 % uppfyllt
 * </pre>
 */
public abstract class SmallPlanYearTest extends UiTest {

    public static final String MUNICIPALITY = "2901";
    public static final int YEAR = 2016;

    @Autowired
    ImportService imports;

    @Autowired
    protected ApplicationContext spring;

    /** Imports the plan year (again: unchanged rows stay as they are) and shows it in this session. */
    @BeforeEach
    void importAndSelect() {
        Path folder;
        try {
            folder = Files.createTempDirectory("small-plan-year");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TestInbox inbox = new TestInbox(folder);
        inbox.write(
                "strategi.csv",
                "kommun;strategi;typ;kod;namn;kopplingar;grupp;giltig_fran;giltig_till",
                "2901;S1;strategi;S1;Liten strategi;;;2016-01-01;2017-12-31",
                "2901;S1;prioriterat_omrade;PO1;Hållbara städer;FM1|EXT1;;;",
                "2901;S1;prioriterat_omrade;PO2;Unga på väg;FM2;;;",
                "2901;S1;fullmaktigemal;FM1;Attraktivt boende;;;;",
                "2901;S1;fullmaktigemal;FM2;En bra skola;;;;",
                "2901;S1;extern;EXT1;Klart vatten i havet;EXT2;Europa 2020;;",
                "2901;S1;extern;EXT2;Rädda havet;;Europa 2020;;",
                "2901;S1;extern;EXT3;Sammanlänka regionen;;EUSBSR;;");
        inbox.write(
                "handlingsplan.csv",
                "kommun;namnd;ar;mal_kod;mal;indikator_kod;indikator;typ;riktning;utgangsvarde;malvarde;kopplingar;perspektiv",
                "2901;Nämnd A;2016;M1;Renare vatten;I1;Provtagningar;tal;oka;0;10;PO1;",
                "2901;Nämnd A;2016;M3;Fler utbyten;I3;Utbyten;tal;oka;0;10;PO1|FM2;",
                "2901;Nämnd B;2016;M2;Fler elever utomlands;I2;Elever;tal;oka;0;10;PO2;");
        inbox.write(
                "utfall.csv",
                "kommun;indikator_kod;period;varde",
                "2901;I1;2016;6",
                "2901;I3;2016;3",
                "2901;I2;2016;10");
        ImportRunResult result = imports.run(
                folder, ImportTrigger.COMMAND, Messages.SWEDISH, Duration.ofSeconds(30), ImportProgress.NONE);
        assertThat(result.exitStatus()).as(result.toString()).isZero();
        spring.getBean(DashboardContext.class).select(new Selection(MUNICIPALITY, YEAR, null));
    }

    /** What a row of the nämnd list says, found by the nämnd's name. */
    protected String committeeRow(String name) {
        return $(NativeTableRow.class).all().stream()
                .filter(r -> name.equals(r.getElement().getAttribute("data-committee")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + name))
                .getElement()
                .getTextRecursively();
    }
}
