package se.maltavla;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.annotation.EnableScheduling;
import se.maltavla.dataimport.cli.ImportCommand;
import se.maltavla.fulfilment.cli.ExportResultsCommand;
import se.maltavla.security.cli.ResetPasswordCommand;
import se.maltavla.shared.i18n.Messages;

/**
 * Måltavla. Without arguments: the dashboard and the nightly import. With a command as first
 * argument, the headless command line of import-format.md §10, without a web server:
 * {@code import INBOX [--lang=en]} and {@code export-results KOMMUN YEAR OUT.csv [DATE]}; and
 * {@code reset-password USER} for whoever runs the server.
 */
@SpringBootApplication
@EnableScheduling
public class Application {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("import")) {
            System.exit(runImport(Arrays.copyOfRange(args, 1, args.length)));
        }
        if (args.length > 0 && args[0].equals("export-results")) {
            System.exit(runExport(Arrays.copyOfRange(args, 1, args.length)));
        }
        if (args.length > 0 && args[0].equals("reset-password")) {
            System.exit(runResetPassword(Arrays.copyOfRange(args, 1, args.length)));
        }
        SpringApplication.run(Application.class, args);
    }

    private static int runResetPassword(String[] args) {
        String[] positional = Arrays.stream(args).filter(a -> !a.startsWith("--")).toArray(String[]::new);
        try (ConfigurableApplicationContext context = headless(args)) {
            return context.getBean(ResetPasswordCommand.class).run(positional, System.out, System.err);
        } catch (RuntimeException e) {
            System.err.println("Måltavla could not reset the password: " + e.getMessage());
            return 1;
        }
    }

    private static int runImport(String[] args) {
        String inbox = Arrays.stream(args).filter(a -> !a.startsWith("--")).findFirst().orElse(null);
        if (inbox == null) {
            System.err.println("Usage: jobs/import INBOX   (Användning: jobs/import INKORG)");
            return 1;
        }
        String language = Arrays.stream(args).filter(a -> a.startsWith("--lang=")).map(a -> a.substring(7))
                .findFirst().orElse(System.getProperty("maltavla.import.language", "sv"));
        try (ConfigurableApplicationContext context = headless(args)) {
            return context.getBean(ImportCommand.class)
                    .run(Path.of(inbox), Messages.locale(language), Duration.ofMinutes(10), System.out);
        } catch (RuntimeException e) {
            System.err.println("Måltavla could not run the import: " + e.getMessage());
            return 1;
        }
    }

    private static int runExport(String[] args) {
        String[] positional = Arrays.stream(args).filter(a -> !a.startsWith("--")).toArray(String[]::new);
        try (ConfigurableApplicationContext context = headless(args)) {
            return context.getBean(ExportResultsCommand.class).run(positional, System.out, System.err);
        } catch (RuntimeException e) {
            System.err.println("Måltavla could not write the export: " + e.getMessage());
            return 1;
        }
    }

    private static ConfigurableApplicationContext headless(String[] args) {
        SpringApplication application = new SpringApplication(Application.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setAdditionalProfiles("headless");
        application.setLogStartupInfo(false);
        return application.run(Arrays.stream(args).filter(a -> a.startsWith("--") && !a.startsWith("--lang=")).toArray(String[]::new));
    }
}
