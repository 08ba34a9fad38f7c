package se.maltavla.fulfilment;

import se.maltavla.shared.Coded;

/**
 * A criterion of the guideline check (docs/fulfilment.md §5.2), from the Ronneby strategy's rules
 * for activities, with its stable code. The last three are SMART and apply to goals only.
 */
public enum GuidelineCriterion implements Coded {
    /** Has an owner ({@code agare}). */
    OWNER("agare", false),
    /** Has an executor ({@code utforare}). */
    EXECUTOR("utforare", false),
    /** Anchored with managers and committee ({@code forankrad}): a date or a yes-word. */
    ANCHORED("forankrad", false),
    /** Reported to the international coordinator ({@code rapporterad}): a date or a yes-word. */
    REPORTED("rapporterad", false),
    /** SMART: measurable, not {@code ej_matbar}. */
    MEASURABLE("matbar", true),
    /** SMART: has a baseline ({@code utgangsvarde}); a {@code ja_nej} milestone needs none. */
    BASELINE("utgangsvarde", true),
    /** SMART: an explicit target date ({@code maldatum} given in the file, not the default). */
    TARGET_DATE("maldatum", true);

    private final String code;
    private final boolean smart;

    GuidelineCriterion(String code, boolean smart) {
        this.code = code;
        this.smart = smart;
    }

    /** The code used in the API and the export: {@code agare}, {@code matbar}, … */
    @Override
    public String code() {
        return code;
    }

    /** Whether it is one of the SMART criteria (goals only). */
    public boolean smart() {
        return smart;
    }

    /** @throws IllegalArgumentException for anything but one of the seven codes */
    public static GuidelineCriterion fromCode(String code) {
        return Coded.fromCode(GuidelineCriterion.class, code, "guideline criterion");
    }
}
