package se.maltavla.yearend.slides;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * How wide a text is in the slides' font (DejaVu Sans, shipped with Måltavla, the same in the
 * browser and the PDF), so that a slide cuts what would not fit before it lays it out. The font is
 * also made known to Java's graphics, where the PDF's SVG renderer looks for it.
 */
final class TextWidth {

    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);
    private static final Font REGULAR = load("fonts/DejaVuSans.ttf");
    private static final Font BOLD = load("fonts/DejaVuSans-Bold.ttf");

    private TextWidth() {}

    /** The text's width in px at {@code size} px. */
    static double of(String text, float size, boolean bold) {
        return (bold ? BOLD : REGULAR)
                .deriveFont(size)
                .getStringBounds(text, CONTEXT)
                .getWidth();
    }

    /** The text whole when it is at most {@code width} px wide, else cut (at a word where there is one) with "…" to fit. */
    static String fit(String text, double width, float size, boolean bold) {
        String plain = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (of(plain, size, bold) <= width) {
            return plain;
        }
        int low = 0;
        int high = plain.length();
        while (low < high) {
            int middle = (low + high + 1) / 2;
            if (of(Shorten.to(plain, middle), size, bold) <= width) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return Shorten.to(plain, Math.max(1, low));
    }

    private static Font load(String resource) {
        try (InputStream in = TextWidth.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The font " + resource + " is missing from the application");
            }
            Font font = Font.createFont(Font.TRUETYPE_FONT, in);
            GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(font);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("The font " + resource + " cannot be read", e);
        }
    }
}
