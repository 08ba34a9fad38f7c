package se.maltavla.yearend.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import org.springframework.stereotype.Component;
import se.maltavla.shared.municipality.SwedishMunicipalities;
import se.maltavla.yearend.slides.Presentation;
import se.maltavla.yearend.slides.SlideDeck;

/**
 * {@code jobs/year-end slides KOMMUN YEAR OUT.pdf [--lang=en] [--version N]}: the presentation as a
 * PDF, one 16:9 page per slide, of the version in force (or the given one); of a year not locked, a
 * draft whose every slide says "Utkast". Written whole or not at all.
 */
@Component
class SlidesCommand implements YearEndSubcommand {

    private final Presentation presentation;

    SlidesCommand(Presentation presentation) {
        this.presentation = presentation;
    }

    @Override
    public String name() {
        return "slides";
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
        SlideDeck deck = presentation.deck(municipality, year, version, texts.locale());
        Path target = OutputFiles.target(arguments.positional().get(2));
        try {
            OutputFiles.writeWhole(target, pdf -> presentation.writePdf(deck, pdf));
        } catch (IOException e) {
            err.println(texts.get("cli.error.write", target.toString(), String.valueOf(e.getMessage())));
            return 1;
        }
        out.println(
                deck.draft()
                        ? texts.get(
                                "cli.slides.draft",
                                year,
                                SwedishMunicipalities.name(municipality),
                                deck.slides().size(),
                                target.toString())
                        : texts.get(
                                "cli.slides",
                                year,
                                SwedishMunicipalities.name(municipality),
                                deck.version(),
                                deck.slides().size(),
                                target.toString()));
        return 0;
    }
}
