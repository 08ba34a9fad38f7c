package se.maltavla.yearend.slides;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import se.maltavla.yearend.Snapshot;
import se.maltavla.yearend.YearEndService;
import se.maltavla.yearend.render.AccessiblePdf;

/**
 * The oral follow-up at the council meeting (docs/year-end.md, "The presentation"): the slides of a
 * plan year's snapshot, for the browser and as a PDF with one 16:9 page per slide. Built from the
 * snapshot alone; the year-end service checks who may read it.
 */
@Service
public class Presentation {

    /** The slides' style sheet, served to the browser and read into the PDF: one layout for both. */
    static final String STYLE_SHEET = "META-INF/resources/styles/slides.css";

    private static final String PDF_STYLE = """
            @page { size: 1280px 720px; margin: 0; }
            body { margin: 0; }
            .slide { page-break-after: always; }
            .slide:last-child { page-break-after: auto; }
            """;

    private final YearEndService yearEnd;
    private final MessageSource messages;

    Presentation(YearEndService yearEnd, MessageSource messages) {
        this.yearEnd = yearEnd;
        this.messages = messages;
    }

    /**
     * The slides of the given version, or of the version in force, or for a year not locked a draft.
     *
     * @throws se.maltavla.yearend.YearEndException for an unknown municipality, plan year or version
     */
    public SlideDeck deck(String municipality, int year, Integer version, Locale language) {
        return deck(yearEnd.forDocuments(municipality, year, version), language);
    }

    /** The slides of a snapshot in a language (Swedish or English). */
    public SlideDeck deck(Snapshot snapshot, Locale language) {
        return DeckBuilder.build(snapshot, new SlideWords(messages, language));
    }

    /** The slides as XHTML sections with their charts inline, for the browser's slide show. */
    public String browserSections(SlideDeck deck) {
        return new SlideHtml(deck, new SlideWords(messages, deck.locale()), SlideHtml.Medium.BROWSER).sections();
    }

    /** The slides as a PDF, one 16:9 page per slide, conforming to PDF/UA-1 and PDF/A-3u. */
    public void writePdf(SlideDeck deck, OutputStream out) {
        AccessiblePdf.write(pdfDocument(deck), out);
    }

    String pdfDocument(SlideDeck deck) {
        SlideWords words = new SlideWords(messages, deck.locale());
        StringBuilder html = new StringBuilder(256 * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"")
                .append(deck.locale().getLanguage())
                .append("\" xmlns=\"http://www.w3.org/1999/xhtml\"><head><meta charset=\"UTF-8\"/><title>")
                .append(Xml.escape(deck.documentTitle()))
                .append("</title><meta name=\"subject\" content=\"")
                .append(Xml.escape(deck.stamp()))
                .append("\"/><meta name=\"author\" content=\"Måltavla\"/><bookmarks>");
        List<Slide> slides = deck.slides();
        for (int i = 0; i < slides.size(); i++) {
            html.append("<bookmark name=\"")
                    .append(Xml.escape((i + 1) + ". " + slides.get(i).title()))
                    .append("\" href=\"#bild-")
                    .append(i + 1)
                    .append("\"/>");
        }
        html.append("</bookmarks><style>")
                .append(styleSheet())
                .append(PDF_STYLE)
                .append("</style></head><body class=\"slides-pdf\">")
                .append(new SlideHtml(deck, words, SlideHtml.Medium.PDF).sections())
                .append("</body></html>");
        return html.toString();
    }

    static String styleSheet() {
        try (InputStream in = Presentation.class.getClassLoader().getResourceAsStream(STYLE_SHEET)) {
            if (in == null) {
                throw new IllegalStateException(
                        "The slides' style sheet " + STYLE_SHEET + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
