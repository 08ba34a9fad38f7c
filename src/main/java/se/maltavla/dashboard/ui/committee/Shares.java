package se.maltavla.dashboard.ui.committee;

import com.vaadin.flow.component.Component;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import se.maltavla.fulfilment.GuidelineCriterion;
import se.maltavla.fulfilment.GuidelineShares;
import se.maltavla.fulfilment.Percents;
import se.maltavla.shared.ui.Formats;

/** Guideline shares and criteria as the nämnd views write them. */
final class Shares {

    private Shares() {}

    /** "60,0 % (3 av 5)"; "–" when nothing is checked against it. */
    static String text(Component in, Locale locale, GuidelineShares.Share share) {
        if (share.applicable() == 0) {
            return in.getTranslation("committee.guidelines.nothing");
        }
        return in.getTranslation(
                "committee.guidelines.share",
                Formats.percent(Percents.round(share.percent()), locale),
                share.met(),
                share.applicable());
    }

    /** A criterion's word with a capital first letter ("Ägare"), for a table's row header. */
    static String criterion(Component in, GuidelineCriterion criterion) {
        String word = in.getTranslation("guideline." + criterion.code());
        return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }

    /** The criteria failed, as words: "ägare, mätbar". */
    static String failed(Component in, Set<GuidelineCriterion> failed) {
        return failed.stream()
                .sorted()
                .map(c -> in.getTranslation("guideline." + c.code()))
                .collect(Collectors.joining(", "));
    }
}
