package se.maltavla.yearend.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.maltavla.support.WebTestEnvironment;

/**
 * The year-end page, the report page and the pack page of both sample municipalities (Ronneby
 * 2016, locked by the sample data; Kungsbacka 2020, open) on a laptop (1280 × 800) and a phone
 * (390 px wide): nothing runs off the right edge, axe-core finds nothing, and a screenshot of the
 * screen and of the whole page of each under target/screenshots/ to look at.
 */
class YearEndPagesWidthBrowserTest extends YearEndBrowserTestBase {

    private static final List<int[]> SCREENS = List.of(new int[] {1280, 800}, new int[] {390, 844});

    @Test
    void the_year_end_report_and_pack_pages_of_both_municipalities_fit_a_laptop_and_a_phone() throws Exception {
        ronneby2016Locked();
        logIn(COORDINATOR, WebTestEnvironment.COORDINATOR_PASSWORD);
        look("ronneby", "1081", 2016, "Fastställt ");
        look("kungsbacka", "1384", 2020, "Inte fastställt");
    }

    private void look(String name, String municipality, int year, String state) throws Exception {
        // Chosen on the laptop's screen: after the first municipality the browser is phone-sized,
        // where the select's list can lie below the fold while it opens (a click there missed).
        viewport(SCREENS.getFirst()[0], SCREENS.getFirst()[1]);
        open("/arsbokslut");
        choose(municipality, year);
        for (int[] screen : SCREENS) {
            viewport(screen[0], screen[1]);
            String size = screen[0] + "x" + screen[1];

            open("/arsbokslut");
            waitForText("Vad saknas inför fastställandet");
            assertThat(pageText()).contains(state);
            check("yearend-page-" + name + "-" + size, screen);

            open("/arsbokslut/rapport/" + municipality + "/" + year);
            waitForReport();
            assertThat(pageText()).contains("Bilaga B. Alla indikatorer");
            check("report-page-" + name + "-" + size, screen);

            open("/arsbokslut/forandringar");
            waitForText("Mål som har bytt status");
            check("pack-page-" + name + "-" + size, screen);
        }
    }

    private void check(String name, int[] screen) throws Exception {
        assertThat(offTheRightEdge()).as(name).isEmpty();
        checkView(name);
        wholePage(name, screen[0], screen[1]);
    }
}
