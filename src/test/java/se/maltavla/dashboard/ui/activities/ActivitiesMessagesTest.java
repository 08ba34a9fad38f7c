package se.maltavla.dashboard.ui.activities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.maltavla.activity.ActivityType;
import se.maltavla.support.Bundles;

/** The Activities view's texts (both languages and MessageFormat: see MessageBundlesTest): a heading for every kind of activity. */
class ActivitiesMessagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"i18n/ui-activities.properties", "i18n/ui-activities_en.properties"})
    void every_type_of_activity_has_a_heading(String bundle) {
        Properties texts = Bundles.load(bundle);
        for (ActivityType type : ActivityType.values()) {
            assertThat(texts).containsKey("activities.type." + type.code());
        }
    }
}
