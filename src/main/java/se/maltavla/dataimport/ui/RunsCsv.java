package se.maltavla.dataimport.ui;

import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import se.maltavla.dataimport.FileResult;
import se.maltavla.dataimport.ImportRunSummary;
import se.maltavla.shared.csv.ExcelCsv;

/**
 * The runs the view shows, as CSV in the export dialect: a row per file (a run without files
 * gets one row of its own), with the counts, status codes as the JSON API gives them, and the
 * file's warnings and message.
 */
final class RunsCsv {

    static final List<String> HEADER = List.of(
            "korning",
            "startad",
            "avslutad",
            "utlost_av",
            "slutstatus",
            "fil",
            "typ",
            "status",
            "lasta",
            "nya",
            "uppdaterade",
            "oforandrade",
            "avvisade",
            "meddelande");

    private RunsCsv() {}

    static void write(List<ImportRunSummary> runs, Writer out) {
        try (ExcelCsv csv = new ExcelCsv(out, HEADER)) {
            for (ImportRunSummary run : runs) {
                Object[] start = {
                    run.runId(),
                    ImportTexts.when(run.startedAt()),
                    run.finishedAt() == null ? null : ImportTexts.when(run.finishedAt()),
                    run.trigger(),
                    run.exitStatus()
                };
                if (run.files().isEmpty()) {
                    csv.row(concat(
                            start, new Object[] {null, null, run.status(), null, null, null, null, null, run.error()}));
                }
                for (FileResult f : run.files()) {
                    csv.row(concat(start, new Object[] {
                        f.fileName(),
                        f.kind(),
                        f.status().name(),
                        f.rowsRead(),
                        f.rowsNew(),
                        f.rowsUpdated(),
                        f.rowsUnchanged(),
                        f.rowsRejected(),
                        message(f)
                    }));
                }
            }
        }
    }

    private static String message(FileResult file) {
        List<String> parts = new ArrayList<>(file.warnings());
        if (file.message() != null) {
            parts.add(file.message());
        }
        return parts.isEmpty() ? null : String.join(" | ", parts);
    }

    private static Object[] concat(Object[] a, Object[] b) {
        Object[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
