package se.maltavla.audit.internal;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Texts as they are stored: control characters made spaces (a file name with a line break
 * cannot start a false line in an export or a log), and cut to the column's length with "…",
 * never refused: a change is not lost for its entry's length. Cut in UTF-16 units without
 * splitting a pair, so that the text fits a varchar(n) on H2 (UTF-16 units) and on PostgreSQL
 * (characters) alike.
 */
final class AuditText {

    static final int ACTOR = 100;
    static final int ORIGIN = 100;
    static final int SUBJECT = 300;
    static final int FACTS = 4000;
    private static final int VALUE = 1000;

    private AuditText() {}

    static String bounded(String text, int max) {
        String clean = text == null ? "" : text.replaceAll("\\p{Cntrl}", " ");
        if (clean.length() <= max) {
            return clean;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(clean.charAt(end - 1))) {
            end--;
        }
        return clean.substring(0, end) + "…";
    }

    /** The facts as a JSON object, each value at most 1,000 characters, the whole at most {@value #FACTS}. */
    static String json(Map<String, Object> facts) {
        if (facts.isEmpty()) {
            return null;
        }
        StringBuilder json = new StringBuilder("{");
        facts.forEach((name, value) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            string(json, bounded(name, 100));
            json.append(':');
            switch (value) {
                case null -> json.append("null");
                case Boolean b -> json.append(b);
                case Integer i -> json.append(i);
                case Long l -> json.append(l);
                case BigDecimal d -> json.append(d.toPlainString());
                default -> string(json, bounded(value.toString(), VALUE));
            }
        });
        json.append('}');
        return bounded(json.toString(), FACTS);
    }

    private static void string(StringBuilder json, String text) {
        json.append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> json.append(c);
            }
        }
        json.append('"');
    }
}
