package se.maltavla.dataimport;

/** What started an import run. */
public enum ImportTrigger {
    SCHEDULE,
    COMMAND,
    DASHBOARD,
    FIRST_START
}
