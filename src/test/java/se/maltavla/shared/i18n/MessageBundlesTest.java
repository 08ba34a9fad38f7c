package se.maltavla.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import se.maltavla.support.Bundles;

/**
 * Every message bundle the application reads (spring.messages.basename): the same keys in Swedish
 * and English, and every text readable through MessageFormat (which reads them all, since
 * spring.messages.always-use-message-format is on): no stray apostrophe or brace left on screen.
 */
class MessageBundlesTest {

    @Test
    void every_bundle_has_the_same_keys_in_both_languages() {
        for (String basename : basenames()) {
            Properties swedish = Bundles.load(basename + ".properties");
            Properties english = Bundles.load(basename + "_en.properties");
            assertThat(english.keySet())
                    .as(basename + "_en against " + basename)
                    .containsExactlyInAnyOrderElementsOf(swedish.keySet());
        }
    }

    @Test
    void no_key_is_defined_in_two_bundles() {
        // Spring reads the bundles as one: a key in two of them silently shows the first one's text.
        java.util.Map<String, String> owner = new java.util.HashMap<>();
        for (String basename : basenames()) {
            for (String key : Bundles.load(basename + ".properties").stringPropertyNames()) {
                String first = owner.putIfAbsent(key, basename);
                assertThat(first)
                        .as(key + " is in " + basename + " and in " + first)
                        .isNull();
            }
        }
    }

    @Test
    void every_text_reads_right_through_message_format() {
        for (String basename : basenames()) {
            for (String suffix : List.of("", "_en")) {
                Properties texts = Bundles.load(basename + suffix + ".properties");
                Locale locale = suffix.isEmpty() ? Messages.SWEDISH : Locale.ENGLISH;
                for (String key : texts.stringPropertyNames()) {
                    MessageFormat format = new MessageFormat(texts.getProperty(key), locale);
                    String text = format.format(arguments(format));
                    assertThat(text).as(basename + suffix + ": " + key).doesNotContain("{", "}");
                    assertThat(text.contains("'") && !texts.getProperty(key).contains("''"))
                            .as(basename + suffix + ": " + key + " has a single apostrophe, which MessageFormat drops")
                            .isFalse();
                }
            }
        }
    }

    /** Arguments of the kinds the text expects: numbers where it formats numbers, texts elsewhere. */
    private static Object[] arguments(MessageFormat format) {
        java.text.Format[] formats = format.getFormatsByArgumentIndex();
        Object[] arguments = new Object[Math.max(formats.length, 5)];
        for (int i = 0; i < arguments.length; i++) {
            java.text.Format f = i < formats.length ? formats[i] : null;
            arguments[i] = f instanceof java.text.NumberFormat || f instanceof java.text.ChoiceFormat
                    ? (Object) 2
                    : f instanceof java.text.DateFormat ? new java.util.Date(0) : "X";
        }
        return arguments;
    }

    private static List<String> basenames() {
        Properties application = new Properties();
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream("application.properties")) {
            application.load(in);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        List<String> basenames = Arrays.stream(
                        application.getProperty("spring.messages.basename").split(","))
                .map(String::trim)
                .toList();
        assertThat(basenames).contains("messages", "i18n/ui", "i18n/ui-overview");
        return basenames;
    }
}
