package se.maltavla;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.annotation.EnableScheduling;
import se.maltavla.dataimport.cli.ImportCommand;
import se.maltavla.fulfilment.cli.ExportResultsCommand;
import se.maltavla.fulfilment.cli.RecomputeCommand;
import se.maltavla.security.cli.ResetPasswordCommand;
import se.maltavla.shared.i18n.Messages;
import se.maltavla.template.cli.TemplateCommand;
import se.maltavla.yearend.cli.YearEndArguments;
import se.maltavla.yearend.cli.YearEndCommand;

/**
 * Måltavla. Without arguments: the dashboard and the nightly import. With a command as first
 * argument, the headless command line of docs/import-contract.md §10, without a web server:
 * {@code import INBOX [--lang=en]} and {@code export-results KOMMUN YEAR OUT.csv|OUT.xlsx [DATE] [--lang=en]}; {@code recompute};
 * {@code year-end lock|reopen|report|slides|changes …} (docs/year-end.md);
 * {@code template utfall|handlingsplan KOMMUN YEAR [NAMND] OUT.xlsx|OUT.zip} (docs/templates.md); and {@code reset-password USER} for whoever runs the server.
 */
@SpringBootApplication
@EnableScheduling
public class Application {

    public static void main(String[] args) {
        loopbackOnlyDatabaseServer();
        String command = args.length > 0 ? args[0] : "";
        String[] rest = args.length > 0 ? Arrays.copyOfRange(args, 1, args.length) : args;
        switch (command) {
            case "import" -> System.exit(runImport(rest));
            case "export-results" ->
                System.exit(runHeadless(
                        rest,
                        "write the export",
                        (context, positional) -> context.getBean(ExportResultsCommand.class)
                                .run(
                                        Arrays.stream(rest)
                                                .filter(a -> !a.startsWith("--") || a.startsWith("--lang="))
                                                .toArray(String[]::new),
                                        System.out,
                                        System.err)));
            case "recompute" ->
                System.exit(runHeadless(
                        rest,
                        "recompute the results",
                        (context, positional) ->
                                context.getBean(RecomputeCommand.class).run(System.out)));
            case "year-end" -> System.exit(runYearEnd(rest));
            case "template" ->
                System.exit(runHeadless(
                        rest,
                        "make the template",
                        (context, positional) -> context.getBean(TemplateCommand.class)
                                .run(List.of(positional), language(rest), System.out, System.err)));
            case "reset-password" ->
                System.exit(runHeadless(
                        rest,
                        "reset the password",
                        (context, positional) ->
                                context.getBean(ResetPasswordCommand.class).run(positional, System.out, System.err)));
            default -> SpringApplication.run(Application.class, args);
        }
    }

    /**
     * H2's automatic server mode (how jobs/import shares the embedded database with the running
     * dashboard) opens a TCP port, by default on every network interface: loopback only. H2 reads
     * the property once, when it is loaded, so it is set before anything else runs.
     */
    public static void loopbackOnlyDatabaseServer() {
        if (System.getProperty("h2.bindAddress") == null) {
            System.setProperty("h2.bindAddress", "127.0.0.1");
        }
    }

    private static int runImport(String[] args) {
        String inbox =
                Arrays.stream(args).filter(a -> !a.startsWith("--")).findFirst().orElse(null);
        if (inbox == null) {
            System.err.println("Usage: jobs/import INBOX   (Användning: jobs/import INKORG)");
            return 1;
        }
        String language = Arrays.stream(args)
                .filter(a -> a.startsWith("--lang="))
                .map(a -> a.substring(7))
                .findFirst()
                .orElse(System.getProperty("maltavla.import.language", "sv"));
        return runHeadless(
                args,
                "run the import",
                (context, positional) -> context.getBean(ImportCommand.class)
                        .run(Path.of(inbox), Messages.locale(language), Duration.ofMinutes(10), System.out));
    }

    /** {@code --lang=en} for English, else Swedish. */
    private static java.util.Locale language(String[] args) {
        return Messages.locale(Arrays.stream(args)
                .filter(a -> a.startsWith("--lang="))
                .map(a -> a.substring(7))
                .findFirst()
                .orElse("sv"));
    }

    /** The year-end's options (--date, --reason, --version, --lang) are its own; the rest go to Spring. */
    private static int runYearEnd(String[] args) {
        YearEndArguments arguments = YearEndArguments.parse(args);
        return runHeadless(
                arguments.springArguments().toArray(String[]::new),
                "do the year-end command",
                (context, positional) -> context.getBean(YearEndCommand.class).run(arguments, System.out, System.err));
    }

    /** A command given its arguments without options; exit status 1 with a message when it throws. */
    private interface HeadlessCommand {
        int run(ConfigurableApplicationContext context, String[] positional);
    }

    private static int runHeadless(String[] args, String what, HeadlessCommand command) {
        String[] positional =
                Arrays.stream(args).filter(a -> !a.startsWith("--")).toArray(String[]::new);
        try (ConfigurableApplicationContext context = headless(args)) {
            return command.run(context, positional);
        } catch (RuntimeException e) {
            System.err.println("Måltavla could not " + what + ": " + e.getMessage());
            return 1;
        }
    }

    private static ConfigurableApplicationContext headless(String[] args) {
        SpringApplication application = new SpringApplication(Application.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setAdditionalProfiles("headless");
        application.setLogStartupInfo(false);
        return application.run(Arrays.stream(args)
                .filter(a -> a.startsWith("--") && !a.startsWith("--lang="))
                .toArray(String[]::new));
    }
}
