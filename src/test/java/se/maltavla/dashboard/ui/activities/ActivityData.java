package se.maltavla.dashboard.ui.activities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.util.FileSystemUtils;
import se.maltavla.dataimport.ImportProgress;
import se.maltavla.dataimport.ImportRunResult;
import se.maltavla.dataimport.ImportService;
import se.maltavla.dataimport.ImportTrigger;
import se.maltavla.shared.i18n.Messages;
import se.maltavla.support.ImportTestBase;
import se.maltavla.support.TestInbox;

/**
 * A small municipality of its own, 9901, for the view tests (so that it lives beside whatever the
 * other UI tests import): a strategy for 2016–2017, a plan for each year, and four activities in
 * 2016, one of them going on. Importing again changes nothing.
 */
final class ActivityData {

    static final String ACTIVITIES_HEADER =
            "kommun;aktivitet_kod;typ;namn;namnd;partner;land;startdatum;slutdatum;budget_sek;"
                    + "extern_finansiering_sek;finansiar;kopplingar;perspektiv;agare;utforare;forankrad;rapporterad";

    private final ImportService imports;

    ActivityData(ImportService imports) {
        this.imports = imports;
    }

    void importIt() {
        Path folder;
        try {
            folder = Files.createTempDirectory("maltavla-activities-ui");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TestInbox inbox = new TestInbox(folder);
        inbox.write(
                "strategi.csv",
                ImportTestBase.STRATEGY_HEADER,
                "9901;S1;strategi;S1;Internationell strategi;;2016-01-01;2017-12-31",
                "9901;S1;prioriterat_omrade;PO1;Hållbara städer;;;",
                "9901;S1;perspektiv;PER1;Jämställdhet;;;");
        inbox.write(
                "handlingsplan.csv",
                ImportTestBase.PLAN_HEADER,
                "9901;Kommunstyrelsen;2016;M1;Fler EU-projekt;I1;Antal projekt;tal;oka;0;10;PO1;",
                "9901;Kommunstyrelsen;2017;M1;Fler EU-projekt;I1;Antal projekt;tal;oka;0;10;PO1;");
        inbox.write(
                "aktiviteter.csv",
                ACTIVITIES_HEADER,
                "9901;VO-A;vanort;Vänort Schopfheim;Kommunstyrelsen;Stadt Schopfheim;DE;2016-01-01;2016-12-31;;;;PO1;;KS;Kansliet;ja;ja",
                "9901;PR-B;projekt;BalticWater;;\"Elbląg; Klaipėda\";Polen;2016-09-01;2016-12-31;2 400 000;1 800 000;Interreg;PO1;PER1;VD;;;",
                "9901;NV-C;natverk;Eurocities;Kommunstyrelsen;Eurocities;BE;2016-01-01;;45 000;;;PO1;;KS;Kansliet;ja;ja",
                "9901;UT-D;utbyte;Studieresa Kyoto;Kommunstyrelsen;Kyoto;Japan;2016-05-01;2016-05-10;;;;PO1;;KS;Kansliet;ja;ja");
        ImportRunResult result = imports.run(
                folder, ImportTrigger.COMMAND, Messages.SWEDISH, Duration.ofSeconds(60), ImportProgress.NONE);
        assertThat(result.exitStatus()).as(result.toString()).isZero();
        FileSystemUtils.deleteRecursively(folder.toFile());
    }
}
