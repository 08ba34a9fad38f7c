package se.maltavla.activity.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import se.maltavla.activity.Activity;
import se.maltavla.activity.TestActivities;

class FundingChartTest {

    private static final List<Activity> ACTIVITIES = List.of(
            TestActivities.activity(1, "PR-BALTIC", null, "PL", "2400000", "1800000"),
            TestActivities.activity(2, "NV-EUROCITIES", null, "BE", "45000", null),
            TestActivities.activity(3, "VO-MANTTA", null, "FI", null, null));

    @Test
    void draws_budget_and_external_funding_per_activity_with_swedish_amounts() throws Exception {
        String svg = FundingChart.svg(ACTIVITIES, texts(Locale.of("sv")));

        Document document = parse(svg);
        assertThat(document.getDocumentElement().getAttribute("role")).isEqualTo("img");
        assertThat(document.getDocumentElement().getAttribute("aria-labelledby"))
                .isEqualTo("fc-title fc-desc");
        assertThat(document.getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo("Budget & extern finansiering");
        assertThat(svg)
                .contains(
                        "Aktivitet PR-BALTIC",
                        "Aktivitet NV-EUROCITIES",
                        "2\u00A0400\u00A0000",
                        "1\u00A0800\u00A0000",
                        "45\u00A0000",
                        "Budget",
                        "Extern finansiering")
                .doesNotContain("Aktivitet VO-MANTTA");
    }

    @Test
    void writes_english_amounts_in_english() {
        assertThat(FundingChart.svg(ACTIVITIES, texts(Locale.ENGLISH))).contains("2,400,000", "1,800,000");
        assertThat(FundingChart.amountFormat(Locale.of("sv")).format(1234567)).isEqualTo("1\u00A0234\u00A0567");
    }

    private static FundingChart.Texts texts(Locale locale) {
        return new FundingChart.Texts(
                locale,
                "fc",
                "Budget & extern finansiering",
                "Två staplar per aktivitet",
                "Budget",
                "Extern finansiering",
                "kronor");
    }

    private static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }
}
