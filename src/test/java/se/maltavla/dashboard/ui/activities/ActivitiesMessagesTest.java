package se.maltavla.dashboard.ui.activities;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.maltavla.activity.ActivityType;
import se.maltavla.support.Bundles;

/** The Activities view's texts: the same keys in both languages, each readable through MessageFormat. */
class ActivitiesMessagesTest {

    @Test
    void both_languages_have_the_same_keys_and_a_heading_for_every_type() {
        Properties swedish = Bundles.load("i18n/ui-activities.properties");
        assertThat(Bundles.load("i18n/ui-activities_en.properties").keySet()).containsExactlyInAnyOrderElementsOf(swedish.keySet());
        for (ActivityType type : ActivityType.values()) {
            assertThat(swedish).containsKey("activities.type." + type.code());
        }
    }

    @ParameterizedTest
    @CsvSource({"i18n/ui-activities.properties, sv", "i18n/ui-activities_en.properties, en"})
    void every_text_formats_without_a_stray_apostrophe_or_brace(String bundle, String language) {
        Properties texts = Bundles.load(bundle);
        for (String key : texts.stringPropertyNames()) {
            String text = new MessageFormat(texts.getProperty(key), Locale.forLanguageTag(language))
                    .format(new Object[] {2, 3, "Z"});
            assertThat(text).as(key).doesNotContain("{", "}", "''");
        }
    }
}
