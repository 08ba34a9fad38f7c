package se.maltavla.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.maltavla.support.ApiTestBase;
import tools.jackson.databind.JsonNode;

/** Municipalities, strategies, goals and indicators with their values, as imported. */
class PlanApiTest extends ApiTestBase {

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode item : array) {
            if (item.get(field).asString().equals(value)) {
                return item;
            }
        }
        throw new AssertionError(field + " " + value + " not in " + array);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asString()));
        return texts;
    }

    @Test
    void lists_the_municipalities_with_thresholds_plan_years_and_strategies() {
        importSamples("ronneby");
        importSamples("kungsbacka");

        JsonNode all = json("/api/v1/municipalities");

        assertThat(all).hasSize(2);
        JsonNode ronneby = find(all, "kod", "1081");
        assertThat(ronneby.get("namn").asString()).isEqualTo("Ronneby");
        assertThat(ronneby.get("lan").toString()).isEqualTo("{\"kod\":\"10\",\"namn\":\"Blekinge län\"}");
        assertThat(find(all, "kod", "1384").get("namn").asString()).isEqualTo("Kungsbacka");
        assertThat(texts(ronneby.get("planar"))).containsExactly("2017", "2016");
        assertThat(ronneby.get("troskelvarden").toString()).isEqualTo("{\"ovre\":100,\"nedre\":50}");
        JsonNode strategy = ronneby.get("strategier").get(0);
        assertThat(strategy.get("kod").asString()).isEqualTo("RON-INT-2016");
        assertThat(strategy.get("giltig_fran").asString()).isEqualTo("2016-01-01");
        assertThat(strategy.get("giltig_till").asString()).isEqualTo("2017-12-31");
        assertThat(strategy.get("antagen").asString()).isEqualTo("KF 2015-12-10");
        assertThat(json("/api/v1/municipalities/1384")
                        .get("strategier")
                        .get(0)
                        .get("kod")
                        .asString())
                .isEqualTo("KBA-INT-2014");
    }

    @Test
    void a_municipality_code_shortened_by_excel_is_read_as_the_import_reads_it() {
        inbox.write("strategi.csv", STRATEGY_HEADER, "114;UV;strategi;UV;Upplands Väsbys strategi;;2016-01-01;");
        run();

        assertThat(json("/api/v1/municipalities/114").get("kod").asString()).isEqualTo("0114");
        assertThat(json("/api/v1/municipalities/114").get("namn").asString()).isEqualTo("Upplands Väsby");
        assertThat(json("/api/v1/municipalities/0114/strategies")
                        .get(0)
                        .get("giltig_till")
                        .isNull())
                .isTrue();
    }

    @Test
    void a_code_not_in_the_code_list_still_works_with_no_name_and_no_county() {
        inbox.write("strategi.csv", STRATEGY_HEADER, "9999;T;strategi;T;Teststrategi;;2016-01-01;");
        run();

        JsonNode test = json("/api/v1/municipalities/9999");

        assertThat(test.get("kod").asString()).isEqualTo("9999");
        assertThat(test.get("namn").isNull()).isTrue();
        assertThat(test.get("lan").isNull()).isTrue();
        assertThat(test.get("strategier").get(0).get("namn").asString()).isEqualTo("Teststrategi");
    }

    @Test
    void strategies_come_with_their_elements_and_links() {
        importSamples("ronneby");

        JsonNode strategy = json("/api/v1/municipalities/1081/strategies").get(0);

        assertThat(strategy.get("beskrivning").asString()).contains("\n");
        JsonNode elements = strategy.get("element");
        assertThat(elements)
                .as("the 38 rows of strategi.csv but the strategy's own")
                .hasSize(37);
        JsonNode hallbaraStader = find(elements, "kod", "PO-HS");
        assertThat(hallbaraStader.get("namn").asString()).isEqualTo("Hållbara städer");
        assertThat(hallbaraStader.get("typ").asString()).isEqualTo("prioriterat_omrade");
        assertThat(texts(hallbaraStader.get("kopplingar"))).contains("EUSBSR-VATTEN", "FM-BOENDE", "OM3");
        JsonNode cleanWater = find(elements, "kod", "EUSBSR-VATTEN");
        assertThat(cleanWater.get("typ").asString()).isEqualTo("extern");
        assertThat(cleanWater.get("grupp").asString()).isNotBlank();
        assertThat(texts(cleanWater.get("kopplingar"))).containsExactly("EUSBSR-HAVET");
    }

    @Test
    void goals_of_a_plan_year_with_their_committee_links_and_indicators() {
        importSamples("ronneby");

        JsonNode goals = json("/api/v1/municipalities/1081/years/2017/goals");

        JsonNode goal = find(goals, "mal_kod", "KS-17-1");
        assertThat(goal.get("mal").asString())
                .isEqualTo("Öka antalet EU-finansierade utvecklingsprojekt i kommunens verksamheter");
        assertThat(goal.get("namnd").asString()).isEqualTo("Kommunstyrelsen");
        assertThat(texts(goal.get("kopplingar"))).containsExactlyInAnyOrder("PO-HS", "PO-MK", "OM1");
        assertThat(texts(goal.get("indikatorer"))).containsExactly("KS-17-1.1", "KS-17-1.2");
        assertThat(goal.get("kalla").get("fil").asString()).isEqualTo("handlingsplan-kommunstyrelsen.csv");
        assertThat(goals).allSatisfy(g -> assertThat(g.get("ar").asInt()).isEqualTo(2017));
    }

    @Test
    void indicators_list_every_plan_row_field_and_all_their_values_with_file_and_line() {
        importSamples("ronneby");

        JsonNode indicators = json("/api/v1/municipalities/1081/years/2017/indicators");

        JsonNode indicator = find(indicators, "indikator_kod", "KFN-17-2.1");
        assertThat(indicator.get("mal_kod").asString()).isEqualTo("KFN-17-2");
        assertThat(indicator.get("namnd").asString()).isEqualTo("Kultur- och fritidsnämnden");
        assertThat(indicator.get("typ").asString()).isEqualTo("tal");
        assertThat(indicator.get("riktning").asString()).isEqualTo("oka");
        assertThat(indicator.get("utgangsvarde").toString()).isEqualTo("1.1");
        assertThat(indicator.get("malvarde").toString()).isEqualTo("1.3");
        assertThat(indicator.get("maldatum").asString()).isEqualTo("2017-12-31");
        assertThat(indicator.get("vikt").toString()).isEqualTo("1");
        JsonNode values = indicator.get("varden");
        assertThat(values).hasSize(3);
        JsonNode t3 = values.get(2);
        assertThat(t3.get("period").asString()).isEqualTo("2017-T3");
        assertThat(t3.get("period_slut").asString()).isEqualTo("2017-12-31");
        assertThat(t3.get("varde").toString()).isEqualTo("1.2");
        assertThat(t3.get("kalla").get("fil").asString()).isEqualTo("utfall-2017-T3.csv");
        assertThat(t3.get("kalla").get("rad").asLong()).isGreaterThan(1);
        assertThat(values)
                .allSatisfy(
                        v -> assertThat(v.get("kalla").get("fil").asString()).startsWith("utfall-2017-"));

        JsonNode milestone = find(indicators, "indikator_kod", "KS-17-3.2");
        assertThat(milestone.get("typ").asString()).isEqualTo("ja_nej");
        assertThat(milestone.get("malvarde").asString()).isEqualTo("ja");
        assertThat(milestone.get("varden"))
                .allSatisfy(v -> assertThat(v.get("varde").asString()).isIn("ja", "nej"));
    }

    @Test
    void a_corrected_value_shows_its_new_file_and_line() {
        importSamples("ronneby");

        JsonNode indicator =
                find(json("/api/v1/municipalities/1081/years/2016/indicators"), "indikator_kod", "KS-16-1.2");

        JsonNode t3 = find(indicator.get("varden"), "period", "2016-T3");
        assertThat(t3.get("varde").toString()).isEqualTo("1700000");
        assertThat(t3.get("kalla").get("fil").asString()).isEqualTo("utfall-2017-T1.csv");
    }

    @Test
    void comments_reporters_and_the_guideline_fields_as_written() {
        importStrategyAndPlan();
        inbox.write(
                "utfall.csv",
                "kommun;indikator_kod;period;varde;kommentar;rapporterad_av",
                "1081;I1;2016-T1;4;Två nya projekt;Anna",
                "1081;I2;2016-T1;nej;;");
        run();

        JsonNode indicators = json("/api/v1/municipalities/1081/years/2016/indicators");

        JsonNode value = find(indicators, "indikator_kod", "I1").get("varden").get(0);
        assertThat(value.get("kommentar").asString()).isEqualTo("Två nya projekt");
        assertThat(value.get("rapporterad_av").asString()).isEqualTo("Anna");
        assertThat(value.get("kalla").get("rad").asLong()).isEqualTo(2);
        JsonNode milestone = find(indicators, "indikator_kod", "I2");
        assertThat(milestone.get("varden").get(0).get("varde").asString()).isEqualTo("nej");
        assertThat(texts(milestone.get("perspektiv"))).containsExactly("PER1");
        assertThat(milestone.get("forankrad").isNull()).isTrue();
    }

    @Test
    void activities_count_each_partner_in_its_own_country() {
        importSamples("ronneby");

        JsonNode activities = json("/api/v1/municipalities/1081/years/2016/activities");

        JsonNode baltic = find(activities.get("aktiviteter"), "aktivitet_kod", "PR-BALTICWATER");
        List<String> countries = new ArrayList<>();
        baltic.get("partner").forEach(p -> countries.add(p.get("land").asString()));
        assertThat(countries).containsExactly("PL", "LT", "SE");
        JsonNode lithuania = find(activities.get("lander"), "land", "LT");
        assertThat(lithuania.get("partner").asInt()).isEqualTo(1);
        assertThat(texts(lithuania.get("aktiviteter"))).containsExactly("PR-BALTICWATER");
        assertThat(find(activities.get("lander"), "land", "PL").get("partner").asInt())
                .as("Elbląg's twin town and BalticWater")
                .isEqualTo(2);
    }
}
