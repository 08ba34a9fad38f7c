package se.maltavla.yearend.cli;

import java.io.PrintStream;
import org.springframework.stereotype.Component;
import se.maltavla.shared.municipality.SwedishMunicipalities;
import se.maltavla.yearend.YearEndService;
import se.maltavla.yearend.YearEndVersion;

/** {@code jobs/year-end reopen KOMMUN YEAR --reason TEXT}: reopens a locked plan year; its version is kept. */
@Component
class ReopenCommand implements YearEndSubcommand {

    private final YearEndService yearEnd;

    ReopenCommand(YearEndService yearEnd) {
        this.yearEnd = yearEnd;
    }

    @Override
    public String name() {
        return "reopen";
    }

    @Override
    public int run(YearEndArguments arguments, CommandTexts texts, PrintStream out, PrintStream err) {
        if (arguments.positional().size() != 2) {
            err.println(texts.get(usageKey()));
            return 1;
        }
        String municipality = texts.municipality(arguments.positional().get(0));
        int year = texts.year(arguments.positional().get(1));
        YearEndVersion reopened = yearEnd.reopen(municipality, year, arguments.option("reason"));
        out.println(texts.get("cli.reopened", year, SwedishMunicipalities.name(municipality), reopened.version()));
        return 0;
    }
}
