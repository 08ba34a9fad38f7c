package se.maltavla.dataimport.internal;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * Why a run failed, in words a coordinator can act on: never the exception's own text, which
 * may show the server's paths and internals (those go to the server's log, under the error id).
 */
final class RunFailure {

    private RunFailure() {}

    static String reason(Throwable error, MessageSource messages, Locale language) {
        String key = "run.failure." + kind(error);
        return messages.getMessage(key, null, key, language);
    }

    /** database, disk, files, memory or internal. */
    static String kind(Throwable error) {
        String key = "internal";
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String text = String.valueOf(t.getMessage());
            if (text.contains("No space left on device") || text.contains("Disk quota exceeded")) {
                key = "disk";
                break;
            }
            if (t instanceof CannotGetJdbcConnectionException
                    || t instanceof DataAccessResourceFailureException
                    || t instanceof java.sql.SQLTransientConnectionException
                    || t instanceof java.sql.SQLNonTransientConnectionException) {
                key = "database";
                break;
            }
            if (t instanceof OutOfMemoryError) {
                key = "memory";
                break;
            }
            if (t instanceof java.io.IOException || t instanceof java.io.UncheckedIOException) {
                key = "files";
            }
        }
        return key;
    }
}
