/**
 * The written report's content as records, built from one snapshot and nothing else
 * ({@link se.maltavla.yearend.content.YearEndReport#of}): what the council reads, in its order,
 * without words or layout. The renderers in {@code yearend.render} turn it into the page and the PDF.
 */
package se.maltavla.yearend.content;
