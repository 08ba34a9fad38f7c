package se.maltavla.activity.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A map of Europe as SVG, drawn on the server from the outlines shipped with Måltavla (nothing
 * is fetched at run time): the countries with partners filled by number of partners and labelled
 * with that number, the home country outlined and named. Plain Java, so that the dashboard and
 * the year-end report draw the same map.
 */
public final class EuropeMap {

    /** The drawing's width in SVG units; the height follows from the frame. */
    static final double WIDTH = 800;
    /** Points (lon, lat) the frame must show: Iceland, the Atlantic (for the legend), Portugal, Malta, Crete, Cyprus, the Caucasus, the Urals, North Cape. */
    private static final double[][] FRAME = {
        {-24, 66.5}, {-27, 42}, {-10, 35.5}, {14, 35.6}, {25, 34.7}, {35, 34.5}, {42, 47}, {44, 62}, {29, 71.3}
    };
    /** A point closer than this (in SVG units) to the last one drawn is left out. */
    private static final double THIN = 0.7;

    private static final String LAND = "#e4e4e4";
    private static final String HOME_STROKE = "#7a2e00";

    private static final class Shared {
        static final EuropeMap MAP = new EuropeMap(CountryShapes.load());
    }

    private final Map<String, CountryShapes.Shape> shapes;
    private final double left;
    private final double top;
    private final double scale;
    private final double height;

    EuropeMap(Map<String, CountryShapes.Shape> shapes) {
        this.shapes = shapes;
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (double[] point : FRAME) {
            double[] p = Projection.project(point[0], point[1]);
            minX = Math.min(minX, p[0]);
            maxX = Math.max(maxX, p[0]);
            minY = Math.min(minY, p[1]);
            maxY = Math.max(maxY, p[1]);
        }
        double margin = (maxX - minX) * 0.02;
        left = minX - margin;
        top = minY - margin;
        scale = WIDTH / (maxX - minX + 2 * margin);
        height = Math.ceil((maxY - minY + 2 * margin) * scale);
    }

    /** The map with the outlines shipped with Måltavla, read once. */
    public static EuropeMap shared() {
        return Shared.MAP;
    }

    /**
     * Draws the map.
     *
     * @param partners number of partners by ISO 3166-1 alpha-2 code (counts below 1 are ignored)
     * @param home the home country's code, outlined and named (e.g. "SE")
     */
    public MapImage render(Map<String, Integer> partners, String home, MapTexts texts) {
        return draw(partners, home, texts, 15, 12, true);
    }

    /**
     * The map for a slide seen from the back of a room: the counts in {@code labelSize} (SVG units;
     * the map is {@value #WIDTH} wide), the home country outlined but not named (at that size its
     * word ran into the neighbours' counts), and no legend, which the slide shows beside the map with
     * the same figures ({@link #fill}) and the home country named.
     */
    public MapImage renderLarge(Map<String, Integer> partners, String home, MapTexts texts, int labelSize) {
        return draw(partners, home, texts, labelSize, 0, false);
    }

    /** The fill of a country with this many partners (≥ 1), as on the map. */
    public static String fill(int partners) {
        return CountScale.fill(Math.max(1, partners));
    }

    private MapImage draw(
            Map<String, Integer> partners,
            String home,
            MapTexts texts,
            int countSize,
            int homeSize,
            boolean withLegend) {
        Map<String, Integer> shown = new TreeMap<>();
        List<String> unplaced = new ArrayList<>();
        partners.forEach((code, count) -> {
            if (count != null && count > 0) {
                CountryShapes.Shape shape = code == null ? null : shapes.get(code.toUpperCase(Locale.ROOT));
                if (shape != null && inFrame(shape.label())) {
                    shown.put(shape.code(), count);
                } else {
                    unplaced.add(String.valueOf(code));
                }
            }
        });
        unplaced.sort(null);
        SvgText svg = new SvgText();
        svg.open(WIDTH, height, texts.title(), texts.description());
        svg.rect(0, 0, WIDTH, height, "#f2f6f9", null, "sea");
        shapes.values().forEach(shape -> {
            String path = path(shape);
            if (path.isEmpty()) {
                return;
            }
            Integer count = shown.get(shape.code());
            String tooltip = countryName(shape.code(), texts.locale()) + (count == null ? "" : ": " + count);
            svg.country(
                    shape.code(),
                    path,
                    count == null ? LAND : CountScale.fill(count),
                    count,
                    shape.code().equals(home) ? HOME_STROKE : null,
                    tooltip);
        });
        // With a count in the home country too, the count sits above the home word and the word below.
        double shift = homeSize == 0 ? 0 : Math.max(countSize, homeSize) * 0.6;
        shown.forEach((code, count) -> {
            double[] at = inside(
                    point(shapes.get(code).label()), String.valueOf(count).length(), countSize);
            svg.label(at[0], at[1] - (code.equals(home) ? shift : 0), String.valueOf(count), "count", code, countSize);
        });
        CountryShapes.Shape homeShape = home == null ? null : shapes.get(home);
        if (homeShape != null && homeSize > 0) {
            double[] at = inside(point(homeShape.label()), texts.home().length(), homeSize);
            svg.label(at[0], at[1] + (shown.containsKey(home) ? shift : 0), texts.home(), "home", home, homeSize);
        }
        if (withLegend) {
            legend(
                    svg,
                    shown.values().stream().mapToInt(Integer::intValue).max().orElse(0),
                    texts);
        }
        return new MapImage(svg.close(), unplaced);
    }

    private void legend(SvgText svg, int largest, MapTexts texts) {
        List<String[]> entries = CountScale.legend(largest);
        double x = 14;
        double y = height - 22 * (entries.size() + 2) - 8;
        svg.rect(x - 6, y - 18, 150, 22 * (entries.size() + 2) + 12, "#ffffff", "#8a8a8a", "legend");
        svg.text(x, y, texts.legendTitle(), 13, true);
        for (String[] entry : entries) {
            y += 22;
            svg.rect(x, y - 12, 22, 15, entry[0], "#4d4d4d", null);
            svg.text(x + 30, y, entry[1], 13, false);
        }
        y += 22;
        svg.rect(x, y - 12, 22, 15, LAND, HOME_STROKE, "home-key");
        svg.text(x + 30, y, texts.home(), 13, false);
    }

    /** A label's centre moved in from the map's edges, so that the edge does not cut it (Cyprus, Iceland, …). */
    private double[] inside(double[] at, int characters, int size) {
        double halfWidth = characters * size * 0.35 + 3;
        double halfHeight = size * 0.6 + 3;
        return new double[] {
            Math.max(halfWidth, Math.min(WIDTH - halfWidth, at[0])),
            Math.max(halfHeight, Math.min(height - halfHeight, at[1]))
        };
    }

    private boolean inFrame(double[] lonLat) {
        double[] p = point(lonLat);
        return p[0] >= 0 && p[0] <= WIDTH && p[1] >= 0 && p[1] <= height;
    }

    private double[] point(double[] lonLat) {
        double[] p = Projection.project(lonLat[0], lonLat[1]);
        return new double[] {(p[0] - left) * scale, (p[1] - top) * scale};
    }

    /** The outline as an SVG path: only the polygons in the frame, points too close to the last one drawn left out. */
    private String path(CountryShapes.Shape shape) {
        StringBuilder d = new StringBuilder();
        for (List<double[][]> polygon : shape.polygons()) {
            List<double[]> outer = projected(polygon.getFirst());
            if (!overlapsFrame(outer)) {
                continue;
            }
            for (int r = 0; r < polygon.size(); r++) {
                List<double[]> ring = r == 0 ? outer : projected(polygon.get(r));
                double[] last = null;
                for (int i = 0; i < ring.size(); i++) {
                    double[] p = ring.get(i);
                    if (last == null || i == ring.size() - 1 || Math.hypot(p[0] - last[0], p[1] - last[1]) >= THIN) {
                        d.append(last == null ? "M" : "L")
                                .append(SvgText.number(p[0]))
                                .append(' ')
                                .append(SvgText.number(p[1]));
                        last = p;
                    }
                }
                d.append('Z');
            }
        }
        return d.toString();
    }

    private List<double[]> projected(double[][] ring) {
        List<double[]> points = new ArrayList<>(ring.length);
        for (double[] lonLat : ring) {
            points.add(point(lonLat));
        }
        return points;
    }

    private boolean overlapsFrame(List<double[]> ring) {
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (double[] p : ring) {
            minX = Math.min(minX, p[0]);
            maxX = Math.max(maxX, p[0]);
            minY = Math.min(minY, p[1]);
            maxY = Math.max(maxY, p[1]);
        }
        return maxX >= 0 && minX <= WIDTH && maxY >= 0 && minY <= height;
    }

    private static String countryName(String code, Locale locale) {
        String name = Locale.of("", code).getDisplayCountry(locale);
        return name.isEmpty() || name.equals(code) ? code : name;
    }
}
