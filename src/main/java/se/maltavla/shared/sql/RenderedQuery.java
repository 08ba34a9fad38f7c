package se.maltavla.shared.sql;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.ResultQuery;
import org.jooq.conf.ParamType;

/**
 * A read query that jOOQ renders once, when it is made, and JDBC then runs as a prepared
 * statement with the caller's values: for the few small queries on the path of every request
 * (the API's user, municipality, plan year, lock and stored set), where rendering the SQL text
 * cost jOOQ more than the database needed to answer (docs/performance.md, "The API's own
 * path"). The query keeps jOOQ's typed form in the source, checked against the generated schema;
 * only its text is kept. The rows come back as jOOQ records of the query's fields.
 *
 * <p>The caller's values are the query's named parameters ({@code DSL.param("kommun",
 * String.class)}), given in the order of {@code parameters}; any other parameter (a
 * {@code limit 1}, say) keeps the value it was built with. Runs on the connection jOOQ would use,
 * so inside a Spring transaction it is that transaction's.
 */
public final class RenderedQuery {

    private final DSLContext db;
    private final String sql;
    private final Field<?>[] fields;
    /** Per placeholder: the index of the caller's value, or -1 for a value fixed when the query was built. */
    private final int[] argument;
    /** Per placeholder: the value it was built with (used where {@link #argument} is -1). */
    private final Object[] fixed;

    private final int parameterCount;

    private RenderedQuery(DSLContext db, ResultQuery<?> query, List<String> parameters) {
        this.db = db;
        this.parameterCount = parameters.size();
        this.sql = db.render(query);
        this.fields = query.fields();
        Map<String, Param<?>> params = db.extractParams(query);
        long placeholders = sql.chars().filter(c -> c == '?').count();
        if (placeholders != params.size()) {
            throw new IllegalArgumentException(
                    "Each parameter must appear once (" + placeholders + " ? for " + params.size() + "): " + sql);
        }
        if (db.settings().getStatementType() == org.jooq.conf.StatementType.STATIC_STATEMENT
                || db.settings().getParamType() != null && db.settings().getParamType() != ParamType.INDEXED) {
            throw new IllegalStateException("RenderedQuery needs jOOQ's indexed bind values");
        }
        this.argument = new int[params.size()];
        this.fixed = new Object[params.size()];
        Set<String> named = Set.copyOf(parameters);
        if (named.size() != parameters.size()) {
            throw new IllegalArgumentException("A parameter named twice: " + parameters);
        }
        for (String name : parameters) {
            if (!params.containsKey(name)) {
                throw new IllegalArgumentException("No parameter " + name + " in " + sql);
            }
        }
        int i = 0;
        for (Map.Entry<String, Param<?>> param : params.entrySet()) {
            if (param.getValue().getParamName() != null && !named.contains(param.getKey())) {
                throw new IllegalArgumentException("The caller must give the parameter " + param.getKey() + ": " + sql);
            }
            argument[i] = named.contains(param.getKey()) ? parameters.indexOf(param.getKey()) : -1;
            fixed[i] = param.getValue().getValue();
            i++;
        }
    }

    /** The query, rendered now, whose named parameters {@code parameters} the caller gives in that order. */
    public static RenderedQuery of(DSLContext db, ResultQuery<?> query, String... parameters) {
        return new RenderedQuery(db, query, List.of(parameters));
    }

    /** All rows, for the caller's values in the order of the parameters' names. */
    public Result<Record> fetch(Object... values) {
        if (values.length != parameterCount) {
            throw new IllegalArgumentException(
                    "Expected " + parameterCount + " values, got " + values.length + ": " + Arrays.toString(values));
        }
        return db.connectionResult(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < argument.length; i++) {
                    statement.setObject(i + 1, argument[i] < 0 ? fixed[i] : values[argument[i]]);
                }
                try (ResultSet rows = statement.executeQuery()) {
                    return db.fetch(rows, fields);
                }
            }
        });
    }

    /** The one row, if any (a query by a unique key). */
    public Optional<Record> fetchOptional(Object... values) {
        Result<Record> rows = fetch(values);
        if (rows.size() > 1) {
            throw new IllegalStateException("More than one row for " + sql);
        }
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.getFirst());
    }

    @Override
    public String toString() {
        return sql;
    }
}
