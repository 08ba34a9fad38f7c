package se.maltavla.shared.municipality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped code list (src/main/resources/municipalities/kommuner.csv) and how it is looked up. */
class SwedishMunicipalitiesTest {

    @Test
    void the_file_holds_290_municipalities_each_code_once_in_code_order() throws IOException {
        List<String> rows = fileLines().subList(1, fileLines().size());

        assertThat(rows).hasSize(290);
        List<String> codes = rows.stream().map(r -> r.split(";")[0]).toList();
        assertThat(Set.copyOf(codes)).hasSize(290);
        assertThat(codes).isSorted().allMatch(c -> c.matches("[0-9]{4}"));
        assertThat(SwedishMunicipalities.all())
                .extracting(SwedishMunicipality::code)
                .isEqualTo(codes);
    }

    @Test
    void the_file_is_utf8_without_a_bom_in_composed_form() throws IOException {
        byte[] bytes = fileBytes();
        String text = new String(bytes, StandardCharsets.UTF_8);

        assertThat(bytes[0]).as("no byte order mark").isEqualTo((byte) 'k');
        assertThat(text.getBytes(StandardCharsets.UTF_8)).isEqualTo(bytes);
        assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();
        assertThat(text).doesNotContain("\r", "\uFFFD");
    }

    @Test
    void twenty_one_counties_each_code_the_first_two_digits_of_its_municipalities() {
        List<County> counties = SwedishMunicipalities.counties();

        assertThat(counties).hasSize(21);
        assertThat(counties)
                .extracting(County::code)
                .containsExactly(
                        "01", "03", "04", "05", "06", "07", "08", "09", "10", "12", "13", "14", "17", "18", "19", "20",
                        "21", "22", "23", "24", "25");
        assertThat(counties).extracting(County::name).doesNotHaveDuplicates().allMatch(n -> n.endsWith(" län"));
        assertThat(SwedishMunicipalities.all())
                .allSatisfy(m -> assertThat(m.code()).startsWith(m.county().code()));
        Map<String, Long> perCounty = SwedishMunicipalities.all().stream()
                .collect(Collectors.groupingBy(m -> m.county().name(), Collectors.counting()));
        assertThat(perCounty)
                .containsEntry("Stockholms län", 26L)
                .containsEntry("Gotlands län", 1L)
                .containsEntry("Blekinge län", 5L)
                .containsEntry("Skåne län", 33L)
                .containsEntry("Västra Götalands län", 49L)
                .containsEntry("Norrbottens län", 14L);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            0114 | Upplands Väsby | Upplands Väsby kommun | Stockholms län
            0139 | Upplands-Bro   | Upplands-Bro kommun   | Stockholms län
            0180 | Stockholm      | Stockholms kommun     | Stockholms län
            0331 | Heby           | Heby kommun           | Uppsala län
            0880 | Kalmar         | Kalmar kommun         | Kalmar län
            0980 | Gotland        | Gotlands kommun       | Gotlands län
            1081 | Ronneby        | Ronneby kommun        | Blekinge län
            1256 | Östra Göinge   | Östra Göinge kommun   | Skåne län
            1280 | Malmö          | Malmö kommun          | Skåne län
            1384 | Kungsbacka     | Kungsbacka kommun     | Hallands län
            1438 | Dals-Ed        | Dals-Eds kommun       | Västra Götalands län
            1462 | Lilla Edet     | Lilla Edets kommun    | Västra Götalands län
            1480 | Göteborg       | Göteborgs kommun      | Västra Götalands län
            1490 | Borås          | Borås kommun          | Västra Götalands län
            2023 | Malung-Sälen   | Malung-Sälens kommun  | Dalarnas län
            2080 | Falun          | Falu kommun           | Dalarnas län
            2514 | Kalix          | Kalix kommun          | Norrbottens län
            2584 | Kiruna         | Kiruna kommun         | Norrbottens län
            """)
    void well_known_municipalities(String code, String name, String inText, String county) {
        SwedishMunicipality municipality = SwedishMunicipalities.find(code).orElseThrow();

        assertThat(municipality.name()).isEqualTo(name);
        assertThat(municipality.inText()).isEqualTo(inText);
        assertThat(municipality.county().name()).isEqualTo(county);
        assertThat(SwedishMunicipalities.name(code)).isEqualTo(name);
    }

    @Test
    void every_name_in_text_is_the_name_with_the_word_kommun() {
        assertThat(SwedishMunicipalities.all())
                .allSatisfy(m -> assertThat(m.inText()).endsWith(" kommun"))
                .allSatisfy(m -> assertThat(m.inText())
                        .startsWith(m.name().substring(0, m.name().length() - 2)));
        assertThat(SwedishMunicipalities.all())
                .extracting(SwedishMunicipality::name)
                .doesNotHaveDuplicates();
    }

    @Test
    void a_known_code_is_named_with_its_code_where_the_code_identifies() {
        assertThat(SwedishMunicipalities.nameAndCode("1081")).isEqualTo("Ronneby (1081)");
        assertThat(SwedishMunicipalities.nameAndCode("0114")).isEqualTo("Upplands Väsby (0114)");
    }

    @Test
    void an_unknown_code_still_works_and_shows_the_code() {
        assertThat(SwedishMunicipalities.find("9999")).isEmpty();
        assertThat(SwedishMunicipalities.name("9999")).isEqualTo("9999");
        assertThat(SwedishMunicipalities.nameAndCode("9999")).isEqualTo("9999");
        assertThat(SwedishMunicipalities.name("114"))
                .as("only four digits match")
                .isEqualTo("114");
        assertThat(SwedishMunicipalities.find(null)).isEmpty();
        assertThat(SwedishMunicipalities.name(null)).isNull();
    }

    @Test
    void a_broken_list_is_refused_with_the_line() {
        String header = SwedishMunicipalities.HEADER + "\n";

        assertThatThrownBy(() -> SwedishMunicipalities.read(new StringReader("kod;namn\n1081;Ronneby\n")))
                .hasMessageContaining("first line");
        assertThatThrownBy(() -> SwedishMunicipalities.read(
                        new StringReader(header + "1081;Ronneby;Ronneby kommun;10;Blekinge län\n"
                                + "1081;Ronneby;Ronneby kommun;10;Blekinge län\n")))
                .hasMessageContaining("line 3: code 1081 is given twice");
        assertThatThrownBy(() -> SwedishMunicipalities.read(
                        new StringReader(header + "1081;Ronneby;Ronneby kommun;12;Skåne län\n")))
                .hasMessageContaining("line 2");
        assertThatThrownBy(() -> SwedishMunicipalities.read(new StringReader(header + "1081;Ronneby\n")))
                .hasMessageContaining("line 2 has 2 fields");
        assertThatThrownBy(() -> SwedishMunicipalities.read(
                        new StringReader(header + "1080;Karlskrona;Karlskrona kommun;10;Blekinge län\n"
                                + "1081;Ronneby;Ronneby kommun;10;Blekinge\n")))
                .hasMessageContaining("line 3: county 10 is Blekinge län above, not Blekinge");
    }

    private static List<String> fileLines() throws IOException {
        return new String(fileBytes(), StandardCharsets.UTF_8).lines().toList();
    }

    private static byte[] fileBytes() throws IOException {
        try (InputStream in = SwedishMunicipalities.class.getResourceAsStream(SwedishMunicipalities.RESOURCE)) {
            assertThat(in).as(SwedishMunicipalities.RESOURCE).isNotNull();
            return in.readAllBytes();
        }
    }
}
