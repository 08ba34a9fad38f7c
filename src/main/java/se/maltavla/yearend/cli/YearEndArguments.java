package se.maltavla.yearend.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import se.maltavla.shared.i18n.Messages;

/**
 * {@code jobs/year-end}'s arguments, read before Måltavla starts: the subcommand, its positional
 * arguments, its own options ({@code --date}, {@code --reason}, {@code --version}, {@code --lang};
 * written {@code --name=value} or {@code --name value}), and what is left for Spring
 * ({@code --spring.datasource.url=…}).
 *
 * @param subcommand empty when none was given
 */
public record YearEndArguments(
        String subcommand, List<String> positional, Map<String, String> options, List<String> springArguments) {

    /** The options the subcommands read; any other {@code --name=value} is Spring's. */
    static final Set<String> OPTIONS = Set.of("date", "reason", "version", "lang");

    public YearEndArguments {
        positional = List.copyOf(positional);
        options = Map.copyOf(options);
        springArguments = List.copyOf(springArguments);
    }

    public static YearEndArguments parse(String... args) {
        List<String> positional = new ArrayList<>();
        Map<String, String> options = new LinkedHashMap<>();
        List<String> spring = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                positional.add(arg);
                continue;
            }
            String name = arg.substring(2);
            String value = null;
            int equals = name.indexOf('=');
            if (equals >= 0) {
                value = name.substring(equals + 1);
                name = name.substring(0, equals);
            }
            if (OPTIONS.contains(name)) {
                if (value == null && i + 1 < args.length && !args[i + 1].startsWith("--")) {
                    value = args[++i];
                }
                options.put(name, value == null ? "" : value);
            } else {
                spring.add(arg);
            }
        }
        String subcommand = positional.isEmpty() ? "" : positional.removeFirst();
        return new YearEndArguments(subcommand, positional, options, spring);
    }

    /** The language of the messages and of a report: {@code --lang=en} for English, else Swedish. */
    public Locale language() {
        return Messages.locale(options.getOrDefault("lang", "sv"));
    }

    String option(String name) {
        return options.get(name);
    }

    @Override
    public String toString() {
        return subcommand + " " + positional + " " + options + " " + Arrays.toString(springArguments.toArray());
    }
}
