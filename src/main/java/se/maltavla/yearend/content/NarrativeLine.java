package se.maltavla.yearend.content;

/**
 * A qualitative text of the plan year with what it is about.
 *
 * @param code the element's or goal's code it is about
 * @param subject that element's name or goal's text; the code when it is not known
 * @param committee the nämnd that wrote it; null for the municipality's own texts
 */
public record NarrativeLine(String code, String subject, String committee, String text) {}
