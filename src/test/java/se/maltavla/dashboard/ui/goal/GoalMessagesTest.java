package se.maltavla.dashboard.ui.goal;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.maltavla.support.Bundles;

/** The goal views' texts: the same keys in Swedish and English, each reading right through MessageFormat. */
class GoalMessagesTest {

    @Test
    void both_languages_have_the_same_keys_all_in_the_views_namespace() {
        Properties swedish = Bundles.load("i18n/ui-goal.properties");
        Properties english = Bundles.load("i18n/ui-goal_en.properties");

        assertThat(english.keySet()).containsExactlyInAnyOrderElementsOf(swedish.keySet());
        assertThat(swedish.stringPropertyNames()).allMatch(key -> key.startsWith("goal."));
    }

    @ParameterizedTest
    @CsvSource({"i18n/ui-goal.properties, sv", "i18n/ui-goal_en.properties, en"})
    void every_text_formats_without_a_stray_apostrophe_or_brace(String bundle, String language) {
        Properties texts = Bundles.load(bundle);
        for (String key : texts.stringPropertyNames()) {
            String text = new MessageFormat(texts.getProperty(key), Locale.forLanguageTag(language))
                    .format(new Object[] {2, "Y", "Z"});
            assertThat(text).as(key).doesNotContain("{", "}", "''").isNotBlank();
        }
        assertThat(new MessageFormat(texts.getProperty("goal.elements.indirect")).format(new Object[0]))
                .isEqualTo(language.equals("en") ? "through the strategy's links" : "genom strategins kopplingar");
    }
}
