package se.maltavla.chart;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Reads a chart drawn by {@link SvgTimeChart} as a test sees it: its series' groups, texts and legend. */
public final class SvgReading {

    private SvgReading() {}

    public static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    /** How many non-empty groups of this class the chart has. */
    public static int count(Document svg, String groupClass) throws Exception {
        NodeList groups = (NodeList) XPathFactory.newInstance()
                .newXPath()
                .evaluate("//*[local-name()='g'][@class='" + groupClass + "'][*]", svg, XPathConstants.NODESET);
        return groups.getLength();
    }

    /** Every text drawn, in order. */
    public static List<String> texts(Document svg) {
        NodeList texts = svg.getElementsByTagName("text");
        List<String> all = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            all.add(texts.item(i).getTextContent());
        }
        return all;
    }

    /** The legend's texts: the lowest row of text (the legend is below the plot), left to right. */
    public static List<String> legend(Document svg) {
        NodeList texts = svg.getElementsByTagName("text");
        double lowest = 0;
        for (int i = 0; i < texts.getLength(); i++) {
            lowest = Math.max(lowest, Double.parseDouble(((Element) texts.item(i)).getAttribute("y")));
        }
        List<Element> row = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            Element text = (Element) texts.item(i);
            if (Math.abs(Double.parseDouble(text.getAttribute("y")) - lowest) < 1) {
                row.add(text);
            }
        }
        row.sort(Comparator.comparingDouble(t -> Double.parseDouble(t.getAttribute("x"))));
        return row.stream().map(Element::getTextContent).toList();
    }
}
