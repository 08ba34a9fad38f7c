package se.maltavla.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import se.maltavla.support.ApiTestBase;
import tools.jackson.databind.JsonNode;

/** Bad parameters are answered 400 and unknown things 404, with a problem document saying what to write instead. */
class ApiErrorsTest extends ApiTestBase {

    private static final String YEAR_2016 = "/api/v1/municipalities/1081/years/2016";

    @BeforeEach
    void strategyAndPlan() {
        importStrategyAndPlan();
    }

    private JsonNode problem(String path, HttpStatus status, String language) {
        var request = get(path);
        if (language != null) {
            request = request.header("Accept-Language", language);
        }
        String body = body(request, status);
        JsonNode problem = JSON.readTree(body);
        assertThat(problem.get("status").asInt()).isEqualTo(status.value());
        assertThat(problem.get("instance").asString()).isEqualTo(path.replaceAll("\\?.*", ""));
        return problem;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            /api/v1/municipalities/abc                    | kommun | abc        | kod med fyra siffror  | four-digit code
            /api/v1/municipalities/12345/strategies       | kommun | 12345      | t.ex. 1081            | e.g. 1081
            /api/v1/municipalities/1081/years/20x7/goals  | ar     | 20x7       | år med fyra siffror   | year of four digits
            /api/v1/municipalities/1081/years/201/indicators | ar  | 201        | t.ex. 2017            | e.g. 2017
            /api/v1/municipalities/1081/years/2016/results?datum=2017-02-30 | datum | 2017-02-30 | ÅÅÅÅ-MM-DD | YYYY-MM-DD
            /api/v1/municipalities/1081/years/2016/results.csv?datum=31/12/2016 | datum | 31/12/2016 | ett datum som finns | a date that exists
            /api/v1/municipalities/1081/years/2016/results?niva=foo | niva | foo        | kommun, element, namnd, mal eller indikator | kommun, element, namnd, mal or indikator
            /api/v1/import-runs?limit=0                   | limit  | 0          | från 1 till 500       | from 1 to 500
            /api/v1/import-runs?limit=501                 | limit  | 501        | från 1 till 500       | from 1 to 500
            /api/v1/import-runs?limit=many                | limit  | many       | ett heltal            | a whole number
            /api/v1/import-runs/x1                        | id     | x1         | importkörnings nummer | number of an import run
            """)
    void a_bad_parameter_is_a_400_naming_it_its_value_and_what_to_write_in_swedish_and_english(
            String path, String parameter, String value, String swedish, String english) {
        JsonNode sv = problem(path, HttpStatus.BAD_REQUEST, null);
        assertThat(sv.get("title").asString()).isEqualTo("Ogiltig parameter");
        assertThat(sv.get("detail").asString())
                .startsWith("Parametern " + parameter + " är \"" + value + "\"")
                .contains(swedish);
        assertThat(sv.get("parameter").asString()).isEqualTo(parameter);
        assertThat(sv.get("varde").asString()).isEqualTo(value);

        JsonNode en = problem(path, HttpStatus.BAD_REQUEST, "en");
        assertThat(en.get("title").asString()).isEqualTo("Invalid parameter");
        assertThat(en.get("detail").asString())
                .startsWith("The parameter " + parameter + " is \"" + value + "\"")
                .contains(english);
    }

    @ParameterizedTest(name = "datum={0}")
    @CsvSource({"-999999999-01-01", "0001-01-01", "2015-12-31", "2117-01-01", "9999-12-31"})
    void an_absurd_date_or_one_before_the_plan_year_is_a_400_that_says_which_dates_to_write(String date) {
        JsonNode sv = problem(YEAR_2016 + "/results?datum=" + date, HttpStatus.BAD_REQUEST, null);
        JsonNode en = problem(YEAR_2016 + "/results.csv?datum=" + date, HttpStatus.BAD_REQUEST, "en");

        assertThat(sv.get("parameter").asString()).isEqualTo("datum");
        assertThat(sv.get("varde").asString()).isEqualTo(date);
        assertThat(sv.get("detail").asString())
                .isEqualTo("Parametern datum är \"" + date + "\" men ska vara ett datum som "
                        + "finns, skrivet ÅÅÅÅ-MM-DD, från 2016-01-01 (planårets första dag, före den räknas inget värde) till och med "
                        + "2116-12-31, t.ex. 2016-08-31. Varje datum efter 2016-12-31 ger siffrorna per 2016-12-31.");
        assertThat(en.get("detail").asString())
                .startsWith("The parameter datum is \"" + date + "\"")
                .contains("from 2016-01-01 (the plan year's first day", "to 2116-12-31", "e.g. 2016-08-31");
    }

    @Test
    void the_dates_at_the_ends_of_the_range_are_answered() {
        assertThat(json(YEAR_2016 + "/results?datum=2016-01-01")
                        .get("utvarderingsdatum")
                        .asString())
                .isEqualTo("2016-01-01");
        assertThat(json(YEAR_2016 + "/results?datum=2116-12-31")
                        .get("utvarderingsdatum")
                        .asString())
                .isEqualTo("2016-12-31");
    }

    @Test
    void problems_are_rfc_9457_documents() {
        get("/api/v1/municipalities/abc")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void english_is_chosen_by_the_first_language_the_client_accepts_and_swedish_is_the_default() {
        assertThat(problem("/api/v1/municipalities/9999", HttpStatus.NOT_FOUND, "en-GB,en;q=0.9,sv;q=0.5")
                        .get("title")
                        .asString())
                .isEqualTo("Not found");
        assertThat(problem("/api/v1/municipalities/9999", HttpStatus.NOT_FOUND, "sv-SE,sv;q=0.9,en;q=0.8")
                        .get("title")
                        .asString())
                .isEqualTo("Finns inte");
        assertThat(problem("/api/v1/municipalities/9999", HttpStatus.NOT_FOUND, "de")
                        .get("title")
                        .asString())
                .isEqualTo("Finns inte");
    }

    @Test
    void an_unknown_municipality_is_a_404() {
        JsonNode sv = problem("/api/v1/municipalities/9999/years/2016/results", HttpStatus.NOT_FOUND, null);
        assertThat(sv.get("title").asString()).isEqualTo("Finns inte");
        assertThat(sv.get("detail").asString())
                .isEqualTo(
                        "Kommunen 9999 finns inte i Måltavla. Kommunerna som finns listas på /api/v1/municipalities.");

        JsonNode en = problem("/api/v1/municipalities/9999", HttpStatus.NOT_FOUND, "en");
        assertThat(en.get("detail").asString())
                .isEqualTo(
                        "Municipality 9999 is not in Måltavla. The municipalities it holds are listed at /api/v1/municipalities.");
    }

    @Test
    void a_year_with_neither_goals_nor_a_strategy_is_a_404_that_lists_the_years_with_goals() {
        JsonNode sv = problem("/api/v1/municipalities/1081/years/2019/goals", HttpStatus.NOT_FOUND, null);
        assertThat(sv.get("detail").asString())
                .isEqualTo("Kommunen 1081 har varken mål eller någon giltig strategi för år 2019. År med mål: 2016.");
        JsonNode en = problem("/api/v1/municipalities/1081/years/2019/results.csv", HttpStatus.NOT_FOUND, "en");
        assertThat(en.get("detail").asString())
                .isEqualTo(
                        "Municipality 1081 has neither goals nor a valid strategy for the year 2019. Years with goals: 2016.");
    }

    @Test
    void a_year_of_the_strategy_without_goals_yet_is_no_error() {
        JsonNode goals = json("/api/v1/municipalities/1081/years/2017/goals");

        assertThat(goals).isEmpty();
        assertThat(json("/api/v1/municipalities/1081/years/2017/results")
                        .get("rader")
                        .get(0)
                        .get("status")
                        .asString())
                .isEqualTo("ej_matbar");
    }

    @Test
    void an_unknown_import_run_is_a_404() {
        JsonNode sv = problem("/api/v1/import-runs/999999", HttpStatus.NOT_FOUND, null);
        assertThat(sv.get("detail").asString())
                .isEqualTo("Importkörningen 999999 finns inte. De senaste körningarna listas på /api/v1/import-runs.");
        assertThat(problem("/api/v1/import-runs/999999", HttpStatus.NOT_FOUND, "en")
                        .get("detail")
                        .asString())
                .isEqualTo("Import run 999999 does not exist. The latest runs are listed at /api/v1/import-runs.");
    }

    @Test
    void an_unknown_path_under_api_is_a_404_problem_not_the_dashboard() {
        JsonNode sv = problem("/api/v1/kommuner", HttpStatus.NOT_FOUND, null);
        assertThat(sv.get("detail").asString()).contains("/api/v1/kommuner", "/swagger-ui/index.html");
        assertThat(problem("/api/v2/municipalities", HttpStatus.NOT_FOUND, "en")
                        .get("title")
                        .asString())
                .isEqualTo("Not found");
    }

    @Test
    void bad_parameters_are_reported_before_what_does_not_exist() {
        JsonNode problem =
                problem("/api/v1/municipalities/9999/years/2016/results?niva=foo", HttpStatus.BAD_REQUEST, null);

        assertThat(problem.get("parameter").asString()).isEqualTo("niva");
    }

    @Test
    void json_is_all_a_json_resource_gives_and_a_csv_file_is_always_csv() {
        assertThat(get(YEAR_2016 + "/results")
                        .header("Accept", "text/csv")
                        .exchange()
                        .returnResult()
                        .getStatus())
                .isEqualTo(HttpStatus.NOT_ACCEPTABLE);
        get(YEAR_2016 + "/results.csv")
                .header("Accept", "application/json")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentType("text/csv;charset=UTF-8");
    }

    @Test
    void the_api_is_read_only() {
        assertThat(client().post()
                        .uri(YEAR_2016 + "/results")
                        .exchange()
                        .returnResult()
                        .getStatus())
                .isEqualTo(HttpStatus.METHOD_NOT_ALLOWED);
    }
}
