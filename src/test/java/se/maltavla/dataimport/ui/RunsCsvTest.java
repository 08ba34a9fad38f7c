package se.maltavla.dataimport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.maltavla.dataimport.FileResult;
import se.maltavla.dataimport.FileStatus;
import se.maltavla.dataimport.ImportRunSummary;

class RunsCsvTest {

    private static final OffsetDateTime TWO_AM = OffsetDateTime.of(2026, 11, 23, 1, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void writes_a_row_per_file_with_its_counts_and_one_for_a_run_without_files() {
        FileResult utfall = new FileResult(
                5,
                "utfall.csv",
                "utfall",
                FileStatus.IMPORTED,
                10,
                4,
                3,
                1,
                2,
                List.of(),
                List.of("Okända kolumner ignorerades: extra"),
                null,
                null,
                "archive/2026-11-23/utfall.csv");
        FileResult unknown = new FileResult(
                6,
                "=okand.csv",
                null,
                FileStatus.REJECTED,
                0,
                0,
                0,
                0,
                0,
                List.of(),
                List.of(),
                "Okänd filtyp",
                null,
                "failed/okand.csv");
        StringWriter out = new StringWriter();

        RunsCsv.write(
                List.of(
                        new ImportRunSummary(
                                2,
                                TWO_AM,
                                TWO_AM.plusMinutes(1),
                                "COMPLETED",
                                "SCHEDULE",
                                2,
                                null,
                                List.of(utfall, unknown)),
                        new ImportRunSummary(
                                1,
                                TWO_AM.minusDays(1),
                                null,
                                "FAILED",
                                "COMMAND",
                                1,
                                "Databasen svarar inte",
                                List.of())),
                out);

        assertThat(out.toString())
                .isEqualTo("\uFEFF"
                        + "korning;startad;avslutad;utlost_av;slutstatus;fil;typ;status;lasta;nya;uppdaterade;oforandrade;avvisade;meddelande\r\n"
                        + "2;2026-11-23 02:00;2026-11-23 02:01;SCHEDULE;2;utfall.csv;utfall;IMPORTED;10;4;3;1;2;Okända kolumner ignorerades: extra\r\n"
                        + "2;2026-11-23 02:00;2026-11-23 02:01;SCHEDULE;2;'=okand.csv;;REJECTED;0;0;0;0;0;Okänd filtyp\r\n"
                        + "1;2026-11-22 02:00;;COMMAND;1;;;FAILED;;;;;;Databasen svarar inte\r\n");
    }
}
