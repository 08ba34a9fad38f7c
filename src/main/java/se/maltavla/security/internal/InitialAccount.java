package se.maltavla.security.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import se.maltavla.security.Role;
import se.maltavla.security.UserService;

/**
 * The first coordinator, so that somebody can log in to a new installation: on a start of the
 * web application with an empty user table, creates {@value #USERNAME} with the password from
 * {@code maltavla.security.initial-password}, or a random one that is logged once, here and
 * never again (docs/design-decisions/0005-login-and-roles.md). The headless commands never run this.
 */
@Component
@ConditionalOnWebApplication
class InitialAccount {

    static final String USERNAME = "koordinator";
    private static final Logger LOG = LoggerFactory.getLogger(InitialAccount.class);

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final String configuredPassword;
    private final UserAudit audit;
    private final org.springframework.transaction.support.TransactionTemplate transaction;

    InitialAccount(
            UserRepository users,
            PasswordEncoder encoder,
            @Value("${maltavla.security.initial-password:}") String configuredPassword,
            UserAudit audit,
            org.springframework.transaction.support.TransactionTemplate transaction) {
        this.users = users;
        this.encoder = encoder;
        this.configuredPassword = configuredPassword;
        this.audit = audit;
        this.transaction = transaction;
    }

    /** After the sample data's import, so that the notice is the last thing a new user sees. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    void createOnEmptyUserTable() {
        createIfNoUsers();
    }

    /** Creates the account when there is no user at all; says whether it did. */
    boolean createIfNoUsers() {
        if (!users.isEmpty()) {
            return false;
        }
        boolean configured = !configuredPassword.isBlank();
        if (configured && configuredPassword.length() < UserService.MIN_PASSWORD_LENGTH) {
            throw new IllegalStateException(
                    "maltavla.security.initial-password (MALTAVLA_SECURITY_INITIAL_PASSWORD) must have at least "
                            + UserService.MIN_PASSWORD_LENGTH + " characters.");
        }
        String password = configured ? configuredPassword : RandomPasswords.next();
        String hash = encoder.encode(password);
        try {
            // the account and its entry in the audit log (by Måltavla itself) together
            transaction.executeWithoutResult(status -> audit.created(users.insert(USERNAME, hash, Role.COORDINATOR)));
        } catch (DuplicateKeyException another) {
            return false; // a second process created it at the same moment
        }
        if (configured) {
            LOG.warn(
                    "Created the user {} (coordinator) with the password from maltavla.security.initial-password.",
                    USERNAME);
        } else {
            LOG.warn("""

                    ====================================================================
                      Måltavla: första inloggning / first login
                        användare / user:     {}
                        lösenord / password:  {}
                      Visas bara denna gång. / Shown this once only.
                    ====================================================================""", USERNAME, password);
        }
        return true;
    }
}
