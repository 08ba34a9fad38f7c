package se.maltavla.api;

import static org.assertj.core.api.Assertions.assertThat;
import static se.maltavla.db.Tables.RESULT_ROW;

import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import se.maltavla.fulfilment.FulfilmentService;
import se.maltavla.fulfilment.export.ResultsExport;
import se.maltavla.support.ApiTestBase;
import se.maltavla.support.Workbooks;
import tools.jackson.databind.JsonNode;

/** The results over the API: the export's rows and figures, read from what is stored. */
class ResultsApiTest extends ApiTestBase {

    /** Columns whose figures are rounded to one decimal: the JSON number has exactly the export's digits. */
    private static final List<String> PERCENTS = List.of("uppfyllelse_procent", "tackning_procent");

    @Autowired
    FulfilmentService fulfilment;

    private static String results(String municipality, int year) {
        return "/api/v1/municipalities/" + municipality + "/years/" + year + "/results";
    }

    private JsonNode row(JsonNode results, String level, String code) {
        for (JsonNode row : results.get("rader")) {
            if (row.get("niva").asString().equals(level)
                    && row.get("kod").asString().equals(code)) {
                return row;
            }
        }
        throw new AssertionError(level + " " + code + " not in the results");
    }

    private static String figure(JsonNode row) {
        return row.get("uppfyllelse_procent").toString() + " "
                + row.get("status").asString();
    }

    private List<CSVRecord> export(String municipality, int year, LocalDate date) throws Exception {
        StringWriter out = new StringWriter();
        fulfilment.exportResults(municipality, year, date, out);
        return CSVFormat.DEFAULT
                .builder()
                .setDelimiter(';')
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(out.toString().substring(1)))
                .getRecords();
    }

    /** Every row, every field: the JSON says what the CSV export says, parsed back as Swedish Excel would. */
    private void assertSameAsExport(String municipality, int year, LocalDate date) throws Exception {
        JsonNode json = json(results(municipality, year) + "?datum=" + date);
        List<CSVRecord> csv = export(municipality, year, date);

        assertThat(json.get("utvarderingsdatum").asString()).isEqualTo(date.toString());
        JsonNode rows = json.get("rader");
        assertThat(rows).as("rows of %s %d at %s", municipality, year, date).hasSize(csv.size());
        for (int i = 0; i < csv.size(); i++) {
            JsonNode row = rows.get(i);
            List<String> names = new ArrayList<>();
            row.properties().forEach(p -> names.add(p.getKey()));
            assertThat(names.subList(0, ResultsExport.COLUMNS.size()))
                    .as("the export's columns first, in its order")
                    .isEqualTo(ResultsExport.COLUMNS);
            for (String column : ResultsExport.COLUMNS) {
                assertSameCell(
                        csv.get(i).get(column),
                        row.get(column),
                        municipality + " " + year + " " + date + " row " + (i + 2) + " " + column);
            }
        }
    }

    private static void assertSameCell(String cell, JsonNode value, String where) {
        if (value.isNull()) {
            assertThat(cell).as(where).isEmpty();
        } else if (value.isNumber()) {
            BigDecimal exported = new BigDecimal(cell.replace(',', '.'));
            if (PERCENTS.stream().anyMatch(where::endsWith)) {
                assertThat(value.decimalValue()).as(where + ": same digits").isEqualTo(exported);
            } else {
                assertThat(value.decimalValue()).as(where).isEqualByComparingTo(exported);
            }
        } else {
            assertThat(cell).as(where).isIn(value.asString(), "'" + value.asString());
        }
    }

    @Test
    void ronneby_results_are_the_export_row_by_row_in_every_plan_year_and_during_the_year() throws Exception {
        importSamples("ronneby");

        for (int year : fulfilment.planYears("1081")) {
            assertSameAsExport("1081", year, LocalDate.of(year, 12, 31));
        }
        assertSameAsExport("1081", 2017, LocalDate.of(2017, 8, 31));
        assertSameAsExport("1081", 2016, LocalDate.of(2016, 4, 30));
    }

    @Test
    void kungsbacka_results_are_the_export_row_by_row_in_every_plan_year() throws Exception {
        importSamples("kungsbacka");

        assertThat(fulfilment.planYears("1384")).containsExactly(2020, 2019, 2018);
        for (int year : fulfilment.planYears("1384")) {
            assertSameAsExport("1384", year, LocalDate.of(year, 12, 31));
        }
        assertSameAsExport("1384", 2020, LocalDate.of(2020, 6, 30));
    }

    @Test
    void the_hand_checked_figures_of_the_sample_data() {
        importSamples("ronneby");
        importSamples("kungsbacka");

        JsonNode ronneby = json(results("1081", 2017));
        assertThat(figure(row(ronneby, "mal", "KFN-17-2")))
                .as("(1,2−1,1)/(1,3−1,1) exactly")
                .isEqualTo("50.0 delvis");
        assertThat(figure(row(ronneby, "element", "PO-HS"))).isEqualTo("81.1 delvis");
        assertThat(figure(row(ronneby, "element", "EUSBSR-HAVET")))
                .as("through Klart vatten i havet")
                .isEqualTo("81.1 delvis");
        assertThat(figure(row(ronneby, "kommun", "1081"))).isEqualTo("74.9 delvis");
        assertThat(figure(row(ronneby, "mal", "SN-17-2"))).isEqualTo("null saknas");
        assertThat(figure(row(ronneby, "mal", "MBN-17-2"))).isEqualTo("null ej_matbar");
        JsonNode indicator = row(ronneby, "indikator", "KFN-17-2.1");
        assertThat(indicator.get("varde").toString() + " " + indicator.get("utgangsvarde") + " "
                        + indicator.get("malvarde"))
                .isEqualTo("1.2 1.1 1.3");
        assertThat(figure(row(json(results("1384", 2020)), "kommun", "1384"))).isEqualTo("71.0 delvis");
    }

    @Test
    void results_csv_is_the_export_byte_for_byte() {
        importSamples("ronneby");
        StringWriter export = new StringWriter();
        fulfilment.exportResults("1081", 2017, LocalDate.of(2017, 8, 31), export);

        EntityExchangeResult<byte[]> response = get(results("1081", 2017) + ".csv?datum=2017-08-31")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentType("text/csv;charset=UTF-8")
                .expectHeader()
                .valueEquals(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"resultat-1081-2017.csv\"")
                .expectBody()
                .returnResult();

        byte[] body = response.getResponseBody();
        assertThat(body).isEqualTo(export.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
    }

    @Test
    void results_xlsx_is_the_same_export_as_a_workbook_with_words_in_the_asked_language() {
        importSamples("ronneby");
        String path = results("1081", 2017) + ".xlsx?datum=2017-12-31";

        byte[] swedish = get(path)
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .expectHeader()
                .valueEquals(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"resultat-1081-2017.xlsx\"")
                .expectBody()
                .returnResult()
                .getResponseBody();
        byte[] english = get(path)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .header(HttpHeaders.ACCEPT, "application/json")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .returnResult()
                .getResponseBody();

        Workbooks sv = Workbooks.read(swedish);
        Workbooks en = Workbooks.read(english);
        assertThat(sv.header()).isEqualTo(ResultsExport.COLUMNS);
        assertThat(sv.headerFrozen()).isTrue();
        var municipality = sv.rowWhere("niva", "kommun");
        assertThat(municipality.get(sv.column("kommun")).getStringCellValue()).isEqualTo("1081");
        assertThat(municipality.get(sv.column("status")).getStringCellValue())
                .as("74,9 delvis, as SampleResultsExportTest has it")
                .isEqualTo("Delvis uppfyllt");
        assertThat(Workbooks.shownInSwedish(municipality.get(sv.column("uppfyllelse_procent"))))
                .isEqualTo("74,9 %");
        assertThat(en.rowWhere("niva", "kommun").get(en.column("status")).getStringCellValue())
                .isEqualTo("Partly met");
        assertThat(sv.rows()).hasSameSizeAs(en.rows());
    }

    @Test
    void results_xlsx_answers_a_bad_date_and_an_unknown_municipality_as_results_csv_does() {
        importSamples("ronneby");

        assertThat(body(get(results("1081", 2017) + ".xlsx?datum=2017-13-01"), HttpStatus.BAD_REQUEST))
                .contains("datum");
        body(get(results("9999", 2017) + ".xlsx"), HttpStatus.NOT_FOUND);
        anonymous()
                .get()
                .uri(results("1081", 2017) + ".xlsx")
                .exchange()
                .expectStatus()
                .isUnauthorized();
    }

    @Test
    void without_datum_the_figures_are_for_the_default_date_and_a_later_date_is_the_year_end() {
        importSamples("ronneby");

        assertThat(json(results("1081", 2016)).get("utvarderingsdatum").asString())
                .isEqualTo("2016-12-31");
        assertThat(json(results("1081", 2016) + "?datum=2030-01-01")
                        .get("utvarderingsdatum")
                        .asString())
                .isEqualTo("2016-12-31");
        assertThat(body(get(results("1081", 2016) + ".csv"), HttpStatus.OK))
                .isEqualTo(body(get(results("1081", 2016) + ".csv?datum=2016-12-31"), HttpStatus.OK));
    }

    @Test
    void niva_keeps_one_level() {
        importSamples("ronneby");

        JsonNode goals = json(results("1081", 2017) + "?niva=mal");

        assertThat(goals.get("rader"))
                .isNotEmpty()
                .allSatisfy(row -> assertThat(row.get("niva").asString()).isEqualTo("mal"));
        assertThat(json(results("1081", 2017) + "?niva=KOMMUN").get("rader")).hasSize(1);
    }

    @Test
    void extra_fields_give_the_unrounded_figures_the_value_used_its_source_and_the_forecast() {
        importSamples("ronneby");

        JsonNode results = json(results("1081", 2017));

        assertThat(results.get("kommun").asString()).isEqualTo("1081");
        assertThat(results.get("ar").asInt()).isEqualTo(2017);
        assertThat(results.get("beraknad").asString()).isNotBlank();
        assertThat(results.get("troskelvarden").get("ovre").decimalValue()).isEqualByComparingTo("100");
        assertThat(results.get("troskelvarden").get("nedre").decimalValue()).isEqualByComparingTo("50");
        JsonNode municipality = row(results, "kommun", "1081");
        assertThat(new BigDecimal(municipality.get("uppfyllelse_andel").asString()))
                .as("unrounded, as a fraction")
                .isBetween(new BigDecimal("0.7490"), new BigDecimal("0.7495"));
        JsonNode indicator = row(results, "indikator", "KFN-17-2.1");
        assertThat(indicator.get("uppfyllelse_andel").asString()).isEqualTo("0.5");
        assertThat(indicator.get("framsteg").asString()).isEqualTo("0.5");
        assertThat(indicator.get("period").asString()).isEqualTo("2017-T3");
        assertThat(indicator.get("kalla").get("fil").asString()).isEqualTo("utfall-2017-T3.csv");
        assertThat(indicator.get("kalla").get("rad").asLong()).isPositive();
        assertThat(indicator.get("prognos").get("status").asString()).isIn("pa_vag", "risk");
        assertThat(indicator.get("prognos").get("maldatum").asString()).isEqualTo("2017-12-31");
        JsonNode goal = row(results, "mal", "KFN-17-2");
        assertThat(indicator.get("overordnad_id").asLong())
                .as("an indicator's parent is its goal")
                .isEqualTo(goal.get("id").asLong());
        JsonNode milestone = row(results, "indikator", "KS-17-3.2");
        assertThat(milestone.get("typ").asString()).isEqualTo("ja_nej");
        assertThat(milestone.get("malvarde").asString()).isEqualTo("ja");
    }

    @Test
    void serves_the_stored_figures_and_does_not_recompute_them() {
        importSamples("ronneby");
        // Tamper with the stored figure: a recompute would put 50,0 back.
        db.update(RESULT_ROW)
                .set(RESULT_ROW.FULFILMENT, new BigDecimal("0.123"))
                .where(RESULT_ROW.CODE.eq("KFN-17-2"), RESULT_ROW.RESULT_LEVEL.eq("mal"))
                .execute();

        assertThat(row(json(results("1081", 2017)), "mal", "KFN-17-2")
                        .get("uppfyllelse_procent")
                        .decimalValue())
                .isEqualTo(new BigDecimal("12.3"));
        assertThat(body(get(results("1081", 2017) + ".csv"), HttpStatus.OK))
                .contains("mal;1081;2017;KFN-17-2;")
                .contains(";12,3;");
    }

    @Test
    void results_answer_with_an_etag_and_a_matching_if_none_match_gets_304_until_the_figures_change() {
        importSamples("ronneby");
        String path = results("1081", 2017) + "?datum=2017-08-31";

        EntityExchangeResult<byte[]> first = get(path)
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals(HttpHeaders.CACHE_CONTROL, "no-cache, private")
                .expectBody()
                .returnResult();
        String tag = first.getResponseHeaders().getETag();
        assertThat(tag).as("a strong entity tag").matches("\"[0-9a-f]{32}\"");
        EntityExchangeResult<byte[]> again =
                get(path).exchange().expectStatus().isOk().expectBody().returnResult();
        assertThat(again.getResponseHeaders().getETag()).isEqualTo(tag);
        assertThat(again.getResponseBody()).as("the kept body is the body").isEqualTo(first.getResponseBody());

        EntityExchangeResult<byte[]> notModified = get(path)
                .header(HttpHeaders.IF_NONE_MATCH, tag)
                .exchange()
                .expectStatus()
                .isNotModified()
                .expectHeader()
                .valueEquals(HttpHeaders.CACHE_CONTROL, "no-cache, private")
                .expectBody()
                .returnResult();
        assertThat(notModified.getResponseHeaders().getETag()).isEqualTo(tag);
        assertThat(notModified.getResponseBody()).as("304 has no body").isNullOrEmpty();
        get(path)
                .header(HttpHeaders.IF_NONE_MATCH, "\"something-else\", W/" + tag)
                .exchange()
                .expectStatus()
                .isNotModified();
        get(path)
                .header(HttpHeaders.IF_NONE_MATCH, "\"something-else\"")
                .exchange()
                .expectStatus()
                .isOk();

        String goalsOnly = get(path + "&niva=mal")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .returnResult()
                .getResponseHeaders()
                .getETag();
        assertThat(goalsOnly).as("another level, another body, another tag").isNotEqualTo(tag);
        get(results("1081", 2017) + "?datum=2017-09-30")
                .header(HttpHeaders.IF_NONE_MATCH, tag)
                .exchange()
                .expectStatus()
                .isOk();

        // A new value changes the figures: the old tag no longer matches, the new body shows the value.
        String before = figure(row(JSON.readTree(first.getResponseBody()), "indikator", "KFN-17-2.1"));
        inbox.write("utfall-sent.csv", "kommun;indikator_kod;period;varde", "1081;KFN-17-2.1;2017-T2;3");
        assertThat(run().exitStatus()).isZero();
        EntityExchangeResult<byte[]> changed = get(path)
                .header(HttpHeaders.IF_NONE_MATCH, tag)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .returnResult();
        assertThat(changed.getResponseHeaders().getETag()).isNotEqualTo(tag);
        assertThat(figure(row(JSON.readTree(changed.getResponseBody()), "indikator", "KFN-17-2.1")))
                .isNotEqualTo(before);
    }

    @Test
    void guidelines_give_the_shares_per_committee_and_element_and_the_breaches() {
        importSamples("ronneby");

        JsonNode guidelines = json("/api/v1/municipalities/1081/years/2017/guidelines");

        JsonNode ks = null;
        for (JsonNode committee : guidelines.get("namnder")) {
            if (committee.get("namn").asString().equals("Kommunstyrelsen")) {
                ks = committee;
            }
        }
        assertThat(ks).isNotNull();
        assertThat(ks.get("kriterier").get("utgangsvarde").toString())
                .isEqualTo("{\"uppfyllda\":2,\"tillampliga\":3,\"procent\":66.7}");
        assertThat(ks.get("kriterier").properties())
                .extracting(Map.Entry::getKey)
                .containsExactly("agare", "utforare", "forankrad", "rapporterad", "matbar", "utgangsvarde", "maldatum");
        assertThat(guidelines.get("element")).isNotEmpty();
        assertThat(guidelines.get("avvikelser"))
                .isNotEmpty()
                .allSatisfy(breach -> assertThat(breach.get("brister")).isNotEmpty());
    }
}
