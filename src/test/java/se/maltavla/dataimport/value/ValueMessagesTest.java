package se.maltavla.dataimport.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.maltavla.support.Bundles;

/** The message bundles hold a text for every reason key the value parsers throw. */
class ValueMessagesTest {

    private static final String[] KEYS = {
        "value.number",
        "value.date",
        "value.yesno",
        "value.municipality",
        "value.period",
        "value.word",
        "value.required"
    };

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_en.properties"})
    void every_reason_key_has_a_text(String bundle) {
        Properties texts = Bundles.load(bundle);
        for (String key : KEYS) {
            assertThat(texts.getProperty(key)).as(bundle + " " + key).isNotBlank();
        }
    }

    @Test
    void both_languages_have_the_same_keys() {
        assertThat(Bundles.load("messages_en.properties").keySet())
                .containsExactlyInAnyOrderElementsOf(
                        Bundles.load("messages.properties").keySet());
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_en.properties"})
    void texts_have_no_apostrophes_that_message_format_would_eat(String bundle) {
        // Spring formats a text with MessageFormat only when arguments are given; without
        // apostrophes it reads the same either way.
        Bundles.load(bundle).values().forEach(text -> assertThat((String) text).doesNotContain("'"));
    }

    @Test
    void the_swedish_texts_are_read_as_utf8() {
        assertThat(Bundles.load("messages.properties").getProperty("value.date"))
                .contains("ÅÅÅÅ-MM-DD");
    }

    @Test
    void unknown_word_text_lists_the_allowed_words() {
        String pattern = Bundles.load("messages.properties").getProperty("value.word");
        String text = new MessageFormat(pattern, Locale.forLanguageTag("sv")).format(new Object[] {"tal, ja_nej"});
        assertThat(text).isEqualTo("Okänt värde. Tillåtna värden: tal, ja_nej.");
        String english = Bundles.load("messages_en.properties").getProperty("value.word");
        assertThat(new MessageFormat(english, Locale.ENGLISH).format(new Object[] {"oka, minska"}))
                .isEqualTo("Unknown value. Allowed values: oka, minska.");
    }

    @Test
    void number_text_says_what_is_accepted() {
        assertThat(Bundles.load("messages.properties").getProperty("value.number"))
                .contains("1 234,5", "12,5 %");
        assertThat(Bundles.load("messages_en.properties").getProperty("value.number"))
                .contains("1 234.5", "12,5 %");
    }
}
