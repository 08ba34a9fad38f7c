package se.maltavla.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import se.maltavla.support.ApiTestBase;
import tools.jackson.databind.JsonNode;

/** The API describes itself (springdoc) beside the dashboard: Vaadin leaves these paths alone. */
class OpenApiTest extends ApiTestBase {

    @Test
    void the_openapi_description_is_served_and_lists_every_resource() {
        JsonNode docs = json("/v3/api-docs");

        assertThat(docs.get("info").get("title").asString()).isEqualTo("Måltavla API");
        assertThat(docs.get("info").get("description").asString())
                .contains(
                        "Power BI",
                        "Excel",
                        "HTTP Basic",
                        "from the plan year's first day (ar-01-01",
                        "från planårets första dag");
        List<String> paths = new ArrayList<>();
        docs.get("paths").properties().forEach(p -> paths.add(p.getKey()));
        assertThat(paths)
                .containsExactlyInAnyOrder(
                        "/api/v1/municipalities",
                        "/api/v1/municipalities/{kommun}",
                        "/api/v1/municipalities/{kommun}/strategies",
                        "/api/v1/municipalities/{kommun}/years/{ar}/goals",
                        "/api/v1/municipalities/{kommun}/years/{ar}/indicators",
                        "/api/v1/municipalities/{kommun}/years/{ar}/results",
                        "/api/v1/municipalities/{kommun}/years/{ar}/results.csv",
                        "/api/v1/municipalities/{kommun}/years/{ar}/results.xlsx",
                        "/api/v1/municipalities/{kommun}/years/{ar}/guidelines",
                        "/api/v1/municipalities/{kommun}/years/{ar}/activities",
                        "/api/v1/municipalities/{kommun}/years/{ar}/year-end",
                        "/api/v1/municipalities/{kommun}/years/{ar}/year-end/{version}/results",
                        "/api/v1/municipalities/{kommun}/years/{ar}/year-end/{version}/report.pdf",
                        "/api/v1/municipalities/{kommun}/years/{ar}/templates/{mall}.xlsx",
                        "/api/v1/municipalities/{kommun}/years/{ar}/templates/{mall}.zip",
                        "/api/v1/import-runs",
                        "/api/v1/import-runs/{id}");
        docs.get("paths")
                .properties()
                .forEach(p -> assertThat(p.getValue().propertyNames()).containsExactly("get"));
        assertThat(docs.get("components")
                        .get("securitySchemes")
                        .get("basic")
                        .get("scheme")
                        .asString())
                .as("clients are told to sign in with HTTP Basic")
                .isEqualTo("basic");
    }

    @Test
    void the_results_schema_has_the_export_columns_and_the_errors_are_described() {
        JsonNode docs = json("/v3/api-docs");

        JsonNode row = docs.get("components").get("schemas").get("Resultatrad").get("properties");
        assertThat(row.propertyNames())
                .contains(
                        "niva",
                        "uppfyllelse_procent",
                        "tackning_procent",
                        "indikatorer_med_varde",
                        "malvarde",
                        "kalla",
                        "prognos");
        JsonNode results = docs.get("paths")
                .get("/api/v1/municipalities/{kommun}/years/{ar}/results")
                .get("get");
        assertThat(results.get("responses").propertyNames()).contains("200", "400", "404");
        assertThat(results.get("parameters").toString())
                .contains("\"datum\"", "\"niva\"", "1081", "från ar-01-01 till (ar+100)-12-31");
        assertThat(results.get("responses").get("200").get("content").propertyNames())
                .containsExactly("application/json");
        JsonNode csv = docs.get("paths")
                .get("/api/v1/municipalities/{kommun}/years/{ar}/results.csv")
                .get("get");
        assertThat(csv.get("responses").get("200").get("content").propertyNames())
                .containsExactly("text/csv");
        JsonNode xlsx = docs.get("paths")
                .get("/api/v1/municipalities/{kommun}/years/{ar}/results.xlsx")
                .get("get");
        assertThat(xlsx.get("responses").get("200").get("content").propertyNames())
                .containsExactly("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(xlsx.get("parameters").toString()).contains("\"datum\"");
        assertThat(xlsx.get("responses").get("200").get("description").asString())
                .contains("0,8113 visas 81,1 %");
    }

    @Test
    void swagger_ui_is_served() {
        get("/swagger-ui/index.html")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.TEXT_HTML);
        assertThat(body(get("/swagger-ui/swagger-initializer.js"), HttpStatus.OK))
                .contains("/v3/api-docs");
    }
}
