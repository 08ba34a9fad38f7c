package se.maltavla.dashboard.ui.reporting;

import java.io.Writer;
import java.util.List;
import se.maltavla.dataimport.CommitteeReporting;
import se.maltavla.shared.csv.ExcelCsv;

/** Rapporteringsläge as CSV, in the export's dialect (column names as the import's, in Swedish). */
final class ReportingStatusCsv {

    private ReportingStatusCsv() {}

    static void write(List<CommitteeReporting> rows, Writer out) {
        try (ExcelCsv csv = new ExcelCsv(
                out,
                List.of(
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
                        row.lastFileAt() == null
                                ? null
                                : ReportingStatusView.WHEN.format(
                                        row.lastFileAt().atZoneSameInstant(ReportingStatusView.SWEDEN)),
                        row.lastFileBy(),
                        row.latestPeriod(),
                        row.indicators(),
                        row.reportedForLatest(),
                        row.rejectedWaiting(),
                        String.join("|", row.reporters()));
            }
        }
    }
}
