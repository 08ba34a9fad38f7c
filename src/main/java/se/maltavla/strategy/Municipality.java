package se.maltavla.strategy;

/**
 * A municipality Måltavla holds a strategy for.
 *
 * @param code the official four-digit code, e.g. {@code 1081}
 * @param name its name; null as long as no file has given it (the import format carries none)
 */
public record Municipality(String code, String name) {}
