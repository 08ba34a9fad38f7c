package se.maltavla.fulfilment.cli;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import se.maltavla.fulfilment.FulfilmentService;
import se.maltavla.fulfilment.UnknownMunicipalityException;
import se.maltavla.shared.InvalidValueException;
import se.maltavla.shared.MunicipalityCode;
import se.maltavla.shared.i18n.Messages;
import se.maltavla.shared.table.TableTarget;

/**
 * {@code jobs/export-results KOMMUN YEAR OUT.csv|OUT.xlsx [DATE] [--lang=en]} (docs/import-contract.md
 * §10): CSV, or a workbook with typed cells when the file name ends in .xlsx (its statuses in words
 * of --lang, Swedish by default).
 */
@Component
public class ExportResultsCommand {

    private final FulfilmentService fulfilment;

    ExportResultsCommand(FulfilmentService fulfilment) {
        this.fulfilment = fulfilment;
    }

    /** Exit status 0 when written, 1 with a message on standard error otherwise. */
    public int run(String[] arguments, PrintStream out, PrintStream err) {
        Locale language = Messages.SWEDISH;
        List<String> positional = new ArrayList<>();
        for (String argument : arguments) {
            if (argument.startsWith("--lang=")) {
                language = Messages.locale(argument.substring("--lang=".length()));
            } else {
                positional.add(argument);
            }
        }
        String[] args = positional.toArray(String[]::new);
        if (args.length < 3 || args.length > 4) {
            err.println("Usage: jobs/export-results KOMMUN YEAR OUT.csv|OUT.xlsx [DATE] [--lang=en]");
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
            if (target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
                try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(temporary))) {
                    fulfilment.exportResults(
                            municipality, year, date, TableTarget.workbook(stream, "resultat"), language);
                }
            } else {
                try (BufferedWriter writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                    fulfilment.exportResults(municipality, year, date, writer);
                }
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
