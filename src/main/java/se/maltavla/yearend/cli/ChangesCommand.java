package se.maltavla.yearend.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.maltavla.yearend.SteeringPack;
import se.maltavla.yearend.YearEndService;
import se.maltavla.yearend.render.AccessiblePdf;
import se.maltavla.yearend.render.pack.PackDocument;

/**
 * {@code jobs/year-end changes KOMMUN YEAR [FROM TO] OUT.pdf [--lang=en]}: the steering group's pack
 * (docs/year-end.md) as an accessible PDF. FROM and TO are dates (YYYY-MM-DD); {@code -} or leaving
 * both out gives the defaults (the tertial end before the latest date, and the latest). Written whole
 * or not at all.
 */
@Component
class ChangesCommand implements YearEndSubcommand {

    private final YearEndService yearEnd;
    private final MessageSource messages;

    ChangesCommand(YearEndService yearEnd, MessageSource messages) {
        this.yearEnd = yearEnd;
        this.messages = messages;
    }

    @Override
    public String name() {
        return "changes";
    }

    @Override
    public int run(YearEndArguments arguments, CommandTexts texts, PrintStream out, PrintStream err) {
        List<String> positional = arguments.positional();
        if (positional.size() != 3 && positional.size() != 5) {
            err.println(texts.get(usageKey()));
            return 1;
        }
        String municipality = texts.municipality(positional.get(0));
        int year = texts.year(positional.get(1));
        LocalDate from = positional.size() == 5 ? date(texts, positional.get(2)) : null;
        LocalDate to = positional.size() == 5 ? date(texts, positional.get(3)) : null;
        Path target = OutputFiles.target(positional.getLast());
        SteeringPack pack = yearEnd.changes(municipality, year, from, to);
        String document = new PackDocument(messages, texts.locale()).document(pack);
        try {
            OutputFiles.writeWhole(target, pdf -> AccessiblePdf.write(document, pdf));
        } catch (IOException e) {
            err.println(texts.get("cli.error.write", target.toString(), String.valueOf(e.getMessage())));
            return 1;
        }
        out.println(texts.get(
                "cli.changes",
                pack.municipalityName(),
                year,
                pack.from().toString(),
                pack.to().toString(),
                target.toString()));
        return 0;
    }

    /** A date, or {@code -} for the default. */
    private static LocalDate date(CommandTexts texts, String raw) {
        return raw.equals("-") ? null : texts.date(raw);
    }
}
