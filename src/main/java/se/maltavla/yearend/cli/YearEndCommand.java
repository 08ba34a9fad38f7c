package se.maltavla.yearend.cli;

import java.io.PrintStream;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import se.maltavla.yearend.YearEndException;

/**
 * {@code jobs/year-end SUBCOMMAND …}: finds the subcommand, runs it as the server's operator (a
 * coordinator named {@code jobs/year-end}, as {@code jobs/recompute} does), and turns a refusal into
 * its message and exit status 1.
 */
@Component
public class YearEndCommand {

    static final String OPERATOR = "jobs/year-end";

    private final List<YearEndSubcommand> subcommands;
    private final MessageSource messages;

    YearEndCommand(List<YearEndSubcommand> subcommands, MessageSource messages) {
        this.subcommands = subcommands.stream()
                .sorted(Comparator.comparing(YearEndSubcommand::name))
                .toList();
        this.messages = messages;
    }

    /** Exit status 0 when done; 1 with a message on {@code err} (a mistake in the arguments, or a refusal). */
    public int run(YearEndArguments arguments, PrintStream out, PrintStream err) {
        CommandTexts texts = new CommandTexts(messages, arguments.language());
        Optional<YearEndSubcommand> subcommand = subcommands.stream()
                .filter(s -> s.name().equals(arguments.subcommand()))
                .findFirst();
        if (subcommand.isEmpty()) {
            if (!arguments.subcommand().isEmpty()) {
                err.println(texts.get("cli.error.subcommand", arguments.subcommand()));
            }
            err.println(usage(texts));
            return 1;
        }
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext operator = SecurityContextHolder.createEmptyContext();
        operator.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                OPERATOR, null, AuthorityUtils.createAuthorityList("ROLE_COORDINATOR", "ROLE_VIEWER")));
        SecurityContextHolder.setContext(operator);
        try {
            // the audit log names the operating system's user on the command line, not the operator's role name
            return se.maltavla.audit.Operator.run(
                    "jobs/year-end " + subcommand.get().name(),
                    () -> subcommand.get().run(arguments, texts, out, err));
        } catch (CommandTexts.ArgumentException e) {
            err.println(e.getMessage());
            err.println(texts.get(subcommand.get().usageKey()));
            return 1;
        } catch (YearEndException e) {
            err.println(texts.of(e));
            return 1;
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    /** Every subcommand's usage line. */
    String usage(CommandTexts texts) {
        StringBuilder usage = new StringBuilder(texts.get("cli.usage"));
        subcommands.forEach(
                s -> usage.append(System.lineSeparator()).append("  ").append(texts.get(s.usageKey())));
        return usage.toString();
    }
}
