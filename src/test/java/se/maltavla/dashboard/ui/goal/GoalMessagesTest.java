package se.maltavla.dashboard.ui.goal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import se.maltavla.support.Bundles;

/**
 * The goal views' texts are their own: every key in the views' namespace, and none that another
 * bundle defines too (Spring reads the bundles as one, the first definition winning: a shared
 * "value.period" once showed the import's error text in the goal table). Equal keys in both
 * languages and MessageFormat-safe texts are checked for all bundles in MessageBundlesTest.
 */
class GoalMessagesTest {

    @Test
    void every_key_is_in_the_goal_views_namespace_and_defined_by_no_other_bundle() throws IOException {
        Properties goal = Bundles.load("i18n/ui-goal.properties");
        assertThat(goal.stringPropertyNames()).isNotEmpty().allMatch(key -> key.startsWith("goal."));

        Properties application = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("application.properties")) {
            application.load(in);
        }
        for (String basename : Arrays.stream(
                        application.getProperty("spring.messages.basename").split(","))
                .map(String::trim)
                .filter(name -> !name.equals("i18n/ui-goal"))
                .toList()) {
            assertThat(Bundles.load(basename + ".properties").stringPropertyNames())
                    .as(basename)
                    .doesNotContainAnyElementsOf(goal.stringPropertyNames());
        }
    }
}
