package se.maltavla.yearend.slides;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** A slides PDF read back: each page's text, and any text that runs into the page's footer. */
final class PdfPages {

    /** The footer's top on a 720 px slide (styles/slides.css: 56 px high at the bottom). */
    private static final float FOOTER_TOP = 664f / 720f;

    private final PDDocument document;

    PdfPages(PDDocument document) {
        this.document = document;
    }

    int count() {
        return document.getNumberOfPages();
    }

    /** The page's text in reading order (top to bottom, left to right) on one line, non-breaking spaces as spaces. */
    String text(int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document)
                .replace('\u00A0', ' ')
                .replaceAll("\\s+", " ")
                .trim();
    }

    /** The page's text in the order it is written in the PDF (a table cell's lines stay together), on one line. */
    String streamText(int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document)
                .replace('\u00A0', ' ')
                .replaceAll("\\s+", " ")
                .trim();
    }

    /**
     * The lines whose baseline lies in the footer's band, less the footer's own line (the one with
     * "n / N"): text of the slide that ran down into the footer or off the page.
     */
    List<String> textIntoFooter(int page) throws IOException {
        float height = document.getPage(page - 1).getMediaBox().getHeight();
        Map<Integer, StringBuilder> lines = new TreeMap<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                for (TextPosition position : positions) {
                    if (position.getYDirAdj() > height * FOOTER_TOP + 2) {
                        lines.computeIfAbsent(Math.round(position.getYDirAdj()), y -> new StringBuilder())
                                .append(position.getUnicode());
                    }
                }
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(document);
        List<String> intruding = new ArrayList<>();
        String number = page + " / " + count();
        lines.values().forEach(line -> {
            String text = line.toString().replace('\u00A0', ' ');
            if (!text.replace(" ", "").contains(number.replace(" ", ""))) {
                intruding.add(text);
            }
        });
        return intruding;
    }
}
