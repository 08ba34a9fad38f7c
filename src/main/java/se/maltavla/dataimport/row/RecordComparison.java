package se.maltavla.dataimport.row;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;
import org.jooq.Field;
import org.jooq.Record;

/** Whether a re-imported row changes a stored record: numbers compare by value (12,5 = 12,50). */
public final class RecordComparison {

    private RecordComparison() {}

    public static boolean sameContent(Record a, Record b, Set<Field<?>> ignored) {
        for (int i = 0; i < a.size(); i++) {
            if (ignored.contains(a.field(i))) {
                continue;
            }
            Object x = a.get(i);
            Object y = b.get(i);
            boolean equal = x instanceof BigDecimal bx && y instanceof BigDecimal by
                    ? bx.compareTo(by) == 0
                    : Objects.equals(x, y);
            if (!equal) {
                return false;
            }
        }
        return true;
    }
}
