package se.maltavla.activity;

/**
 * A strategy element an activity names in {@code kopplingar} or {@code perspektiv}.
 *
 * @param type the element's typ: {@code prioriterat_omrade}, {@code perspektiv}, …
 */
public record LinkedElement(long id, String code, String name, String type) {}
