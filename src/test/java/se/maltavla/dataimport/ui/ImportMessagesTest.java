package se.maltavla.dataimport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.maltavla.support.Bundles;

/** The Import view's texts: the same keys in Swedish and English, each a valid MessageFormat pattern. */
class ImportMessagesTest {

    @Test
    void both_languages_have_the_same_keys() {
        assertThat(Bundles.load("i18n/ui-import_en.properties").keySet())
                .containsExactlyInAnyOrderElementsOf(
                        Bundles.load("i18n/ui-import.properties").keySet())
                .allMatch(key -> key.toString().startsWith("import."));
    }

    @ParameterizedTest
    @CsvSource({"i18n/ui-import.properties, sv", "i18n/ui-import_en.properties, en"})
    void every_text_formats_without_a_stray_apostrophe_or_brace(String bundle, String language) {
        Properties texts = Bundles.load(bundle);
        for (String key : texts.stringPropertyNames()) {
            String text = new MessageFormat(texts.getProperty(key), Locale.forLanguageTag(language))
                    .format(new Object[] {7, 8, "Z", "W"});
            assertThat(text).as(key).doesNotContain("{", "}", "''").isNotBlank();
        }
    }
}
