package se.maltavla.dataimport.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The message bundles hold a text for every reason key the value parsers throw. */
class ValueMessagesTest {

    private static final String[] KEYS = {
        "value.number", "value.date", "value.yesno", "value.municipality", "value.period", "value.word",
        "value.required"
    };

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_en.properties"})
    void every_reason_key_has_a_text(String bundle) throws IOException {
        Properties texts = load(bundle);
        for (String key : KEYS) {
            assertThat(texts.getProperty(key)).as(bundle + " " + key).isNotBlank();
        }
    }

    @Test
    void both_languages_have_the_same_keys() throws IOException {
        assertThat(load("messages_en.properties").keySet())
                .containsExactlyInAnyOrderElementsOf(load("messages.properties").keySet());
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_en.properties"})
    void texts_have_no_apostrophes_that_message_format_would_eat(String bundle) throws IOException {
        // Spring formats a text with MessageFormat only when arguments are given; without
        // apostrophes it reads the same either way.
        load(bundle).values().forEach(text -> assertThat((String) text).doesNotContain("'"));
    }

    @Test
    void the_swedish_texts_are_read_as_utf8() throws IOException {
        assertThat(load("messages.properties").getProperty("value.date")).contains("ÅÅÅÅ-MM-DD");
    }

    @Test
    void unknown_word_text_lists_the_allowed_words() throws IOException {
        String pattern = load("messages.properties").getProperty("value.word");
        String text = new MessageFormat(pattern, Locale.forLanguageTag("sv")).format(new Object[] {"tal, ja_nej"});
        assertThat(text).isEqualTo("Okänt värde. Tillåtna värden: tal, ja_nej.");
        String english = load("messages_en.properties").getProperty("value.word");
        assertThat(new MessageFormat(english, Locale.ENGLISH).format(new Object[] {"oka, minska"}))
                .isEqualTo("Unknown value. Allowed values: oka, minska.");
    }

    @Test
    void number_text_says_what_is_accepted() throws IOException {
        assertThat(load("messages.properties").getProperty("value.number")).contains("1 234,5", "12,5 %");
        assertThat(load("messages_en.properties").getProperty("value.number")).contains("1 234.5", "12,5 %");
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ValueMessagesTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
