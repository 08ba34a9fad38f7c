package se.maltavla.shared.municipality;

/**
 * A Swedish county (län).
 *
 * @param code two digits, e.g. {@code 10}; the first two digits of its municipalities' codes
 * @param name e.g. "Blekinge län"
 */
public record County(String code, String name) {}
