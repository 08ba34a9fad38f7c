package se.maltavla.api;

import static org.assertj.core.api.Assertions.assertThat;
import static se.maltavla.db.Tables.INBOX_UPLOAD;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import se.maltavla.dataimport.ImportRunResult;
import se.maltavla.security.ReporterBinding;
import se.maltavla.security.Role;
import se.maltavla.security.internal.UserRepository;
import se.maltavla.support.ApiTestBase;
import tools.jackson.databind.JsonNode;

/**
 * The API for a reporter (rapportör): it reads the figures as a viewer does, and of the import
 * runs only those with files it uploaded, with those files only; another's run is not found.
 */
class ReporterApiTest extends ApiTestBase {

    private static final String RITA_PASSWORD = "ritas-losenord-1";

    @Autowired
    UserRepository users;

    @Autowired
    PasswordEncoder passwords;

    @BeforeEach
    void rita() {
        users.insert("Rita", passwords.encode(RITA_PASSWORD), Role.REPORTER);
        users.updateBinding("Rita", new ReporterBinding("1081", List.of("Kommunstyrelsen")));
    }

    @Test
    void a_reporter_reads_the_runs_of_its_own_files_only() throws Exception {
        importStrategyAndPlan();
        inbox.write("utfall-forst.csv", UTFALL_HEADER, "1081;I1;2016-T1;tre");
        long others = run().runId();
        inbox.write("utfall-rita.csv", UTFALL_HEADER, "1081;I1;2016-T1;4", "1384;K1;2016-T1;5");
        inbox.write("utfall-natt.csv", UTFALL_HEADER, "1081;I2;2016-T1;ja");
        uploadedBy("Rita", inbox.root().resolve("utfall-rita.csv"));
        ImportRunResult both = run();
        assertThat(both.exitStatus()).isEqualTo(ImportRunResult.REJECTIONS);

        JsonNode runs = JSON.readTree(body(asRita("/api/v1/import-runs"), HttpStatus.OK));

        assertThat(runs).hasSize(1);
        assertThat(runs.get(0).get("id").asLong()).isEqualTo(both.runId());
        JsonNode files = runs.get(0).get("filer");
        assertThat(files).hasSize(1);
        assertThat(files.get(0).get("fil").asString()).isEqualTo("utfall-rita.csv");
        assertThat(files.get(0).get("avvisade").asLong()).isEqualTo(1);
        body(asRita("/api/v1/import-runs/" + others), HttpStatus.NOT_FOUND);
        assertThat(json("/api/v1/import-runs")).as("a viewer reads every run").hasSize(3);
        assertThat(JSON.readTree(body(asRita("/api/v1/municipalities"), HttpStatus.OK)))
                .as("the figures as a viewer")
                .isNotEmpty();
    }

    private org.springframework.test.web.servlet.client.RestTestClient.RequestHeadersSpec<?> asRita(String path) {
        return anonymous().get().uri(path).headers(h -> h.setBasicAuth("Rita", RITA_PASSWORD));
    }

    /** What the dashboard records when a file is uploaded: its name, content and uploader. */
    private void uploadedBy(String user, Path file) throws Exception {
        byte[] content = Files.readAllBytes(file);
        db.insertInto(INBOX_UPLOAD)
                .set(INBOX_UPLOAD.FILE_NAME, file.getFileName().toString())
                .set(
                        INBOX_UPLOAD.CHECKSUM,
                        HexFormat.of()
                                .formatHex(MessageDigest.getInstance("SHA-256").digest(content)))
                .set(INBOX_UPLOAD.SIZE_BYTES, (long) content.length)
                .set(INBOX_UPLOAD.UPLOADED_BY, user)
                .set(INBOX_UPLOAD.UPLOADED_AT, OffsetDateTime.now())
                .execute();
    }
}
