package se.maltavla.dashboard.ui.reporting;

import java.io.Writer;
import java.time.LocalDateTime;
import java.util.List;
import se.maltavla.dataimport.CommitteeReporting;
import se.maltavla.shared.table.Cell;
import se.maltavla.shared.table.TableTarget;
import se.maltavla.shared.table.TableWriter;

/**
 * Rapporteringsläge as CSV, in the export's dialect (column names as the import's, in Swedish), or
 * as a workbook with the same columns (the time a date cell, the counts numbers).
 */
final class ReportingStatusCsv {

    private ReportingStatusCsv() {}

    static void write(List<CommitteeReporting> rows, Writer out) {
        write(rows, TableTarget.csv(out));
    }

    static void write(List<CommitteeReporting> rows, TableTarget out) {
        try (TableWriter csv = out.open(List.of(
                "namnd",
                "senaste_fil",
                "inlast",
                "uppladdad_av",
                "senaste_period",
                "indikatorer",
                "rapporterade_senaste_period",
                "avvisade_rader_som_vantar",
                "rapportorer"))) {
            for (CommitteeReporting row : rows) {
                csv.row(
                        row.committee(),
                        row.lastFile(),
                        when(row),
                        row.lastFileBy(),
                        row.latestPeriod(),
                        row.indicators(),
                        row.reportedForLatest(),
                        row.rejectedWaiting(),
                        String.join("|", row.reporters()));
            }
        }
    }

    private static Object when(CommitteeReporting row) {
        if (row.lastFileAt() == null) {
            return null;
        }
        LocalDateTime at =
                row.lastFileAt().atZoneSameInstant(ReportingStatusView.SWEDEN).toLocalDateTime();
        return Cell.time(at, ReportingStatusView.WHEN.format(at));
    }
}
