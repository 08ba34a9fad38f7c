package se.maltavla.yearend.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import se.maltavla.shared.InvalidValueException;
import se.maltavla.shared.MunicipalityCode;
import se.maltavla.shared.i18n.Messages;
import se.maltavla.yearend.SteeringPack;
import se.maltavla.yearend.YearEndException;
import se.maltavla.yearend.YearEndService;
import se.maltavla.yearend.render.AccessiblePdf;
import se.maltavla.yearend.render.pack.PackDocument;

/**
 * {@code jobs/year-end changes KOMMUN YEAR [FROM TO] OUT.pdf [--lang=en]}: the steering group's pack
 * (docs/year-end.md) as an accessible PDF. FROM and TO are dates (YYYY-MM-DD); {@code -} or leaving
 * both out gives the defaults (the tertial end before the latest date, and the latest). Runs as the
 * server's operator, as jobs/import does; the file is written whole or not at all.
 */
@Component
public class ChangesCommand {

    static final String OPERATOR = "jobs/year-end";

    private final YearEndService yearEnd;
    private final MessageSource messages;

    ChangesCommand(YearEndService yearEnd, MessageSource messages) {
        this.yearEnd = yearEnd;
        this.messages = messages;
    }

    /**
     * @param args the arguments after {@code changes}, options ({@code --lang=en}) included
     * @return 0 when the PDF is written; 1 with a message on {@code err} otherwise
     */
    public int run(String[] args, PrintStream out, PrintStream err) {
        List<String> positional = new ArrayList<>();
        String language = "sv";
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--lang=")) {
                language = args[i].substring("--lang=".length());
            } else if (args[i].equals("--lang") && i + 1 < args.length) {
                language = args[++i];
            } else if (!args[i].startsWith("--")) {
                positional.add(args[i]);
            }
        }
        Locale locale = Messages.locale(language);
        if (positional.size() != 3 && positional.size() != 5) {
            err.println(text(locale, "yearend.changes.usage"));
            return 1;
        }
        String municipality;
        try {
            municipality = MunicipalityCode.parse(positional.get(0)).value();
        } catch (InvalidValueException e) {
            err.println(text(locale, "yearend.changes.municipality", positional.get(0)));
            return 1;
        }
        if (!positional.get(1).matches("[0-9]{4}")) {
            err.println(text(locale, "yearend.changes.year", positional.get(1)));
            return 1;
        }
        int year = Integer.parseInt(positional.get(1));
        LocalDate from = null;
        LocalDate to = null;
        if (positional.size() == 5) {
            try {
                from = date(positional.get(2));
                to = date(positional.get(3));
            } catch (DateTimeParseException e) {
                err.println(text(locale, "yearend.changes.date", e.getParsedString()));
                return 1;
            }
        }
        Path target = callerDirectory().resolve(positional.getLast()).toAbsolutePath().normalize();
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext operator = SecurityContextHolder.createEmptyContext();
        operator.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                OPERATOR, null, AuthorityUtils.createAuthorityList("ROLE_COORDINATOR", "ROLE_VIEWER")));
        SecurityContextHolder.setContext(operator);
        try {
            SteeringPack pack = yearEnd.changes(municipality, year, from, to);
            write(new PackDocument(messages, locale).document(pack), target);
            out.println(text(locale, "yearend.changes.written", pack.municipalityName(), year, pack.from().toString(),
                    pack.to().toString(), target.toString()));
            return 0;
        } catch (YearEndException e) {
            err.println(text(locale, e.key(), e.args()));
            return 1;
        } catch (IOException e) {
            err.println(text(locale, "yearend.changes.write", target.toString(), String.valueOf(e.getMessage())));
            return 1;
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    private static LocalDate date(String raw) {
        return raw.equals("-") ? null : LocalDate.parse(raw);
    }

    private static void write(String xhtml, Path target) throws IOException {
        Path temporary = target.resolveSibling("." + target.getFileName() + ".tmp");
        try {
            try (OutputStream pdf = Files.newOutputStream(temporary)) {
                AccessiblePdf.write(xhtml, pdf);
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Where jobs/year-end was called from (it runs Java in the project's folder); else the working directory. */
    private static Path callerDirectory() {
        String caller = System.getenv("MALTAVLA_CALLER_DIR");
        return caller == null || caller.isBlank() ? Path.of("") : Path.of(caller);
    }

    private String text(Locale locale, String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
