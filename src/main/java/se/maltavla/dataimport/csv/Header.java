package se.maltavla.dataimport.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A file's header row: each canonical column's position and the name as written in the file
 * (messages and rejection reports show the user's own column name).
 */
public final class Header {

    private final List<String> written;
    private final Map<String, Integer> positions = new HashMap<>();
    private final Set<String> duplicates = new LinkedHashSet<>();

    public Header(List<String> writtenNames) {
        this.written = List.copyOf(writtenNames);
        for (int i = 0; i < written.size(); i++) {
            String name = written.get(i).trim();
            if (name.isEmpty()) {
                continue;
            }
            String canonical = Columns.canonical(name);
            if (positions.putIfAbsent(canonical, i) != null) {
                duplicates.add(name);
            }
        }
    }

    public Set<String> canonicalColumns() {
        return positions.keySet();
    }

    public boolean has(String canonical) {
        return positions.containsKey(canonical);
    }

    /** Position of a canonical column, or -1. */
    public int position(String canonical) {
        return positions.getOrDefault(canonical, -1);
    }

    /** The column's name as written in the file, or the canonical name when the file lacks it. */
    public String writtenName(String canonical) {
        int at = position(canonical);
        return at < 0 ? Columns.display(canonical) : written.get(at).trim();
    }

    /** The names as written, in file order (a workbook's by column: A first). */
    public List<String> writtenNames() {
        return written;
    }

    public int size() {
        return written.size();
    }

    public Set<String> duplicates() {
        return duplicates;
    }

    /** Columns as written that the given kind does not know: reported once as a warning. */
    public List<String> unknownColumns(FileKind kind) {
        List<String> unknown = new ArrayList<>();
        for (String name : written) {
            if (!name.isBlank() && !kind.knows(Columns.canonical(name))) {
                unknown.add(name.trim());
            }
        }
        return unknown;
    }
}
