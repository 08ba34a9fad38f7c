package se.maltavla.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import se.maltavla.dataimport.FileResult;
import se.maltavla.dataimport.FileStatus;
import se.maltavla.dataimport.ImportProgress;
import se.maltavla.dataimport.ImportRunResult;
import se.maltavla.dataimport.ImportService;
import se.maltavla.dataimport.ImportTrigger;
import se.maltavla.shared.i18n.Messages;

/** Import tests: an inbox per test, a small strategy and plan to import against. */
public abstract class ImportTestBase extends DatabaseTest {

    public static final String STRATEGY_HEADER = "kommun;strategi;typ;kod;namn;kopplingar;giltig_fran;giltig_till";
    public static final String PLAN_HEADER =
            "kommun;namnd;ar;mal_kod;mal;indikator_kod;indikator;typ;riktning;utgangsvarde;malvarde;kopplingar;perspektiv";

    public static final String UTFALL_HEADER = "kommun;indikator_kod;period;varde";

    @Autowired
    protected ImportService imports;

    @TempDir
    Path folder;

    protected TestInbox inbox;

    @BeforeEach
    void newInbox() {
        inbox = new TestInbox(folder);
    }

    /** Ronneby-like: strategy S1 2016–2017 with priority area PO1 linked to council goal FM1. */
    protected void writeStrategy() {
        inbox.write(
                "strategi.csv",
                STRATEGY_HEADER,
                "1081;S1;strategi;S1;Internationell strategi;;2016-01-01;2017-12-31",
                "1081;S1;prioriterat_omrade;PO1;Hållbara städer;FM1;;",
                "1081;S1;fullmaktigemal;FM1;Attraktivt boende;;;",
                "1081;S1;perspektiv;PER1;Jämställdhet;;;");
    }

    /** Goal M1 of Kommunstyrelsen 2016 with a number indicator I1 and a milestone I2. */
    protected void writePlan() {
        inbox.write(
                "handlingsplan.csv",
                PLAN_HEADER,
                "1081;Kommunstyrelsen;2016;M1;Fler EU-projekt;I1;Antal projekt;tal;oka;0;10;PO1;",
                "1081;Kommunstyrelsen;2016;M1;Fler EU-projekt;I2;Ansökan inlämnad;ja_nej;;;ja;PO1;PER1");
    }

    /** Strategy and plan imported in a run of their own. */
    protected void importStrategyAndPlan() {
        writeStrategy();
        writePlan();
        ImportRunResult setup = run();
        assertThat(setup.exitStatus()).as(setup.toString()).isZero();
    }

    protected ImportRunResult run() {
        return run(Messages.SWEDISH);
    }

    protected ImportRunResult run(java.util.Locale language) {
        ImportRunResult result =
                imports.run(inbox.root(), ImportTrigger.COMMAND, language, Duration.ofSeconds(30), ImportProgress.NONE);
        for (FileResult file : result.files()) {
            if (file.status() == FileStatus.IMPORTED) {
                assertThat(file.rowsRead())
                        .as("rows read = new + updated + unchanged + rejected for " + file.fileName())
                        .isEqualTo(file.rowsNew() + file.rowsUpdated() + file.rowsUnchanged() + file.rowsRejected());
            }
        }
        return result;
    }

    /** The stored number for an indicator of 2016 (municipality 1081) and a period, or null. */
    protected java.math.BigDecimal measuredNumber(String indicator, String period) {
        return measurement(indicator, period).map(r -> r.getValueNumber()).orElse(null);
    }

    /** The stored yes/no for an indicator of 2016 (municipality 1081) and a period, or null. */
    protected Boolean measuredYes(String indicator, String period) {
        return measurement(indicator, period).map(r -> r.getValueYes()).orElse(null);
    }

    protected java.util.Optional<se.maltavla.db.tables.records.MeasurementRecord> measurement(
            String indicator, String period) {
        return db.selectFrom(se.maltavla.db.Tables.MEASUREMENT)
                .where(se.maltavla.db.Tables.MEASUREMENT.PERIOD.eq(period))
                .and(se.maltavla.db.Tables.MEASUREMENT.INDICATOR_ID.in(db.select(se.maltavla.db.Tables.INDICATOR.ID)
                        .from(se.maltavla.db.Tables.INDICATOR)
                        .where(se.maltavla.db.Tables.INDICATOR.CODE.eq(indicator))))
                .fetchOptional();
    }

    protected static FileResult file(ImportRunResult result, String name) {
        return result.files().stream()
                .filter(f -> f.fileName().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + result.files()));
    }
}
