package se.maltavla.template.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import se.maltavla.shared.Coded;
import se.maltavla.shared.InvalidValueException;
import se.maltavla.shared.MunicipalityCode;
import se.maltavla.template.TemplateException;
import se.maltavla.template.TemplateFile;
import se.maltavla.template.TemplateKind;
import se.maltavla.template.TemplateService;

/**
 * {@code jobs/template utfall|handlingsplan KOMMUN YEAR [NAMND] OUT.xlsx|OUT.zip [--lang=en]}
 * (docs/templates.md): one workbook (one nämnd, or without NAMND every nämnd of the year in one
 * sheet), or with {@code .zip} one workbook per nämnd. Run as the server's operator; the file is
 * written whole or not at all, relative to where the command was given. Exit status 0 when
 * written, 1 with a message otherwise.
 */
@Component
public class TemplateCommand {

    static final String OPERATOR = "jobs/template";

    private final TemplateService templates;
    private final MessageSource messages;

    TemplateCommand(TemplateService templates, MessageSource messages) {
        this.templates = templates;
        this.messages = messages;
    }

    public int run(List<String> arguments, Locale language, PrintStream out, PrintStream err) {
        if (arguments.size() < 4 || arguments.size() > 5) {
            err.println(text(language, "template.cli.usage"));
            return 1;
        }
        TemplateKind kind = Coded.find(
                        TemplateKind.class, arguments.get(0).trim().toLowerCase(Locale.ROOT))
                .orElse(null);
        if (kind == null) {
            err.println(text(language, "template.cli.kind", arguments.get(0)));
            err.println(text(language, "template.cli.usage"));
            return 1;
        }
        String municipality;
        try {
            municipality = MunicipalityCode.parse(arguments.get(1)).value();
        } catch (InvalidValueException e) {
            err.println(text(language, "template.cli.municipality", arguments.get(1)));
            return 1;
        }
        if (!arguments.get(2).matches("[0-9]{4}")) {
            err.println(text(language, "template.cli.year", arguments.get(2)));
            return 1;
        }
        int year = Integer.parseInt(arguments.get(2));
        String committee = arguments.size() == 5 ? arguments.get(3) : null;
        String named = arguments.getLast();
        String lower = named.toLowerCase(Locale.ROOT);
        boolean zip = lower.endsWith(".zip");
        if (!zip && !lower.endsWith(".xlsx")) {
            err.println(text(language, "template.cli.out", named));
            return 1;
        }
        if (zip && committee != null) {
            err.println(text(language, "template.cli.zipcommittee"));
            return 1;
        }
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext operator = SecurityContextHolder.createEmptyContext();
        operator.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                OPERATOR, null, AuthorityUtils.createAuthorityList("ROLE_COORDINATOR", "ROLE_VIEWER")));
        SecurityContextHolder.setContext(operator);
        try {
            TemplateFile file = zip
                    ? templates.everyCommittee(kind, municipality, year, language)
                    : templates.workbook(kind, municipality, year, committee, language);
            Path target = target(named);
            write(target, file.content());
            out.println(
                    text(language, "template.cli.written", target.toString(), String.valueOf(file.content().length)));
            return 0;
        } catch (TemplateException e) {
            err.println(messages.getMessage(e.key(), e.args(), language));
            return 1;
        } catch (IOException e) {
            err.println(text(language, "template.cli.write", named, String.valueOf(e.getMessage())));
            return 1;
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    private String text(Locale language, String key, Object... args) {
        return messages.getMessage(key, args, language);
    }

    /** The file the user named: relative to where jobs/template was called from (it runs Java in the project's folder). */
    static Path target(String named) {
        String caller = System.getenv("MALTAVLA_CALLER_DIR");
        Path base = caller == null || caller.isBlank() ? Path.of("") : Path.of(caller);
        return base.resolve(named).toAbsolutePath().normalize();
    }

    /** Written into a hidden file beside the target, then moved over it: whole or not at all. */
    private static void write(Path target, byte[] content) throws IOException {
        Path temporary = target.resolveSibling("." + target.getFileName() + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                out.write(content);
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
