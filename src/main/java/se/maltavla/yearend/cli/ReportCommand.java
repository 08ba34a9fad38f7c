package se.maltavla.yearend.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import org.springframework.stereotype.Component;
import se.maltavla.shared.municipality.SwedishMunicipalities;
import se.maltavla.yearend.Snapshot;
import se.maltavla.yearend.YearEndReports;
import se.maltavla.yearend.YearEndService;

/**
 * {@code jobs/year-end report KOMMUN YEAR OUT.pdf [--lang=en] [--version N]}: the written report of
 * the version in force (or the given one); of a year not locked, a draft with "Utkast" on every
 * page. Written whole or not at all.
 */
@Component
class ReportCommand implements YearEndSubcommand {

    private final YearEndService yearEnd;
    private final YearEndReports reports;

    ReportCommand(YearEndService yearEnd, YearEndReports reports) {
        this.yearEnd = yearEnd;
        this.reports = reports;
    }

    @Override
    public String name() {
        return "report";
    }

    @Override
    public int run(YearEndArguments arguments, CommandTexts texts, PrintStream out, PrintStream err) {
        if (arguments.positional().size() != 3) {
            err.println(texts.get(usageKey()));
            return 1;
        }
        String municipality = texts.municipality(arguments.positional().get(0));
        int year = texts.year(arguments.positional().get(1));
        Integer version = texts.version(arguments.option("version"));
        Snapshot snapshot = yearEnd.forDocuments(municipality, year, version);
        Path target = OutputFiles.target(arguments.positional().get(2));
        try {
            OutputFiles.writeWhole(target, pdf -> reports.pdf(snapshot, texts.locale(), pdf));
        } catch (IOException e) {
            err.println(texts.get("cli.error.write", target.toString(), String.valueOf(e.getMessage())));
            return 1;
        }
        out.println(
                snapshot.draft()
                        ? texts.get(
                                "cli.report.draft", year, SwedishMunicipalities.name(municipality), target.toString())
                        : texts.get(
                                "cli.report",
                                year,
                                SwedishMunicipalities.name(municipality),
                                snapshot.version(),
                                target.toString()));
        return 0;
    }
}
