package se.maltavla.dataimport.ui;

import com.vaadin.flow.component.Component;
import java.io.Writer;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.maltavla.dataimport.FileResult;
import se.maltavla.dataimport.FileStatus;
import se.maltavla.dataimport.ImportRunSummary;
import se.maltavla.shared.table.Cell;
import se.maltavla.shared.table.TableTarget;
import se.maltavla.shared.table.TableWriter;

/**
 * The runs the view shows, as CSV in the export dialect: a row per file (a run without files
 * gets one row of its own), with the counts, status codes as the JSON API gives them, and the
 * file's warnings and message. The workbook of the same rows says the codes in words of the UI's
 * language (what started a run, how it ended, the file's kind and outcome) and has times as
 * date-time cells; the CSV keeps the codes, which programs read (docs/import-contract.md §9).
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
        write(runs, Words.CODES, TableTarget.csv(out));
    }

    static void write(List<ImportRunSummary> runs, Words words, TableTarget out) {
        try (TableWriter csv = out.open(HEADER)) {
            for (ImportRunSummary run : runs) {
                String ended =
                        words.word("import.runs.status." + RunState.of(run).code());
                Object[] start = {
                    run.runId(),
                    time(run.startedAt()),
                    time(run.finishedAt()),
                    Cell.word(run.trigger(), words.word("import.runs.trigger." + run.trigger())),
                    run.exitStatus() == null ? null : Cell.word(String.valueOf(run.exitStatus()), ended)
                };
                if (run.files().isEmpty()) {
                    csv.row(concat(start, new Object[] {
                        null, null, Cell.word(run.status(), ended), null, null, null, null, null, run.error()
                    }));
                }
                for (FileResult f : run.files()) {
                    csv.row(concat(start, new Object[] {
                        f.fileName(),
                        Cell.word(f.kind(), words.word("import.kind." + f.kind())),
                        Cell.word(
                                f.status().name(),
                                words.word("import.export.status." + f.status().name())),
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

    private static Object time(OffsetDateTime time) {
        return time == null
                ? null
                : Cell.time(time.atZoneSameInstant(ImportTexts.SWEDEN).toLocalDateTime(), ImportTexts.when(time));
    }

    /** The words of the codes, taken from the view when it is built (the download is written later). */
    record Words(Map<String, String> words) {

        static final Words CODES = new Words(Map.of());

        static Words of(Component view) {
            Map<String, String> words = new HashMap<>();
            for (String trigger : List.of("SCHEDULE", "COMMAND", "DASHBOARD", "FIRST_START")) {
                put(view, words, "import.runs.trigger." + trigger);
            }
            for (RunState state : RunState.values()) {
                put(view, words, "import.runs.status." + state.code());
            }
            for (String kind : List.of("strategi", "handlingsplan", "utfall", "berattelse", "aktiviteter")) {
                put(view, words, "import.kind." + kind);
            }
            for (FileStatus status : FileStatus.values()) {
                put(view, words, "import.export.status." + status.name());
            }
            return new Words(Map.copyOf(words));
        }

        private static void put(Component view, Map<String, String> words, String key) {
            String word = view.getTranslation(key);
            if (!word.startsWith("!")) {
                words.put(key, word);
            }
        }

        /** The word, or null for a code without one (the code is written then). */
        String word(String key) {
            return words.get(key);
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
