package se.maltavla.fulfilment;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The guideline shares of one group (a nämnd or a priority area).
 *
 * @param group the group
 * @param subjects how many goals and activities count in it
 * @param criteria every criterion → its share (SMART ones over the group's goals only)
 * @param allMet the subjects meeting every criterion that applies to them, of all its subjects
 */
public record GuidelineShares(
        GuidelineGroup group, int subjects, Map<GuidelineCriterion, Share> criteria, Share allMet) {

    public GuidelineShares {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(allMet, "allMet");
        Map<GuidelineCriterion, Share> ordered = new EnumMap<>(GuidelineCriterion.class);
        ordered.putAll(criteria);
        criteria = Collections.unmodifiableMap(ordered);
    }

    /** The share of one criterion (0 of 0 when no subject of the group is checked against it). */
    public Share share(GuidelineCriterion criterion) {
        return criteria.getOrDefault(criterion, Share.NONE);
    }

    /**
     * How many of the subjects a criterion applies to meet it.
     *
     * @param met subjects meeting it
     * @param applicable subjects it applies to
     */
    public record Share(int met, int applicable) {

        static final Share NONE = new Share(0, 0);

        /** 100 · met / applicable, unrounded; null when nothing applies (no share, not 0 %). */
        public BigDecimal percent() {
            return Percents.ofCount(met, applicable);
        }

        /** The percent as shown ("66,7"); empty when nothing applies. */
        public String shown() {
            return Percents.formatPercent(percent());
        }
    }
}
