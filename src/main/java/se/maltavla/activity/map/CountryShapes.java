package se.maltavla.activity.map;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The country outlines shipped with Måltavla (src/main/resources/map/europe-countries.json:
 * Natural Earth 1:50m, public domain, simplified; see the README beside it), read once.
 */
final class CountryShapes {

    static final String RESOURCE = "/map/europe-countries.json";

    /**
     * A country's outline.
     *
     * @param polygons each a list of rings (outer first), each ring a list of {lon, lat}
     * @param label where its label goes, {lon, lat}, inside its largest polygon
     */
    record Shape(String code, String name, List<List<double[][]>> polygons, double[] label) {}

    private CountryShapes() {}

    /** Every country by ISO 3166-1 alpha-2 code. */
    static Map<String, Shape> load() {
        try (InputStream in = CountryShapes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            JsonNode root = JsonMapper.builder().build().readTree(in);
            Map<String, Shape> shapes = new LinkedHashMap<>();
            for (JsonNode feature : root.get("features")) {
                List<List<double[][]>> polygons = new ArrayList<>();
                for (JsonNode polygon : feature.get("geometry").get("coordinates")) {
                    List<double[][]> rings = new ArrayList<>();
                    polygon.forEach(ring -> rings.add(points(ring)));
                    polygons.add(rings);
                }
                JsonNode label = feature.get("properties").get("label");
                String code = feature.get("id").asString();
                shapes.put(
                        code,
                        new Shape(code, feature.get("properties").get("name").asString(), polygons, new double[] {
                            label.get(0).asDouble(), label.get(1).asDouble()
                        }));
            }
            return shapes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double[][] points(JsonNode ring) {
        double[][] points = new double[ring.size()][];
        for (int i = 0; i < ring.size(); i++) {
            points[i] = new double[] {
                ring.get(i).get(0).asDouble(), ring.get(i).get(1).asDouble()
            };
        }
        return points;
    }
}
