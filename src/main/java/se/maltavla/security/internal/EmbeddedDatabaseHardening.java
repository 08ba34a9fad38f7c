package se.maltavla.security.internal;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ApplicationListener;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The embedded H2 database, made safe before its first connection (docs/security.md, "The
 * database on the server"):
 *
 * <ul>
 *   <li>a file path in the URL is made absolute against the working directory, so that a relative
 *       or an absolute {@code maltavla.data-dir} both put the database in that folder (H2 itself
 *       refuses a path implicitly relative, and {@code ./} before an absolute one went elsewhere);</li>
 *   <li>for the database in the data folder (the default URL): the folder is made readable by this
 *       account only (0700, its files 0600), and the database user gets a password, generated once
 *       and kept in {@code DATA/database-password} (0600), which every Måltavla process (the
 *       dashboard, the jobs/ commands) reads; a database created before with an empty password is
 *       given it on the first start after the upgrade ({@link DatabasePassword}).</li>
 * </ul>
 *
 * A password set in the configuration ({@code spring.datasource.password}) is kept as it is, and a
 * URL of another database (PostgreSQL, an H2 file elsewhere) is left alone. The H2 server of
 * {@code AUTO_SERVER} listens on the loopback address only: {@code h2.bindAddress}, set by
 * {@code se.maltavla.Application#main} before H2 is loaded.
 */
@Component
class EmbeddedDatabaseHardening
        implements BeanPostProcessor, EnvironmentAware, Ordered, ApplicationListener<ContextRefreshedEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabaseHardening.class);
    private static final String H2_FILE = "jdbc:h2:file:";

    private Environment environment;
    private volatile Path securedDataDir;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE; // after the spring.datasource properties are bound
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource dataSource
                && dataSource.getJdbcUrl() != null
                && dataSource.getJdbcUrl().startsWith(H2_FILE)) {
            harden(dataSource);
        }
        return bean;
    }

    private void harden(HikariDataSource dataSource) {
        String url = absoluteFileUrl(dataSource.getJdbcUrl());
        dataSource.setJdbcUrl(url);
        if (url.toUpperCase(Locale.ROOT).contains(";AUTO_SERVER=TRUE")
                && System.getProperty("h2.bindAddress") == null) {
            LOG.warn(
                    "H2's automatic server listens on every network interface: start Måltavla with -Dh2.bindAddress=127.0.0.1 "
                            + "(its main class and the jobs/ scripts do).");
        }
        Path dataDir = Path.of(environment.getProperty("maltavla.data-dir", "data"))
                .toAbsolutePath()
                .normalize();
        Path database = databaseFile(url);
        if (!dataDir.equals(database.getParent())) {
            return; // a database the operator placed elsewhere: its credentials are the operator's
        }
        DataDirectory.secure(dataDir);
        securedDataDir = dataDir;
        String configured = dataSource.getPassword();
        if (configured == null || configured.isEmpty()) {
            dataSource.setPassword(DatabasePassword.ensure(dataDir, url, dataSource.getUsername(), database));
        }
    }

    /**
     * Once the database is open (Flyway has run): its files, created since with the process's umask,
     * are made the account's only too. The folder (0700) guarded them in the meantime.
     */
    @Override
    public void onApplicationEvent(ContextRefreshedEvent event) {
        Path dataDir = securedDataDir;
        if (dataDir != null) {
            DataDirectory.secure(dataDir);
        }
    }

    /** The URL with its file path absolute; {@code ~/…} (the user's home) stays as H2 reads it. */
    static String absoluteFileUrl(String url) {
        String rest = url.substring(H2_FILE.length());
        int settings = rest.indexOf(';');
        String path = settings < 0 ? rest : rest.substring(0, settings);
        if (path.startsWith("~")) {
            return url;
        }
        String absolute = Path.of(path).toAbsolutePath().normalize().toString();
        return H2_FILE + absolute + (settings < 0 ? "" : rest.substring(settings));
    }

    /** The database's path without H2's ".mv.db" ending, from an absolute file URL. */
    static Path databaseFile(String url) {
        String rest = url.substring(H2_FILE.length());
        int settings = rest.indexOf(';');
        String path = settings < 0 ? rest : rest.substring(0, settings);
        return path.startsWith("~")
                ? Path.of(System.getProperty("user.home"), path.substring(1)).normalize()
                : Path.of(path).toAbsolutePath().normalize();
    }
}
