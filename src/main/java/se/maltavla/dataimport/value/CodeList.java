package se.maltavla.dataimport.value;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import se.maltavla.shared.Blanks;

/** A list of codes such as {@code kopplingar} or {@code perspektiv} (docs/import-contract.md §1, "Values"). */
public final class CodeList {

    private static final Pattern SEPARATOR = Pattern.compile("[|,;]");

    private CodeList() {}

    /**
     * The codes separated by {@code |}, {@code ,} or {@code ;}, trimmed, in the order written,
     * without empty entries and without case-insensitive repeats (the first spelling is kept,
     * because codes compare case-insensitively). An empty cell gives an empty list.
     */
    public static List<String> parse(String raw) {
        if (Blanks.isBlank(raw)) {
            return List.of();
        }
        List<String> codes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String part : SEPARATOR.split(raw)) {
            String code = Blanks.strip(part);
            if (!code.isEmpty() && seen.add(code.toLowerCase(Locale.ROOT))) {
                codes.add(code);
            }
        }
        return List.copyOf(codes);
    }
}
