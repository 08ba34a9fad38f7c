package se.maltavla.activity.map;

import java.util.ArrayList;
import java.util.List;

/**
 * The map's colour classes by number of partners, light to dark. Every class's fill keeps the
 * black count label (with its white halo) readable; the count is always written as well, so the
 * colour never carries the figure alone.
 */
final class CountScale {

    private static final int[] LOWEST = {1, 2, 3, 5, 10};
    private static final String[] FILLS = {"#c6dbef", "#9ecae1", "#6baed6", "#3d8dc4", "#2166a8"};

    private CountScale() {}

    /** The class of a count ≥ 1: 0 for 1, 1 for 2, 2 for 3–4, 3 for 5–9, 4 for 10 or more. */
    static int classOf(int count) {
        int c = 0;
        while (c + 1 < LOWEST.length && count >= LOWEST[c + 1]) {
            c++;
        }
        return c;
    }

    static String fill(int count) {
        return FILLS[classOf(count)];
    }

    /** The legend's entries up to the class of the largest count: {fill, label}. */
    static List<String[]> legend(int largest) {
        List<String[]> entries = new ArrayList<>();
        for (int c = 0; c <= classOf(Math.max(1, largest)); c++) {
            String label = c == LOWEST.length - 1
                    ? "≥ " + LOWEST[c]
                    : LOWEST[c + 1] - LOWEST[c] == 1
                            ? String.valueOf(LOWEST[c])
                            : LOWEST[c] + "–" + (LOWEST[c + 1] - 1);
            entries.add(new String[] {FILLS[c], label});
        }
        return entries;
    }
}
