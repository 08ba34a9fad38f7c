package se.maltavla.template;

import se.maltavla.shared.Coded;

/** The two templates: measured values for a plan year, and next year's action plan. */
public enum TemplateKind implements Coded {
    /** Utfall: one row per indicator and period of the plan year, {@code varde} to fill in. */
    UTFALL,
    /** Handlingsplan for the year after the plan year, pre-filled with the plan year's goals and indicators. */
    HANDLINGSPLAN;

    /** The import kind's word, which is also the data sheet's name and the file names' first word. */
    @Override
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
