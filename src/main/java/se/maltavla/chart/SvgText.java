package se.maltavla.chart;

/** Gives an SVG document its accessible name and description, with text escaped for XML. */
final class SvgText {

    private SvgText() {}

    /**
     * The SVG with {@code role="img"} and a {@code <title>} (and a {@code <desc>} when given)
     * as its first children: how screen readers and PDF tools name an inline SVG.
     */
    static String accessible(String svg, String title, String description) {
        int open = svg.indexOf('>', svg.indexOf("<svg"));
        StringBuilder out = new StringBuilder(svg.length() + 200);
        out.append(svg, 0, open).append(" role='img'>");
        out.append("<title>").append(escape(title)).append("</title>");
        if (description != null && !description.isBlank()) {
            out.append("<desc>").append(escape(description)).append("</desc>");
        }
        return out.append(svg, open + 1, svg.length()).toString();
    }

    /** XML's five special characters as entities; other characters (å, ä, ö, …) stay as they are. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    // Control characters other than tab and newline are not allowed in XML 1.0.
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
