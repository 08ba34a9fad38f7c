package se.maltavla.yearend.cli;

import java.io.PrintStream;
import org.springframework.stereotype.Component;
import se.maltavla.shared.municipality.SwedishMunicipalities;
import se.maltavla.yearend.YearEndService;
import se.maltavla.yearend.YearEndVersion;

/** {@code jobs/year-end lock KOMMUN YEAR [--date YYYY-MM-DD]}: locks the plan year and prints its version. */
@Component
class LockCommand implements YearEndSubcommand {

    private final YearEndService yearEnd;

    LockCommand(YearEndService yearEnd) {
        this.yearEnd = yearEnd;
    }

    @Override
    public String name() {
        return "lock";
    }

    @Override
    public int run(YearEndArguments arguments, CommandTexts texts, PrintStream out, PrintStream err) {
        if (arguments.positional().size() != 2) {
            err.println(texts.get(usageKey()));
            return 1;
        }
        String municipality = texts.municipality(arguments.positional().get(0));
        int year = texts.year(arguments.positional().get(1));
        YearEndVersion locked = yearEnd.lock(municipality, year, texts.date(arguments.option("date")));
        out.println(texts.get(
                "cli.locked",
                year,
                SwedishMunicipalities.name(municipality),
                locked.evaluationDate().toString(),
                locked.version()));
        return 0;
    }
}
