package se.maltavla.activity.map;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jfree.svg.SVGUtils;

/** Builds the map's SVG as text; everything written from data is escaped. */
final class SvgText {

    private final StringBuilder out = new StringBuilder(200_000);

    void open(double width, double height, String title, String description) {
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"europe-map\" role=\"img\"")
                .append(" aria-labelledby=\"europe-map-title europe-map-desc\" viewBox=\"0 0 ")
                .append(number(width))
                .append(' ')
                .append(number(height))
                .append("\" width=\"")
                .append(number(width))
                .append("\" height=\"")
                .append(number(height))
                .append("\" font-family=\"sans-serif\">")
                .append("<title id=\"europe-map-title\">")
                .append(escape(title))
                .append("</title>")
                .append("<desc id=\"europe-map-desc\">")
                .append(escape(description))
                .append("</desc>");
    }

    void rect(double x, double y, double width, double height, String fill, String stroke, String cssClass) {
        out.append("<rect x=\"")
                .append(number(x))
                .append("\" y=\"")
                .append(number(y))
                .append("\" width=\"")
                .append(number(width))
                .append("\" height=\"")
                .append(number(height))
                .append("\" fill=\"")
                .append(fill)
                .append('"');
        if (stroke != null) {
            out.append(" stroke=\"")
                    .append(stroke)
                    .append("\" stroke-width=\"")
                    .append("home-key".equals(cssClass) ? 2.5 : 1)
                    .append('"');
        }
        if (cssClass != null) {
            out.append(" class=\"").append(cssClass).append('"');
        }
        out.append("/>");
    }

    /** A country; {@code partners} null when it has none, {@code homeStroke} null unless it is the home country. */
    void country(String code, String path, String fill, Integer partners, String homeStroke, String tooltip) {
        out.append("<path d=\"")
                .append(path)
                .append("\" data-country=\"")
                .append(escape(code))
                .append('"');
        if (partners != null) {
            out.append(" data-partners=\"").append(partners).append('"');
        }
        out.append(" fill=\"")
                .append(fill)
                .append("\" fill-rule=\"evenodd\" stroke=\"")
                .append(
                        homeStroke != null
                                ? homeStroke + "\" stroke-width=\"2.5"
                                : partners != null ? "#4d6f91\" stroke-width=\"0.8" : "#ffffff\" stroke-width=\"0.6")
                .append("\" stroke-linejoin=\"round\" class=\"country")
                .append(homeStroke != null ? " home" : "")
                .append("\">")
                .append("<title>")
                .append(escape(tooltip))
                .append("</title></path>");
    }

    /**
     * A label at a point, black with a white halo so that it reads on any fill. The halo is a text
     * of its own drawn first, not {@code paint-order}: the PDF's SVG renderer (Batik) ignores that
     * and drew the white stroke over the black letters.
     */
    void label(double x, double y, String text, String cssClass, String country, int size) {
        labelText(x, y, text, "halo", null, size, " fill=\"#ffffff\" stroke=\"#ffffff\" stroke-width=\"3\"");
        labelText(x, y, text, cssClass, country, size, " fill=\"#000000\"");
    }

    private void labelText(double x, double y, String text, String cssClass, String country, int size, String paint) {
        out.append("<text x=\"")
                .append(number(x))
                .append("\" y=\"")
                .append(number(y))
                .append("\" class=\"")
                .append(cssClass)
                .append('"');
        if (country != null) {
            out.append(" data-country=\"").append(escape(country)).append('"');
        } else {
            out.append(" aria-hidden=\"true\"");
        }
        out.append(" text-anchor=\"middle\" dominant-baseline=\"central\" font-size=\"")
                .append(size)
                .append("\" font-weight=\"700\"")
                .append(paint)
                .append('>')
                .append(escape(text))
                .append("</text>");
    }

    void text(double x, double y, String text, int size, boolean bold) {
        out.append("<text x=\"")
                .append(number(x))
                .append("\" y=\"")
                .append(number(y))
                .append("\" font-size=\"")
                .append(size)
                .append(bold ? "\" font-weight=\"700" : "")
                .append("\" fill=\"#1a1a1a\">")
                .append(escape(text))
                .append("</text>");
    }

    String close() {
        return out.append("</svg>").toString();
    }

    /** One decimal, no trailing zeros: short paths. */
    static String number(double value) {
        return BigDecimal.valueOf(value)
                .setScale(1, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        return SVGUtils.escapeForXML(text);
    }
}
