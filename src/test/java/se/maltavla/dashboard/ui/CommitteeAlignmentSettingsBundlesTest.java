package se.maltavla.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.maltavla.support.Bundles;

/** The nämnd, matrix and settings views' texts: both languages complete, every key the code asks for present. */
class CommitteeAlignmentSettingsBundlesTest {

    @ParameterizedTest
    @CsvSource({"ui-committee, committee", "ui-alignment, alignment", "ui-settings, settings"})
    void both_languages_have_the_same_keys_and_every_key_the_view_uses(String bundle, String feature)
            throws IOException {
        Properties swedish = Bundles.load("i18n/" + bundle + ".properties");
        Properties english = Bundles.load("i18n/" + bundle + "_en.properties");

        assertThat(english.keySet()).containsExactlyInAnyOrderElementsOf(swedish.keySet());
        assertThat(swedish.keySet()).containsAll(keysInCode(feature));
        assertThat(swedish.keySet()).containsAll(dynamicKeys(feature));
    }

    @ParameterizedTest
    @CsvSource({
        "ui-committee, sv",
        "ui-committee_en, en",
        "ui-alignment, sv",
        "ui-alignment_en, en",
        "ui-settings, sv",
        "ui-settings_en, en"
    })
    void every_text_formats_without_a_stray_apostrophe_or_brace(String bundle, String language) {
        Properties texts = Bundles.load("i18n/" + bundle + ".properties");
        for (String key : texts.stringPropertyNames()) {
            String text = new MessageFormat(texts.getProperty(key), Locale.forLanguageTag(language))
                    .format(new Object[] {2, 3, 4, 5});
            assertThat(text).as(key).doesNotContain("{", "}", "''").isNotBlank();
        }
    }

    /** Keys written out in the feature's sources ("committee.list.title"). */
    private static Set<String> keysInCode(String feature) throws IOException {
        Pattern literal = Pattern.compile("\"(" + feature + "\\.[a-z.]+[a-z])\"");
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/se/maltavla/dashboard/ui", feature))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = literal.matcher(Files.readString(file));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        assertThat(keys).isNotEmpty();
        return keys;
    }

    /** Keys the views build from a type or a field's name. */
    private static Set<String> dynamicKeys(String feature) {
        return switch (feature) {
            case "committee" -> Set.of("committee.breach.mal", "committee.breach.aktivitet");
            case "alignment" ->
                Set.of(
                        "alignment.rows.prioriterat_omrade",
                        "alignment.rows.grundpelare",
                        "alignment.heading.prioriterat_omrade",
                        "alignment.heading.grundpelare",
                        "alignment.group.fullmaktigemal",
                        "alignment.group.overgripande_mal",
                        "alignment.group.extern");
            case "settings" ->
                Set.of("settings.upper", "settings.upper.helper", "settings.lower", "settings.lower.helper");
            default -> Set.of();
        };
    }
}
