package se.maltavla.yearend.render;

/**
 * Writing well-formed XHTML for the year-end's documents (the PDF renderer parses it as XML):
 * text and attribute values escaped, nothing else assumed.
 */
public final class Xhtml {

    private final StringBuilder out = new StringBuilder();

    /** Escapes {@code & < > " '} as character references that every XML parser knows. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
                        escaped.append(' '); // not allowed in XML 1.0
                    } else {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    /** Appends markup as it is (the caller's own, never user text). */
    public Xhtml raw(String markup) {
        out.append(markup);
        return this;
    }

    /** Appends text, escaped. */
    public Xhtml text(String text) {
        out.append(escape(text));
        return this;
    }

    /** An element with escaped text content and no attributes: {@code <tag>text</tag>}. */
    public Xhtml element(String tag, String text) {
        out.append('<').append(tag).append('>').append(escape(text)).append("</").append(tag).append('>');
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
