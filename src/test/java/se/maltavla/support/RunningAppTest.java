package se.maltavla.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application as {@code jobs/start} runs it, on a random port: a new database that the
 * sample data are imported into on start, and the first coordinator {@code koordinator} with
 * the password {@link WebTestEnvironment#COORDINATOR_PASSWORD}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class RunningAppTest {

    public static final String COORDINATOR = "koordinator";

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void web(DynamicPropertyRegistry registry) {
        WebTestEnvironment.register(registry, "maltavla-app");
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }
}
