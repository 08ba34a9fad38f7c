package se.maltavla.yearend.render;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A chart or map (SVG) as an image with its text alternative: {@code <img alt="…">} with the SVG as
 * a data URI, so that the PDF tags it as a figure with alt text and the page shows the same. Its
 * width and height attributes size it in both: the PDF's SVG renderer draws it at that size only
 * when they are given, and its viewBox lets it scale.
 */
final class Images {

    private static final Pattern VIEW_BOX =
            Pattern.compile("viewBox=[\"']\\s*[-0-9.]+[\\s,]+[-0-9.]+[\\s,]+([0-9.]+)[\\s,]+([0-9.]+)\\s*[\"']");

    private Images() {}

    /**
     * @param svg a standalone SVG document with a viewBox
     * @param width the width to draw it at, in CSS pixels (the height follows from the viewBox)
     */
    static void img(Xhtml x, String svg, String alt, int width, String cssClass) {
        svg = wholeSize(svg);
        Matcher box = VIEW_BOX.matcher(svg);
        if (!box.find()) {
            throw new IllegalArgumentException("The SVG has no viewBox");
        }
        double ratio = Double.parseDouble(box.group(2)) / Double.parseDouble(box.group(1));
        String data = Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
        x.empty(
                "img",
                "class",
                cssClass,
                "alt",
                alt,
                "width",
                String.valueOf(width),
                "height",
                String.valueOf(Math.round(width * ratio)),
                "src",
                "data:image/svg+xml;base64," + data);
    }

    /**
     * The root element's size and viewBox in whole numbers ("480" for JFreeSVG's "480.0"): the PDF's
     * SVG renderer reads only those, and otherwise warns and guesses 400 × 400.
     */
    static String wholeSize(String svg) {
        int start = svg.indexOf("<svg");
        int end = svg.indexOf('>', start);
        String root = svg.substring(start, end).replaceAll("(\\d+)\\.0(?=[\\s\"'])", "$1");
        return svg.substring(0, start) + root + svg.substring(end);
    }

    /**
     * An SVG written without a viewBox (JFreeSVG's plain element) given one of its own size, in whole
     * numbers: the PDF's SVG renderer reads only those (with "800.0" it falls back to 400 × 400).
     */
    static String withViewBox(String svg) {
        if (VIEW_BOX.matcher(svg).find()) {
            return svg;
        }
        Matcher size = Pattern.compile("<svg[^>]*?width=[\"']([0-9.]+)[\"'][^>]*?height=[\"']([0-9.]+)[\"']")
                .matcher(svg);
        if (!size.find()) {
            throw new IllegalArgumentException("The SVG has neither a viewBox nor a width and height");
        }
        int at = svg.indexOf("<svg") + 4;
        return svg.substring(0, at) + " viewBox=\"0 0 " + Math.round(Double.parseDouble(size.group(1))) + " "
                + Math.round(Double.parseDouble(size.group(2))) + "\"" + svg.substring(at);
    }
}
