package se.maltavla.yearend.render;

/**
 * Writes well-formed XHTML as text: elements opened and closed in order, every text and attribute
 * value escaped, control characters XML does not allow left out. Nothing from the data is ever
 * written unescaped.
 */
public final class Xhtml {

    private final StringBuilder out = new StringBuilder(64 * 1024);

    /**
     * Opens an element.
     *
     * @param attributes name, value, name, value …; a pair whose value is null is left out
     */
    public Xhtml open(String tag, String... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append('>');
        return this;
    }

    public Xhtml close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** An element with only text in it. */
    public Xhtml element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    /** An element without content, written {@code <tag … />}. */
    public Xhtml empty(String tag, String... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append("/>");
        return this;
    }

    public Xhtml text(String text) {
        escape(text, out);
        return this;
    }

    /** Markup made by another Xhtml, or a trusted constant. */
    public Xhtml markup(String markup) {
        out.append(markup);
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private void attributes(String[] attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in pairs");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(attributes[i]).append("=\"");
                escape(attributes[i + 1], out);
                out.append('"');
            }
        }
    }

    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text == null ? 0 : text.length() + 16);
        escape(text, escaped);
        return escaped.toString();
    }

    private static void escape(String text, StringBuilder out) {
        if (text == null) {
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    // \r is left out too: a CRLF line break is one break
                    if ((c >= 0x20 && c != 0xFFFE && c != 0xFFFF) || c == '\n' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
    }
}
