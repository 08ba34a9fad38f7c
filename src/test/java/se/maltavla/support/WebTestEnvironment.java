package se.maltavla.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The web application's test set-up: an in-memory H2 database of its own (one per kind of web
 * test context) and a data folder in a temporary directory, so that no test touches data/.
 */
public final class WebTestEnvironment {

    /** The first coordinator's password in the web tests (maltavla.security.initial-password). */
    public static final String COORDINATOR_PASSWORD = "koordinator-i-test";

    private WebTestEnvironment() {}

    public static void register(DynamicPropertyRegistry registry, String databaseName) {
        registry.add(
                "spring.datasource.url",
                () -> "jdbc:h2:mem:" + databaseName
                        + ";DB_CLOSE_DELAY=-1;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        registry.add("maltavla.security.initial-password", () -> COORDINATOR_PASSWORD);
        registry.add("maltavla.import.quiet-period", () -> "0s");
        try {
            String dataDir =
                    Files.createTempDirectory("maltavla-" + databaseName).toString();
            registry.add("maltavla.data-dir", () -> dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
