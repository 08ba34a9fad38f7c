package se.maltavla.dataimport.value;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Lists of codes (kopplingar, perspektiv): separated by |, , or ; with spaces ignored. */
public final class CodeList {

    private CodeList() {}

    public static List<String> parse(String raw) {
        List<String> codes = new ArrayList<>();
        if (raw == null || raw.isBlank()) {
            return codes;
        }
        Set<String> seen = new HashSet<>();
        for (String part : raw.split("[|,;]")) {
            String code = part.strip();
            if (!code.isEmpty() && seen.add(code.toLowerCase(Locale.ROOT))) {
                codes.add(code);
            }
        }
        return codes;
    }
}
