package se.maltavla.fulfilment.calculator;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.maltavla.fulfilment.GuidelineCriterion;
import se.maltavla.fulfilment.GuidelineGroup;
import se.maltavla.fulfilment.GuidelineShares;

/**
 * The guideline check of goals and activities and its shares per group (docs/fulfilment.md §5.2),
 * as pure functions.
 */
public final class GuidelineCheck {

    private GuidelineCheck() {}

    /**
     * The criteria a subject fails, in the criteria's order. A goal meets a criterion when every
     * one of its indicator rows does; a goal without indicators has nothing on record and fails
     * every criterion.
     */
    public static Set<GuidelineCriterion> failed(GuidelineSubject subject) {
        Set<GuidelineCriterion> failed = EnumSet.noneOf(GuidelineCriterion.class);
        for (GuidelineCriterion criterion : subject.applicable()) {
            if (subject.rows().isEmpty() || !subject.rows().stream().allMatch(row -> meets(criterion, row))) {
                failed.add(criterion);
            }
        }
        return Collections.unmodifiableSet(failed);
    }

    /** The subjects failing at least one criterion, in the order given, each with what it fails. */
    public static List<Finding> breaking(Collection<GuidelineSubject> subjects) {
        return subjects.stream()
                .map(subject -> new Finding(subject, failed(subject)))
                .filter(finding -> !finding.failed().isEmpty())
                .toList();
    }

    /** The shares of every group some subject counts in, in the order first met. */
    public static Map<GuidelineGroup, GuidelineShares> shares(Collection<GuidelineSubject> subjects) {
        Map<GuidelineGroup, Tally> tallies = new LinkedHashMap<>();
        for (GuidelineSubject subject : subjects) {
            for (GuidelineGroup group : subject.groups()) {
                tallies.computeIfAbsent(group, g -> new Tally());
            }
        }
        return shares(subjects, tallies);
    }

    /**
     * The shares of exactly the groups given, in their order (a group no subject counts in has
     * every share empty); memberships of other groups are ignored.
     */
    public static Map<GuidelineGroup, GuidelineShares> shares(
            Collection<GuidelineSubject> subjects, Collection<GuidelineGroup> groups) {
        Map<GuidelineGroup, Tally> tallies = new LinkedHashMap<>();
        groups.forEach(group -> tallies.put(group, new Tally()));
        return shares(subjects, tallies);
    }

    private static Map<GuidelineGroup, GuidelineShares> shares(
            Collection<GuidelineSubject> subjects, Map<GuidelineGroup, Tally> tallies) {
        for (GuidelineSubject subject : subjects) {
            Set<GuidelineCriterion> failed = failed(subject);
            for (GuidelineGroup group : subject.groups()) {
                Tally tally = tallies.get(group);
                if (tally != null) {
                    tally.add(subject.applicable(), failed);
                }
            }
        }
        Map<GuidelineGroup, GuidelineShares> shares = new LinkedHashMap<>();
        tallies.forEach((group, tally) -> shares.put(group, tally.shares(group)));
        return Collections.unmodifiableMap(shares);
    }

    /** A subject that breaks the guidelines and the criteria it fails. */
    public record Finding(GuidelineSubject subject, Set<GuidelineCriterion> failed) {

        public Finding {
            Set<GuidelineCriterion> ordered = EnumSet.noneOf(GuidelineCriterion.class);
            ordered.addAll(failed);
            failed = Collections.unmodifiableSet(ordered);
        }
    }

    /** Counts of one group while the subjects are read. */
    private static final class Tally {
        private final Map<GuidelineCriterion, int[]> counts = new EnumMap<>(GuidelineCriterion.class);
        private int subjects;
        private int allMet;

        Tally() {
            for (GuidelineCriterion criterion : GuidelineCriterion.values()) {
                counts.put(criterion, new int[2]); // met, applicable
            }
        }

        void add(Set<GuidelineCriterion> applicable, Set<GuidelineCriterion> failed) {
            subjects++;
            if (failed.isEmpty()) {
                allMet++;
            }
            for (GuidelineCriterion criterion : applicable) {
                int[] count = counts.get(criterion);
                count[1]++;
                if (!failed.contains(criterion)) {
                    count[0]++;
                }
            }
        }

        GuidelineShares shares(GuidelineGroup group) {
            Map<GuidelineCriterion, GuidelineShares.Share> criteria = new EnumMap<>(GuidelineCriterion.class);
            counts.forEach(
                    (criterion, count) -> criteria.put(criterion, new GuidelineShares.Share(count[0], count[1])));
            return new GuidelineShares(group, subjects, criteria, new GuidelineShares.Share(allMet, subjects));
        }
    }

    /** Whether one plan row (or an activity's row) meets a criterion. */
    static boolean meets(GuidelineCriterion criterion, GuidelineSubject.Row row) {
        return switch (criterion) {
            case OWNER -> row.owner();
            case EXECUTOR -> row.executor();
            case ANCHORED -> row.anchored();
            case REPORTED -> row.reported();
            case MEASURABLE -> row.measurable();
            case BASELINE -> row.yesNo() || row.baseline();
            case TARGET_DATE -> row.explicitTargetDate();
        };
    }
}
