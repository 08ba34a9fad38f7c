package se.maltavla.activity.map;

import java.util.Locale;

/**
 * The words on a map, in the reader's language (the renderer has no message bundles, so that
 * the year-end report can use it as it is).
 *
 * @param locale for the countries' names in the tooltips
 * @param title the map's accessible title
 * @param description what it shows, for screen readers
 * @param legendTitle heading of the colour legend, e.g. "Partner per land"
 * @param home the word marking the home country, e.g. "Hem"
 */
public record MapTexts(Locale locale, String title, String description, String legendTitle, String home) {}
