package se.maltavla.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import se.maltavla.support.ApiTestBase;
import se.maltavla.template.Workbooks;
import se.maltavla.yearend.YearEndService;
import tools.jackson.databind.JsonNode;

/**
 * The templates over the API (any signed-in user, as the rest of it): a workbook per nämnd or for
 * the whole year, a zip per nämnd, in the reader's language; 400, 404 and 409 as problem documents.
 */
@WithMockUser(username = "koordinatorn", roles = "COORDINATOR")
class TemplateApiTest extends ApiTestBase {

    private static final String TEMPLATES = "/api/v1/municipalities/1081/years/2017/templates";

    @Autowired
    YearEndService yearEnd;

    private EntityExchangeResult<byte[]> fetch(String path, String language) {
        return get(path)
                .header(HttpHeaders.ACCEPT_LANGUAGE, language)
                .header(HttpHeaders.ACCEPT, "application/json")
                .exchange()
                .expectBody()
                .returnResult();
    }

    @Test
    void a_nämnds_utfall_template_and_every_nämnds_plan_template_are_files_to_save() throws Exception {
        importSamples("ronneby");

        EntityExchangeResult<byte[]> one = fetch(TEMPLATES + "/utfall.xlsx?namnd=kultur- och fritidsnämnden", "en");

        assertThat(one.getStatus()).isEqualTo(HttpStatus.OK);
        // Kept for a look in LibreOffice (docs/templates.md, "Checked in LibreOffice").
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/templates"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/templates/utfall-en.xlsx"), one.getResponseBody());
        assertThat(one.getResponseHeaders().getContentType().toString())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(one.getResponseHeaders().getContentDisposition().getFilename())
                .isEqualTo("utfall-2017-Ronneby-Kultur- och fritidsnämnden.xlsx");
        try (XSSFWorkbook workbook = Workbooks.open(one.getResponseBody())) {
            assertThat(workbook.getSheetName(1)).isEqualTo("Instructions");
            List<List<String>> rows = Workbooks.rows(workbook.getSheet("utfall"));
            assertThat(rows.size()).isGreaterThan(1);
            assertThat(rows.subList(1, rows.size()))
                    .allSatisfy(row -> assertThat(row.get(1)).isEqualTo("Kultur- och fritidsnämnden"));
        }

        java.nio.file.Files.write(
                java.nio.file.Path.of("target/templates/utfall-sv.xlsx"),
                fetch(TEMPLATES + "/utfall.xlsx?namnd=Kommunstyrelsen", "sv").getResponseBody());
        java.nio.file.Files.write(
                java.nio.file.Path.of("target/templates/handlingsplan-sv.xlsx"),
                fetch(TEMPLATES + "/handlingsplan.xlsx?namnd=Kommunstyrelsen", "sv")
                        .getResponseBody());
        EntityExchangeResult<byte[]> zip = fetch(TEMPLATES + "/handlingsplan.zip", "sv");
        assertThat(zip.getStatus()).isEqualTo(HttpStatus.OK);
        assertThat(zip.getResponseHeaders().getContentDisposition().getFilename())
                .isEqualTo("handlingsplan-2018-Ronneby-alla nämnder.zip");
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.getResponseBody()))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                names.add(entry.getName());
            }
        }
        assertThat(names)
                .contains(
                        "handlingsplan-2018-Ronneby-Kommunstyrelsen.xlsx",
                        "handlingsplan-2018-Ronneby-Kultur- och fritidsnämnden.xlsx");
    }

    @Test
    void a_wrong_parameter_an_unknown_nämnd_and_a_locked_year_are_problem_documents() {
        importSamples("ronneby");
        yearEnd.lock("1081", 2016, LocalDate.of(2016, 12, 31));

        JsonNode kind = JSON.readTree(body(get(TEMPLATES + "/resultat.xlsx"), HttpStatus.BAD_REQUEST));
        assertThat(kind.get("parameter").asString()).isEqualTo("mall");
        assertThat(kind.get("detail").asString()).contains("ska vara utfall eller handlingsplan");
        JsonNode nobody = JSON.readTree(body(get(TEMPLATES + "/utfall.xlsx?namnd=Brandnämnden"), HttpStatus.NOT_FOUND));
        assertThat(nobody.get("detail").asString())
                .startsWith("Nämnden \"Brandnämnden\" finns inte i Ronnebys handlingsplaner. Nämnder 2017: ");
        JsonNode year = JSON.readTree(
                body(get("/api/v1/municipalities/1081/years/2030/templates/utfall.zip"), HttpStatus.NOT_FOUND));
        assertThat(year.get("detail").asString()).contains("Planår med handlingsplaner: 2016, 2017");
        EntityExchangeResult<byte[]> locked =
                fetch("/api/v1/municipalities/1081/years/2016/templates/utfall.xlsx", "en");
        assertThat(locked.getStatus()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(locked.getResponseHeaders().getContentType().toString()).isEqualTo("application/problem+json");
        JsonNode problem = JSON.readTree(new String(locked.getResponseBody(), StandardCharsets.UTF_8));
        assertThat(problem.get("title").asString()).isEqualTo("The plan year is locked");
        assertThat(problem.get("detail").asString()).startsWith("Plan year 2016 of Ronneby is locked (version 1, ");
        assertThat(body(get("/api/v1/municipalities/1081/years/2016/templates/handlingsplan.xlsx"), HttpStatus.OK))
                .as("the plan for 2017 may still be drawn from the locked 2016")
                .isNotEmpty();
        assertThat(anonymous()
                        .get()
                        .uri(TEMPLATES + "/utfall.xlsx")
                        .exchange()
                        .returnResult()
                        .getStatus())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }
}
