package se.maltavla.yearend.slides;

/**
 * Texts cut to the room a slide has for them, at a word where there is one, with "…": a slide
 * never scrolls or cuts a line off, and the full text is in the report.
 */
final class Shorten {

    private Shorten() {}

    /** The text whole when it has at most {@code max} characters, else cut before a word and ended with "…". */
    static String to(String text, int max) {
        if (text == null) {
            return "";
        }
        String plain = text.strip().replaceAll("\\s+", " ");
        if (plain.length() <= max) {
            return plain;
        }
        int cut = plain.lastIndexOf(' ', max - 1);
        if (cut < max / 2) {
            cut = max - 1;
        }
        return plain.substring(0, cut).replaceAll("[\\s,;:.–-]+$", "") + "…";
    }
}
