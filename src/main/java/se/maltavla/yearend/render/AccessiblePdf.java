package se.maltavla.yearend.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.Deflater;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * XHTML to a PDF that conforms to PDF/UA-1 and PDF/A-3u (design decision 0014): tagged structure
 * from the document's own elements (headings, tables with header cells and scope, lists, figures
 * with alt text), real text in an embedded font with every Swedish and Polish/Baltic letter
 * (DejaVu Sans, shipped in fonts/ with its licence), the document's language and title, an sRGB
 * output intent, bookmarks from the document's {@code <bookmarks>}. SVG charts are drawn as vectors.
 *
 * <p>The font's ligatures are switched off: PDFBox 3 applies a font's GSUB substitutions to Latin
 * text, and DejaVu's "ff" and "fi" ligatures then came out of the PDF as U+FB00 and U+FB01
 * ("Siﬀrorna"), which copying, searching and screen readers do not read as the letters printed.
 *
 * <p>Streams are compressed at zlib's fastest level instead of PDFBox's default (6): the same
 * content, a file about 15 % larger, and about a fifth less processor time for a national-scale report
 * (docs/performance.md, "The year-end"). An operator's own {@code -Dorg.apache.pdfbox.filter.deflatelevel}
 * wins. The fonts' bytes are read from the application once.
 */
public final class AccessiblePdf {

    static final String FONT = "DejaVu Sans";

    /** PDFBox's setting of the compression level, read each time it compresses a stream. */
    static final String DEFLATE_LEVEL = "org.apache.pdfbox.filter.deflatelevel";

    private static final Map<String, byte[]> FONTS = new ConcurrentHashMap<>();

    static {
        XRLog.setLoggerImpl(new RendererLog());
        if (System.getProperty(DEFLATE_LEVEL) == null) {
            System.setProperty(DEFLATE_LEVEL, String.valueOf(Deflater.BEST_SPEED));
        }
    }

    private AccessiblePdf() {}

    /**
     * @param xhtml a well-formed XHTML document with {@code lang} on {@code <html>} and a {@code <title>}
     * @throws se.maltavla.yearend.DocumentsBusyException when no drawing slot came free in a minute ({@link RenderingSlots})
     */
    public static void write(String xhtml, OutputStream out) {
        // Drawn into memory inside the slot and sent after it: a client that reads its download
        // slowly (or not at all) must not keep a slot from everyone else.
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(1 << 20);
        RenderingSlots.SHARED.draw(() -> draw(xhtml, pdf));
        try {
            pdf.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void draw(String xhtml, OutputStream out) {
        try (PDDocument document = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.usePDDocument(document);
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_U);
            builder.useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
            PDFontSupplier regular = font(document, "fonts/DejaVuSans.ttf");
            PDFontSupplier bold = font(document, "fonts/DejaVuSans-Bold.ttf");
            // The generic families too: text styled by no rule (a page's margin boxes, say) finds the font.
            for (String family : new String[] {FONT, "serif", "sans-serif", "monospace"}) {
                builder.useFont(regular, family, 400, FontStyle.NORMAL, true);
                builder.useFont(bold, family, 700, FontStyle.NORMAL, true);
            }
            builder.useSVGDrawer(new BatikSVGDrawer());
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The font as a subset to embed in the document, without ligatures. */
    private static PDFontSupplier font(PDDocument document, String resource) throws IOException {
        TrueTypeFont font =
                new TTFParser().parse(new RandomAccessReadBuffer(FONTS.computeIfAbsent(resource, AccessiblePdf::read)));
        font.setEnableGsub(false);
        return new PDFontSupplier(PDType0Font.load(document, font, true));
    }

    private static byte[] read(String resource) {
        try (InputStream in = AccessiblePdf.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The font " + resource + " is missing from the application");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
