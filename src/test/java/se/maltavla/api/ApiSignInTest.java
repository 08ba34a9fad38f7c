package se.maltavla.api;

import org.junit.jupiter.api.Test;
import se.maltavla.support.ApiTestBase;

/** The API is read by signed-in users only (HTTP Basic); its description is public. */
class ApiSignInTest extends ApiTestBase {

    @Test
    void without_a_sign_in_the_api_answers_401_and_asks_for_basic_authentication() {
        anonymous().get().uri("/api/v1/municipalities").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueMatches("WWW-Authenticate", "Basic.*");
    }

    @Test
    void a_wrong_password_is_refused() {
        anonymous().get().uri("/api/v1/municipalities").headers(h -> h.setBasicAuth(READER, "fel-losenord")).exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void a_viewer_reads_the_api_and_anyone_reads_its_description() {
        get("/api/v1/municipalities").exchange().expectStatus().isOk();
        anonymous().get().uri("/v3/api-docs").exchange().expectStatus().isOk();
    }
}
