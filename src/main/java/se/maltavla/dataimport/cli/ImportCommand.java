package se.maltavla.dataimport.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.springframework.stereotype.Component;
import se.maltavla.dataimport.ImportProgress;
import se.maltavla.dataimport.ImportRunResult;
import se.maltavla.dataimport.ImportService;
import se.maltavla.dataimport.ImportTrigger;
import se.maltavla.dataimport.RunSummaryFormatter;

/** {@code jobs/import INBOX}: one run, the summary on standard output, the exit status of docs/import-contract.md §8.9. */
@Component
public class ImportCommand {

    private final ImportService imports;
    private final RunSummaryFormatter formatter;

    ImportCommand(ImportService imports, RunSummaryFormatter formatter) {
        this.imports = imports;
        this.formatter = formatter;
    }

    public int run(Path inbox, Locale language, Duration wait, PrintStream out) {
        // recorded in the audit log as started by the operating system's user on the command line
        ImportRunResult result = se.maltavla.audit.Operator.run(
                "jobs/import", () -> imports.run(inbox, ImportTrigger.COMMAND, language, wait, ImportProgress.NONE));
        out.print(formatter.format(result, language));
        out.flush();
        return result.exitStatus();
    }
}
