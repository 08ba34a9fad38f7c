package se.maltavla.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import se.maltavla.fulfilment.FulfilmentService;
import se.maltavla.fulfilment.Thresholds;
import se.maltavla.support.ApiTestBase;
import se.maltavla.yearend.YearEndService;
import tools.jackson.databind.JsonNode;

/**
 * The year-end over the API (read only, any signed-in user): the state and versions, a version's
 * figures shaped as /results, its report as a PDF in the reader's language; 400 and 404 that say
 * what to write; nothing locks or reopens through it. Locking here is the coordinator's, in this
 * thread; the requests are a viewer's.
 */
@WithMockUser(username = "koordinatorn", roles = "COORDINATOR")
class YearEndApiTest extends ApiTestBase {

    private static final String YEAR_END = "/api/v1/municipalities/1081/years/2017/year-end";

    @Autowired
    YearEndService yearEnd;

    @Autowired
    FulfilmentService fulfilment;

    /** Version 1 at the default thresholds; version 2 after lower ones made UN-17-1's 40 % uppfyllt. */
    private void twoVersions() {
        importSamples("ronneby");
        yearEnd.lock("1081", 2017, null);
        yearEnd.reopen("1081", 2017, "Trösklarna sänktes av kommunstyrelsen");
        fulfilment.updateThresholds("1081", new Thresholds(new BigDecimal("40"), new BigDecimal("10")));
        yearEnd.lock("1081", 2017, null);
    }

    private static JsonNode row(JsonNode results, String level, String code) {
        for (JsonNode row : results.get("rader")) {
            if (row.get("niva").asString().equals(level)
                    && row.get("kod").asString().equals(code)) {
                return row;
            }
        }
        throw new AssertionError(level + " " + code);
    }

    @Test
    void the_state_lists_every_version_with_who_when_and_why() {
        importSamples("ronneby");
        JsonNode open = json(YEAR_END);
        assertThat(open.get("faststallt").asBoolean()).isFalse();
        assertThat(open.get("version_i_kraft").isNull()).isTrue();
        assertThat(open.get("versioner")).isEmpty();

        yearEnd.lock("1081", 2017, null);
        yearEnd.reopen("1081", 2017, "Trösklarna sänktes av kommunstyrelsen");
        yearEnd.lock("1081", 2017, null);
        JsonNode state = json(YEAR_END);

        assertThat(state.get("faststallt").asBoolean()).isTrue();
        assertThat(state.get("version_i_kraft").asInt()).isEqualTo(2);
        JsonNode first = state.get("versioner").get(1);
        assertThat(state.get("versioner").get(0).get("i_kraft").asBoolean()).isTrue();
        assertThat(first.get("version").asInt()).isEqualTo(1);
        assertThat(first.get("i_kraft").asBoolean()).isFalse();
        assertThat(first.get("utvarderingsdatum").asString()).isEqualTo("2017-12-31");
        assertThat(first.get("faststallt_av").asString()).isEqualTo("koordinatorn");
        assertThat(first.get("oppnat_av").asString()).isEqualTo("koordinatorn");
        assertThat(first.get("orsak").asString()).isEqualTo("Trösklarna sänktes av kommunstyrelsen");
        assertThat(first.get("resultat").asString()).isEqualTo(YEAR_END + "/1/results");
        assertThat(first.get("rapport").asString()).isEqualTo(YEAR_END + "/1/report.pdf");
    }

    @Test
    void a_versions_results_are_its_snapshots_rows_shaped_as_results() {
        twoVersions();

        JsonNode first = json(YEAR_END + "/1/results");
        JsonNode second = json(YEAR_END + "/2/results?niva=mal");
        JsonNode live = json("/api/v1/municipalities/1081/years/2017/results?datum=2017-12-31");

        assertThat(row(first, "mal", "UN-17-1").get("uppfyllelse_procent").toString())
                .isEqualTo("40.0");
        assertThat(row(first, "mal", "UN-17-1").get("status").asString()).isEqualTo("ej_uppfyllt");
        assertThat(row(first, "kommun", "1081").get("status").asString()).isEqualTo("delvis");
        assertThat(first.get("troskelvarden").get("ovre").decimalValue()).isEqualByComparingTo("100");
        assertThat(row(second, "mal", "UN-17-1").get("status").asString()).isEqualTo("uppfyllt");
        assertThat(second.get("rader"))
                .allSatisfy(r -> assertThat(r.get("niva").asString()).isEqualTo("mal"));
        assertThat(second.get("troskelvarden").get("ovre").decimalValue()).isEqualByComparingTo("40");
        List<String> fields = new ArrayList<>();
        first.get("rader").get(0).properties().forEach(p -> fields.add(p.getKey()));
        List<String> liveFields = new ArrayList<>();
        live.get("rader").get(0).properties().forEach(p -> liveFields.add(p.getKey()));
        assertThat(fields).as("shaped as /results").isEqualTo(liveFields);
        assertThat(json(YEAR_END + "/2/results").get("rader"))
                .as("the version in force is what /results answers at its date")
                .isEqualTo(live.get("rader"));
    }

    @Test
    void a_versions_report_is_a_pdf_in_the_readers_language() throws Exception {
        twoVersions();

        EntityExchangeResult<byte[]> swedish =
                get(YEAR_END + "/1/report.pdf").exchange().expectBody().returnResult();
        EntityExchangeResult<byte[]> english = get(YEAR_END + "/2/report.pdf")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .header(HttpHeaders.ACCEPT, "application/json")
                .exchange()
                .expectBody()
                .returnResult();

        assertThat(swedish.getStatus()).isEqualTo(HttpStatus.OK);
        assertThat(swedish.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(swedish.getResponseHeaders().getContentDisposition().getFilename())
                .isEqualTo("arsbokslut-1081-2017-v1.pdf");
        try (PDDocument pdf = Loader.loadPDF(swedish.getResponseBody())) {
            assertThat(pdf.getDocumentInformation().getTitle())
                    .isEqualTo("Uppföljning av internationell strategi, årsbokslut 2017");
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("sv");
        }
        assertThat(english.getStatus()).as("a PDF whatever the client accepts").isEqualTo(HttpStatus.OK);
        try (PDDocument pdf = Loader.loadPDF(english.getResponseBody())) {
            assertThat(pdf.getDocumentInformation().getTitle())
                    .isEqualTo("Follow-up of the international strategy, annual report 2017");
        }
    }

    @Test
    void a_version_that_is_no_number_or_does_not_exist_says_what_to_write() {
        twoVersions();

        JsonNode bad = JSON.readTree(body(get(YEAR_END + "/första/results"), HttpStatus.BAD_REQUEST));
        JsonNode missing = JSON.readTree(body(get(YEAR_END + "/3/report.pdf"), HttpStatus.NOT_FOUND));
        JsonNode notLocked = JSON.readTree(body(
                get("/api/v1/municipalities/1081/years/2016/year-end/1/results")
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en"),
                HttpStatus.NOT_FOUND));
        JsonNode unknown =
                JSON.readTree(body(get("/api/v1/municipalities/9999/years/2017/year-end"), HttpStatus.NOT_FOUND));

        assertThat(bad.get("parameter").asString()).isEqualTo("version");
        assertThat(bad.get("detail").asString())
                .isEqualTo(
                        "Versionen är \"första\" men ska vara en fastställd versions nummer, ett heltal från 1, t.ex. 1.");
        assertThat(missing.get("detail").asString())
                .isEqualTo(
                        "Planår 2017 för kommun 1081 har ingen version 3. "
                                + "Fastställda versioner: 1, 2. Vilka som finns står på /api/v1/municipalities/1081/years/2017/year-end.");
        assertThat(notLocked.get("detail").asString())
                .startsWith("Plan year 2016 of municipality 1081 has no version 1. Locked versions: –.");
        assertThat(unknown.get("detail").asString()).startsWith("Kommunen 9999 finns inte i Måltavla.");
    }

    @Test
    void nothing_locks_or_reopens_through_the_api_and_it_needs_a_signed_in_user() {
        importSamples("ronneby");

        EntityExchangeResult<byte[]> post = client().post()
                .uri(YEAR_END)
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"datum\":\"2017-12-31\"}")
                .exchange()
                .expectBody()
                .returnResult();
        EntityExchangeResult<byte[]> anonymous = anonymous()
                .get()
                .uri(YEAR_END + "/1/report.pdf")
                .exchange()
                .expectBody()
                .returnResult();

        assertThat(post.getStatus()).isEqualTo(HttpStatus.METHOD_NOT_ALLOWED);
        assertThat(post.getResponseHeaders().getFirst(HttpHeaders.ALLOW)).isEqualTo("GET, HEAD, OPTIONS");
        assertThat(yearEnd.state("1081", 2017).locked()).isFalse();
        assertThat(anonymous.getStatus()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(new String(anonymous.getResponseBody(), StandardCharsets.UTF_8))
                .contains("\"status\":401");
    }
}
