package se.maltavla.yearend.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * XHTML to a PDF that conforms to PDF/UA-1 and PDF/A-3u (design decision 0014): tagged structure
 * from the document's own elements (headings, tables with header cells and scope, lists, figures
 * with alt text), real text in an embedded font with every Swedish and Polish/Baltic letter
 * (DejaVu Sans, shipped in fonts/ with its licence), the document's language and title, an sRGB
 * output intent, bookmarks from the document's {@code <bookmarks>}. SVG charts are drawn as vectors.
 */
public final class AccessiblePdf {

    static final String FONT = "DejaVu Sans";

    private AccessiblePdf() {}

    /**
     * @param xhtml a well-formed XHTML document with {@code lang} on {@code <html>} and a {@code <title>}
     */
    public static void write(String xhtml, OutputStream out) {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_U);
        builder.useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
        // The generic families too: text styled by no rule (a page's margin boxes, say) finds the font.
        for (String family : new String[] {FONT, "serif", "sans-serif", "monospace"}) {
            builder.useFont(() -> font("fonts/DejaVuSans.ttf"), family, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> font("fonts/DejaVuSans-Bold.ttf"), family, 700, FontStyle.NORMAL, true);
        }
        builder.useSVGDrawer(new BatikSVGDrawer());
        builder.withHtmlContent(xhtml, null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream font(String resource) {
        InputStream in = AccessiblePdf.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("The font " + resource + " is missing from the application");
        }
        return in;
    }
}
