package se.maltavla.dataimport;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The run's summary as text, per file (docs/import-contract.md §8.8): printed by jobs/import and logged. */
@Component
public class RunSummaryFormatter {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final MessageSource messages;

    public RunSummaryFormatter(MessageSource messages) {
        this.messages = messages;
    }

    public String format(ImportRunResult run, Locale locale) {
        StringBuilder out = new StringBuilder();
        if (run.failure() != null) {
            out.append(text(locale, "summary.failed", run.failure())).append('\n');
        }
        if (run.files().isEmpty() && run.failure() == null) {
            out.append(text(locale, "summary.nofiles")).append('\n');
        }
        for (FileResult file : run.files()) {
            out.append(file.fileName());
            if (file.kind() != null) {
                out.append(" (").append(file.kind()).append(')');
            }
            out.append(": ").append(fileStatus(file, locale));
            out.append('\n');
            for (String warning : file.warnings()) {
                out.append("  ")
                        .append(text(locale, "summary.warning", warning))
                        .append('\n');
            }
            for (Rejection r : file.firstRejections()) {
                out.append("  ")
                        .append(text(locale, "summary.rejection", r.line(), r.column(), r.value(), r.reason()))
                        .append('\n');
            }
            if (file.rowsRejected() > file.firstRejections().size()) {
                out.append("  ")
                        .append(text(
                                locale,
                                "summary.morerejections",
                                file.rowsRejected() - file.firstRejections().size()))
                        .append('\n');
            }
        }
        out.append(text(locale, "summary.exit", run.exitStatus())).append('\n');
        return out.toString();
    }

    /** One file's outcome in a line: its counts, or why it was rejected or skipped. */
    public String fileStatus(FileResult file, Locale locale) {
        return switch (file.status()) {
            case REJECTED -> text(locale, "summary.rejectedwhole", file.message());
            case ALREADY_IMPORTED ->
                text(
                        locale,
                        "summary.already",
                        file.previousImport() == null
                                ? "?"
                                : WHEN.format(file.previousImport()
                                        .atZoneSameInstant(java.time.ZoneId.of("Europe/Stockholm"))));
            case PROCESSING -> text(locale, "summary.processing", file.rowsRead());
            case IMPORTED -> counts(file, locale);
            case FAILED -> text(locale, "summary.failedfile", file.message()) + " (" + counts(file, locale) + ")";
            case WAITING -> text(locale, "summary.waiting", file.message());
            case SKIPPED -> text(locale, "summary.skipped", file.message());
            case UNREADABLE -> text(locale, "summary.unreadable", file.message());
            case INTERRUPTED ->
                text(locale, "summary.interrupted", file.rowsRead(), file.message() == null ? "" : file.message());
        };
    }

    private String counts(FileResult file, Locale locale) {
        return text(
                locale,
                "summary.counts",
                file.rowsRead(),
                file.rowsNew(),
                file.rowsUpdated(),
                file.rowsUnchanged(),
                file.rowsRejected());
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
