package se.maltavla.fulfilment;

/**
 * A group the guideline shares are shown for: a nämnd, or a strategy element (a priority area).
 *
 * @param kind which kind of id {@code id} is
 * @param id the nämnd's or the element's id
 */
public record GuidelineGroup(Kind kind, long id) {

    /** What a group is. */
    public enum Kind {
        COMMITTEE,
        ELEMENT
    }

    /** A nämnd. */
    public static GuidelineGroup committee(long id) {
        return new GuidelineGroup(Kind.COMMITTEE, id);
    }

    /** A strategy element, such as a priority area. */
    public static GuidelineGroup element(long id) {
        return new GuidelineGroup(Kind.ELEMENT, id);
    }
}
