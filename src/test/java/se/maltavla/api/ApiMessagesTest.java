package se.maltavla.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.maltavla.support.Bundles;

/** The API's error texts: the same keys in both languages, and each reads right through MessageFormat. */
class ApiMessagesTest {

    private static final String[] KEYS = {
        "api.problem.parameter",
        "api.problem.notfound",
        "api.parameter.kommun",
        "api.parameter.ar",
        "api.parameter.datum",
        "api.parameter.niva",
        "api.parameter.limit",
        "api.parameter.id",
        "api.notfound.municipality",
        "api.notfound.planyear",
        "api.notfound.importrun",
        "api.notfound.path",
        "api.notfound.gone",
        "api.problem.busy",
        "api.busy",
        "api.busy.documents",
        "api.parameter.version",
        "api.notfound.yearendversion",
        "api.parameter.datum.range",
        "api.run.error.database",
        "api.run.error.disk",
        "api.run.error.interrupted",
        "api.run.error.internal",
        "api.run.error.files",
        "api.run.error.memory",
        "api.run.error.rerun",
        "api.query.encoding",
        "api.query.unreadable",
        "api.request.rejected",
        "api.request.malformed",
        "api.method",
        "api.notacceptable",
        "api.status.400",
        "api.status.401",
        "api.status.403",
        "api.status.404",
        "api.status.405",
        "api.status.406",
        "api.status.413",
        "api.status.414",
        "api.status.415",
        "api.status.429",
        "api.status.431",
        "api.status.500",
        "api.status.503",
        "api.status.other",
        "api.error.401",
        "api.error.403",
        "api.error.404",
        "api.error.405",
        "api.error.406",
        "api.error.429",
        "api.error.500"
    };

    @Test
    void both_languages_have_the_same_keys_and_every_key_the_code_uses() {
        assertThat(Bundles.load("i18n/api_en.properties").keySet())
                .containsExactlyInAnyOrderElementsOf(
                        Bundles.load("i18n/api.properties").keySet());
        assertThat(Bundles.load("i18n/api.properties").keySet()).containsExactlyInAnyOrder((Object[]) KEYS);
    }

    @ParameterizedTest
    @CsvSource({"i18n/api.properties, sv", "i18n/api_en.properties, en"})
    void every_text_formats_without_a_stray_apostrophe_or_brace(String bundle, String language) {
        Properties texts = Bundles.load(bundle);
        for (String key : KEYS) {
            String text = new MessageFormat(texts.getProperty(key), Locale.forLanguageTag(language))
                    .format(new Object[] {"X", "Y", "Z", "V", "W"});
            assertThat(text).as(key).doesNotContain("{", "}", "''");
        }
        for (String kind : RunError.KINDS) {
            assertThat(texts.getProperty("api.run.error." + kind)).as(kind).isNotBlank();
        }
        if (language.equals("en")) {
            assertThat(new MessageFormat(texts.getProperty("api.parameter.kommun")).format(new Object[] {"abc"}))
                    .contains("municipality's four-digit code");
        }
    }
}
