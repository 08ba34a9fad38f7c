package se.maltavla.yearend.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import se.maltavla.shared.i18n.Messages;
import se.maltavla.yearend.content.ReportHeading;

/** How the report's title page names the municipality (docs/municipalities.md). */
class ReportTextsTest {

    private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

    static {
        MESSAGES.setBasename("i18n/yearend-report");
        MESSAGES.setDefaultEncoding("UTF-8");
        MESSAGES.setFallbackToSystemLocale(false);
        MESSAGES.setAlwaysUseMessageFormat(true);
    }

    @Test
    void a_listed_municipality_is_named_as_in_running_text_also_when_the_snapshot_holds_only_its_code() {
        assertThat(swedish(heading("1081", "Ronneby"))).isEqualTo("Ronneby kommun");
        assertThat(swedish(heading("1081", "1081")))
                .as("a snapshot locked before the list")
                .isEqualTo("Ronneby kommun");
        assertThat(swedish(heading("0180", null))).isEqualTo("Stockholms kommun");
        assertThat(swedish(heading("2080", null))).isEqualTo("Falu kommun");
        assertThat(english(heading("1081", "1081"))).isEqualTo("Municipality of Ronneby");
    }

    @Test
    void a_code_not_in_the_list_shows_the_name_the_snapshot_holds_or_the_code() {
        assertThat(swedish(heading("9999", "9999"))).isEqualTo("Kommun 9999");
        assertThat(english(heading("9999", null))).isEqualTo("Municipality 9999");
        assertThat(swedish(heading("9999", "Testby"))).isEqualTo("Testby kommun");
    }

    private static String swedish(ReportHeading heading) {
        return new ReportTexts(MESSAGES, Messages.SWEDISH).municipality(heading);
    }

    private static String english(ReportHeading heading) {
        return new ReportTexts(MESSAGES, Locale.ENGLISH).municipality(heading);
    }

    private static ReportHeading heading(String code, String name) {
        return new ReportHeading(code, name, 2017, 1, false, null, null, null, null, null);
    }
}
