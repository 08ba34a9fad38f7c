package se.maltavla.activity.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class EuropeMapTest {

    private static final MapTexts SWEDISH = new MapTexts(
            Locale.of("sv"), "Partner per land 2016", "Länder med partner är färgade & märkta", "Antal partner", "Hem");

    @Test
    void fills_the_countries_with_partners_by_their_number_and_leaves_the_others_grey() throws Exception {
        Document svg = parse(render(Map.of("DE", 4, "FI", 2, "NO", 1)).svg());

        Element germany = country(svg, "DE").orElseThrow();
        Element finland = country(svg, "FI").orElseThrow();
        Element norway = country(svg, "NO").orElseThrow();
        Element france = country(svg, "FR").orElseThrow();
        assertThat(germany.getAttribute("data-partners")).isEqualTo("4");
        assertThat(germany.getAttribute("fill")).isEqualTo(CountScale.fill(4));
        assertThat(finland.getAttribute("fill")).isEqualTo(CountScale.fill(2));
        assertThat(norway.getAttribute("fill")).isEqualTo(CountScale.fill(1));
        assertThat(List.of(CountScale.fill(1), CountScale.fill(2), CountScale.fill(4)))
                .doesNotHaveDuplicates();
        assertThat(france.getAttribute("data-partners")).isEmpty();
        assertThat(france.getAttribute("fill")).isNotIn(CountScale.fill(1), CountScale.fill(2), CountScale.fill(4));
        assertThat(germany.getTextContent()).as("tooltip").isEqualTo("Tyskland: 4");
    }

    @Test
    void writes_each_count_on_its_country_so_that_colour_is_not_alone() throws Exception {
        Document svg = parse(render(Map.of("DE", 4, "PL", 2)).svg());

        assertThat(labels(svg, "count")).containsExactlyInAnyOrder("DE=4", "PL=2");
    }

    @Test
    void marks_sweden_as_home_with_an_outline_and_a_word() throws Exception {
        Document svg = parse(render(Map.of("SE", 2)).svg());

        Element sweden = country(svg, "SE").orElseThrow();
        assertThat(sweden.getAttribute("class")).contains("home");
        assertThat(sweden.getAttribute("stroke-width")).isEqualTo("2.5");
        assertThat(labels(svg, "home")).containsExactly("SE=Hem");
        assertThat(labels(svg, "count")).containsExactly("SE=2");
    }

    @Test
    void lists_codes_it_cannot_place_apart_instead_of_losing_them() throws Exception {
        MapImage image = render(Map.of("DE", 1, "XX", 2, "CN", 1, "ZZ", 0));

        assertThat(image.unplaced()).containsExactly("CN", "XX");
        Document svg = parse(image.svg());
        assertThat(country(svg, "XX")).isEmpty();
        assertThat(labels(svg, "count")).containsExactly("DE=1");
    }

    @Test
    void is_a_well_formed_named_image_with_a_legend_up_to_the_largest_count() throws Exception {
        Document svg = parse(render(Map.of("DE", 3, "IT", 1)).svg());

        Element root = svg.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("svg");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("aria-labelledby")).isEqualTo("europe-map-title europe-map-desc");
        assertThat(svg.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("Partner per land 2016");
        assertThat(svg.getElementsByTagName("desc").item(0).getTextContent())
                .isEqualTo("Länder med partner är färgade & märkta");
        assertThat(texts(svg)).contains("Antal partner", "1", "2", "3–4", "Hem").doesNotContain("5–9");
    }

    @Test
    void draws_europe_from_the_outlines_shipped_with_the_app() throws Exception {
        Document svg = parse(render(Map.of()).svg());

        for (String code : List.of(
                "SE", "NO", "DK", "FI", "IS", "IE", "GB", "FR", "ES", "PT", "DE", "PL", "IT", "GR", "RU", "UA", "TR",
                "EE", "LV", "LT", "BE", "NL", "LU", "CH", "AT", "CZ", "HU", "RO", "BG", "MT", "CY")) {
            assertThat(country(svg, code)).as(code).isPresent();
        }
        assertThat(CountryShapes.class.getResource(CountryShapes.RESOURCE)).isNotNull();
        assertThat(CountryShapes.class
                        .getResourceAsStream(CountryShapes.RESOURCE)
                        .readAllBytes()
                        .length)
                .isLessThan(400_000);
    }

    @Test
    void places_every_countrys_label_inside_the_map() {
        EuropeMap map = EuropeMap.shared();
        Map<String, Integer> all = new HashMap<>();
        for (String code : List.of(
                "SE", "NO", "FI", "DE", "FR", "GB", "IE", "IT", "ES", "PT", "PL", "RU", "IS", "GR", "CY", "MT")) {
            all.put(code, 1);
        }

        assertThat(map.render(all, "SE", SWEDISH).unplaced()).isEmpty();
    }

    private static MapImage render(Map<String, Integer> partners) {
        return EuropeMap.shared().render(partners, "SE", SWEDISH);
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static Optional<Element> country(Document svg, String code) {
        NodeList paths = svg.getElementsByTagName("path");
        for (int i = 0; i < paths.getLength(); i++) {
            Element path = (Element) paths.item(i);
            if (code.equals(path.getAttribute("data-country"))) {
                return Optional.of(path);
            }
        }
        return Optional.empty();
    }

    /** "CODE=text" of the labels of a class. */
    private static List<String> labels(Document svg, String cssClass) {
        List<String> labels = new ArrayList<>();
        NodeList texts = svg.getElementsByTagName("text");
        for (int i = 0; i < texts.getLength(); i++) {
            Element text = (Element) texts.item(i);
            if (cssClass.equals(text.getAttribute("class"))) {
                labels.add(text.getAttribute("data-country") + "=" + text.getTextContent());
            }
        }
        return labels;
    }

    private static List<String> texts(Document svg) {
        List<String> all = new ArrayList<>();
        NodeList texts = svg.getElementsByTagName("text");
        for (int i = 0; i < texts.getLength(); i++) {
            all.add(texts.item(i).getTextContent());
        }
        return all;
    }
}
