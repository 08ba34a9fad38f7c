package se.maltavla.fulfilment.internal;

import java.util.Collection;
import java.util.List;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * Values for an IN list, written into the SQL rather than bound. With bind values H2 wraps each
 * in a cast and then filters by scanning instead of using the index (seen: a full recompute 5×
 * slower), and PostgreSQL's cached generic plan for a prepared statement may scan too. The
 * values are ids, years and four-digit municipality codes, never user text.
 */
final class Inlined {

    private Inlined() {}

    static <T> List<Field<T>> values(Collection<T> values) {
        return values.stream().<Field<T>>map(DSL::inline).toList();
    }
}
