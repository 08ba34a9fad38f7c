package se.maltavla.yearend.cli;

import java.io.PrintStream;

/** One subcommand of {@code jobs/year-end}: a Spring bean, found by {@link YearEndCommand} by its name. */
public interface YearEndSubcommand {

    /** The word that chooses it: {@code lock}, {@code reopen}, {@code report}, … */
    String name();

    /** Its usage line's message key (i18n/yearend-cli), e.g. {@code cli.usage.lock}. */
    default String usageKey() {
        return "cli.usage." + name();
    }

    /**
     * Runs it as the server's operator.
     *
     * @return the exit status: 0 done, 1 with a message on {@code err}
     */
    int run(YearEndArguments arguments, CommandTexts texts, PrintStream out, PrintStream err);
}
