package se.maltavla.api;

import static se.maltavla.db.Tables.APP_USER;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import se.maltavla.support.ApiTestBase;

/** The API is read by signed-in users only (HTTP Basic); its description is public. */
class ApiSignInTest extends ApiTestBase {

    @Autowired
    PasswordEncoder passwords;

    @Test
    void without_a_sign_in_the_api_answers_401_and_asks_for_basic_authentication() {
        anonymous()
                .get()
                .uri("/api/v1/municipalities")
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .valueMatches("WWW-Authenticate", "Basic.*");
    }

    @Test
    void a_wrong_password_is_refused() {
        anonymous()
                .get()
                .uri("/api/v1/municipalities")
                .headers(h -> h.setBasicAuth(READER, "fel-losenord"))
                .exchange()
                .expectStatus()
                .isUnauthorized();
    }

    @Test
    void a_changed_password_or_a_disabled_account_counts_at_once_although_sign_ins_are_remembered() {
        get("/api/v1/municipalities").exchange().expectStatus().isOk();

        db.update(APP_USER)
                .set(APP_USER.PASSWORD_HASH, passwords.encode("nytt-losenord"))
                .where(APP_USER.USERNAME_KEY.eq(READER))
                .execute();
        get("/api/v1/municipalities").exchange().expectStatus().isUnauthorized();
        anonymous()
                .get()
                .uri("/api/v1/municipalities")
                .headers(h -> h.setBasicAuth(READER, "nytt-losenord"))
                .exchange()
                .expectStatus()
                .isOk();

        db.update(APP_USER)
                .set(APP_USER.ENABLED, false)
                .where(APP_USER.USERNAME_KEY.eq(READER))
                .execute();
        anonymous()
                .get()
                .uri("/api/v1/municipalities")
                .headers(h -> h.setBasicAuth(READER, "nytt-losenord"))
                .exchange()
                .expectStatus()
                .isUnauthorized();
    }

    @Test
    void a_viewer_reads_the_api_and_anyone_reads_its_description() {
        get("/api/v1/municipalities").exchange().expectStatus().isOk();
        anonymous().get().uri("/v3/api-docs").exchange().expectStatus().isOk();
    }
}
