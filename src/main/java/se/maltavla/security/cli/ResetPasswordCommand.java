package se.maltavla.security.cli;

import java.io.PrintStream;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import se.maltavla.security.internal.RandomPasswords;
import se.maltavla.security.internal.UserRepository;

/**
 * {@code jobs/reset-password USER}: a new random password for a user who cannot log in (the
 * first coordinator's notice was missed, the only coordinator forgot the password). For whoever
 * runs commands on the server, as {@code jobs/import}: it needs the database, not a login.
 */
@Component
public class ResetPasswordCommand {

    private final UserRepository users;
    private final PasswordEncoder encoder;

    ResetPasswordCommand(UserRepository users, PasswordEncoder encoder) {
        this.users = users;
        this.encoder = encoder;
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
        String username = stored.get().user().username();
        String password = RandomPasswords.next();
        users.updatePasswordHash(username, encoder.encode(password));
        users.updateEnabled(username, true);
        out.println("Nytt lösenord för " + username + " / new password for " + username + ": " + password);
        return 0;
    }
}
