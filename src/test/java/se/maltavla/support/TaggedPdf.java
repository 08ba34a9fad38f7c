package se.maltavla.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/**
 * A tagged PDF read as a screen reader reads it: its structure tree (headings, tables, rows,
 * cells, figures), each element with its own text, taken from the marked content it owns. Tests
 * find a table row by its cells rather than by where the words happen to lie on the page.
 */
public final class TaggedPdf {

    /**
     * An element of the structure tree.
     *
     * @param type its standard type: {@code H1}, {@code Table}, {@code TR}, {@code TH}, {@code TD}, {@code Figure}, …
     * @param alt its alternate description (a figure's alt text); null when none
     * @param scope a header cell's scope ({@code Row}, {@code Column}); null when none
     */
    public record Node(String type, String alt, String scope, List<Object> parts) {

        /** The elements directly below it. */
        public List<Node> children() {
            return parts.stream()
                    .filter(Node.class::isInstance)
                    .map(Node.class::cast)
                    .toList();
        }

        /** Its own marked content's text, without its children's. */
        public String ownText() {
            return parts.stream()
                    .filter(String.class::isInstance)
                    .map(String.class::cast)
                    .reduce("", (a, b) -> a + " " + b);
        }

        /** Its text and its descendants', in the structure's (reading) order, with single spaces. */
        public String text() {
            StringBuilder out = new StringBuilder();
            parts.forEach(p -> out.append(' ').append(p instanceof Node n ? n.text() : p));
            return out.toString().replaceAll("[\\s\\u00A0\\u00AD]+", " ").strip();
        }

        /** Every element below it (itself included) that matches, in document order. */
        public List<Node> find(Predicate<Node> test) {
            List<Node> found = new ArrayList<>();
            collect(test, found);
            return found;
        }

        public List<Node> all(String type) {
            return find(n -> n.type.equals(type));
        }

        /** A table row's cells' texts. */
        public List<String> cells() {
            return children().stream()
                    .filter(c -> c.type.equals("TH") || c.type.equals("TD"))
                    .map(Node::text)
                    .toList();
        }

        private void collect(Predicate<Node> test, List<Node> found) {
            if (test.test(this)) {
                found.add(this);
            }
            children().forEach(c -> c.collect(test, found));
        }
    }

    private TaggedPdf() {}

    /** The structure tree's root, whose children are the document's top elements. */
    public static Node read(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Map<PDPage, Map<Integer, String>> texts = new HashMap<>();
            for (PDPage page : document.getPages()) {
                texts.put(page, markedTexts(page));
            }
            PDStructureNode root = document.getDocumentCatalog().getStructureTreeRoot();
            return node("Root", null, null, root, null, texts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Node node(
            String type,
            String alt,
            String scope,
            PDStructureNode structure,
            PDPage page,
            Map<PDPage, Map<Integer, String>> texts) {
        List<Object> parts = new ArrayList<>();
        for (Object kid : structure.getKids()) {
            if (kid instanceof PDStructureElement element) {
                PDPage on = element.getPage() != null ? element.getPage() : page;
                parts.add(node(
                        element.getStandardStructureType(),
                        element.getAlternateDescription(),
                        scope(element),
                        element,
                        on,
                        texts));
            } else if (kid instanceof Integer mcid && page != null) {
                parts.add(texts.get(page).getOrDefault(mcid, ""));
            } else if (kid instanceof PDMarkedContentReference reference) {
                PDPage on = reference.getPage() != null ? reference.getPage() : page;
                if (on != null) {
                    parts.add(texts.get(on).getOrDefault(reference.getMCID(), ""));
                }
            }
        }
        return new Node(type, alt, scope, parts);
    }

    private static String scope(PDStructureElement element) {
        if (!(element.getCOSObject().getDictionaryObject(COSName.A) instanceof COSDictionary attributes)) {
            return null;
        }
        return attributes.getNameAsString(COSName.getPDFName("Scope"));
    }

    /** Each marked content sequence's text on a page by its MCID; a line break becomes a space. */
    private static Map<Integer, String> markedTexts(PDPage page) throws IOException {
        PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
        extractor.processPage(page);
        Map<Integer, String> texts = new HashMap<>();
        for (PDMarkedContent content : extractor.getMarkedContents()) {
            collect(content, texts);
        }
        return texts;
    }

    private static void collect(PDMarkedContent content, Map<Integer, String> texts) {
        StringBuilder text = new StringBuilder();
        float lastY = Float.NaN;
        float lastEnd = Float.NaN;
        for (Object item : content.getContents()) {
            if (item instanceof TextPosition position) {
                boolean newLine = !Float.isNaN(lastY) && Math.abs(position.getYDirAdj() - lastY) > 1;
                boolean gap =
                        !Float.isNaN(lastEnd) && position.getXDirAdj() - lastEnd > position.getWidthOfSpace() * 0.5f;
                if (newLine || gap) {
                    text.append(' ');
                }
                text.append(position.getUnicode());
                lastY = position.getYDirAdj();
                lastEnd = position.getXDirAdj() + position.getWidthDirAdj();
            } else if (item instanceof PDMarkedContent nested) {
                collect(nested, texts);
            }
        }
        if (content.getMCID() >= 0) {
            texts.merge(content.getMCID(), text.toString(), (a, b) -> a + " " + b);
        }
    }
}
