package se.maltavla.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tests of the JSON API over HTTP: the whole application (Vaadin included) on a random port, on
 * the same empty test database as {@link DatabaseTest}, with the import of {@link ImportTestBase}
 * to fill it. No nightly import, no daily recompute, no sample data on start.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "maltavla.import.sample-data=",
            "maltavla.import.cron=-",
            "maltavla.fulfilment.refresh-cron=-",
            "maltavla.data-dir=target/api-test-data",
            "vaadin.productionMode=true"
        })
@ActiveProfiles(inheritProfiles = false)
public abstract class ApiTestBase extends ImportTestBase {

    /** Numbers as they are written: 50.0 stays 50.0 (scale 1), never a binary float. */
    protected static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    @LocalServerPort
    private int port;

    private RestTestClient client;

    /** The API reader the tests sign in as (HTTP Basic; the API is for any signed-in role). */
    protected static final String READER = "lasare";

    protected static final String READER_PASSWORD = "lasare-i-test";

    @Autowired
    private org.springframework.security.crypto.password.PasswordEncoder passwords;

    @BeforeEach
    void newClient() {
        db.insertInto(se.maltavla.db.Tables.APP_USER)
                .set(se.maltavla.db.Tables.APP_USER.USERNAME, READER)
                .set(se.maltavla.db.Tables.APP_USER.USERNAME_KEY, READER)
                .set(se.maltavla.db.Tables.APP_USER.PASSWORD_HASH, passwords.encode(READER_PASSWORD))
                .set(se.maltavla.db.Tables.APP_USER.ROLE, "viewer")
                .set(se.maltavla.db.Tables.APP_USER.ENABLED, true)
                .set(se.maltavla.db.Tables.APP_USER.CREATED_AT, java.time.OffsetDateTime.now())
                .execute();
        client = RestTestClient.bindToServer()
                .baseUrl("http://localhost:" + port)
                .defaultHeaders(headers -> headers.setBasicAuth(READER, READER_PASSWORD))
                .build();
    }

    /** A client of the running application that does not sign in. */
    protected RestTestClient anonymous() {
        return RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    /** A client of the running application. */
    protected RestTestClient client() {
        return client;
    }

    /** A GET request to the application. */
    protected RestTestClient.RequestHeadersSpec<?> get(String path) {
        return client.get().uri(path);
    }

    /** The JSON body of a GET that must answer 200. */
    protected JsonNode json(String path) {
        return JSON.readTree(body(get(path), HttpStatus.OK));
    }

    /** The body of a request that must answer {@code status}, as text. */
    protected static String body(RestTestClient.RequestHeadersSpec<?> request, HttpStatus status) {
        EntityExchangeResult<byte[]> result = request.exchange().expectBody().returnResult();
        String text =
                result.getResponseBody() == null ? "" : new String(result.getResponseBody(), StandardCharsets.UTF_8);
        assertThat(result.getStatus()).as(text).isEqualTo(status);
        return text;
    }

    /** Imports a sample-data folder (ronneby, kungsbacka) as one run that must accept every row. */
    protected void importSamples(String municipality) {
        inbox.copySamples(municipality);
        assertThat(run().exitStatus()).isZero();
    }
}
