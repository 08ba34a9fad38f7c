package se.maltavla.activity.map;

import java.util.List;

/**
 * A rendered map.
 *
 * @param svg a standalone SVG document (no XML declaration), to put inline in HTML
 * @param unplaced the country codes asked for that the map cannot show (unknown codes, or
 *     countries outside the part of the world drawn), sorted; the caller lists them beside it
 */
public record MapImage(String svg, List<String> unplaced) {

    public MapImage {
        unplaced = List.copyOf(unplaced);
    }
}
