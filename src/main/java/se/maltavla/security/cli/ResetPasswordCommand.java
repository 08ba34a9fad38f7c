package se.maltavla.security.cli;

import java.io.PrintStream;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.maltavla.audit.Operator;
import se.maltavla.security.internal.RandomPasswords;
import se.maltavla.security.internal.UserAudit;
import se.maltavla.security.internal.UserRepository;

/**
 * {@code jobs/reset-password USER}: a new random password for a user who cannot log in (the
 * first coordinator's notice was missed, the only coordinator forgot the password). For whoever
 * runs commands on the server, as {@code jobs/import}: it needs the database, not a login. The
 * audit log records it as done by the operating system's user on the command line.
 */
@Component
public class ResetPasswordCommand {

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final UserAudit audit;
    private final TransactionTemplate transaction;

    ResetPasswordCommand(
            UserRepository users, PasswordEncoder encoder, UserAudit audit, TransactionTemplate transaction) {
        this.users = users;
        this.encoder = encoder;
        this.audit = audit;
        this.transaction = transaction;
    }

    /** Exit status 0 with the new password on standard output; 1 with a message on standard error. */
    public int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 1 || args[0].isBlank()) {
            err.println("Usage: jobs/reset-password USER   (Användning: jobs/reset-password ANVÄNDARE)");
            return 1;
        }
        var stored = users.find(args[0]);
        if (stored.isEmpty()) {
            err.println(
                    users.isEmpty()
                            ? "There is no user yet: start Måltavla (jobs/start), which creates koordinator. / Det finns ingen användare än: starta Måltavla (jobs/start), som skapar koordinator."
                            : "No user " + args[0] + ". / Användaren " + args[0] + " finns inte.");
            return 1;
        }
        var before = stored.get().user();
        String username = before.username();
        String password = RandomPasswords.next();
        String hash = encoder.encode(password);
        Operator.run(
                "jobs/reset-password",
                () -> transaction.execute(status -> {
                    users.updatePasswordHash(username, hash);
                    audit.passwordReset(before);
                    if (users.updateEnabled(username, true)) {
                        audit.changed(before, users.find(username).orElseThrow().user());
                    }
                    return null;
                }));
        out.println("Nytt lösenord för " + username + " / new password for " + username + ": " + password);
        return 0;
    }
}
