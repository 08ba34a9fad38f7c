package se.maltavla.yearend.slides;

import java.util.List;
import java.util.Locale;

/**
 * The presentation of a plan year's follow-up, built from one snapshot: its slides in order and
 * what every slide carries (the stamp).
 *
 * @param documentTitle the PDF's title and the browser's
 * @param stamp "Fastställd 2018-02-10 · utvärderat per 2017-12-31", or "Utkast · utvärderat per …"
 * @param version the snapshot's version; 0 for a draft of a year not locked
 */
public record SlideDeck(
        String municipality,
        int year,
        int version,
        Locale locale,
        String documentTitle,
        String stamp,
        List<Slide> slides) {

    public SlideDeck {
        slides = List.copyOf(slides);
    }

    public boolean draft() {
        return version == 0;
    }
}
