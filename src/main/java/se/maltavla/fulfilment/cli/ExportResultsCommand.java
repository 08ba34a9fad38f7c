package se.maltavla.fulfilment.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.stereotype.Component;
import se.maltavla.fulfilment.FulfilmentService;
import se.maltavla.fulfilment.UnknownMunicipalityException;
import se.maltavla.shared.InvalidValueException;
import se.maltavla.shared.MunicipalityCode;

/** {@code jobs/export-results KOMMUN YEAR OUT.csv [DATE]} (docs/import-contract.md §10). */
@Component
public class ExportResultsCommand {

    private final FulfilmentService fulfilment;

    ExportResultsCommand(FulfilmentService fulfilment) {
        this.fulfilment = fulfilment;
    }

    /** Exit status 0 when written, 1 with a message on standard error otherwise. */
    public int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length < 3 || args.length > 4) {
            err.println("Usage: jobs/export-results KOMMUN YEAR OUT.csv [DATE]");
            return 1;
        }
        String municipality;
        int year;
        LocalDate date;
        try {
            municipality = MunicipalityCode.parse(args[0]).value();
        } catch (InvalidValueException e) {
            err.println("Not a municipality code (four digits, e.g. 1081): " + args[0]);
            return 1;
        }
        if (!args[1].matches("\\d{4}")) {
            err.println("Not a year (four digits, e.g. 2017): " + args[1]);
            return 1;
        }
        year = Integer.parseInt(args[1]);
        try {
            date = args.length == 4 ? LocalDate.parse(args[3]) : fulfilment.defaultEvaluationDate(year);
        } catch (DateTimeParseException e) {
            err.println("Not a date (YYYY-MM-DD): " + args[3]);
            return 1;
        }
        Path target = Path.of(args[2]).toAbsolutePath();
        Path temporary = target.resolveSibling("." + target.getFileName() + ".tmp");
        try {
            try (BufferedWriter writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                fulfilment.exportResults(municipality, year, date, writer);
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (UnknownMunicipalityException e) {
            err.println("No municipality " + municipality + " in the database.");
            return 1;
        } catch (IOException e) {
            err.println("Could not write " + target + ": " + e.getMessage());
            return 1;
        } finally {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // nothing left to clean
            }
        }
        out.println("Results for " + municipality + ", plan year " + year + ", evaluated " + date + ": " + target);
        return 0;
    }
}
