package se.maltavla.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import se.maltavla.fulfilment.Level;
import se.maltavla.fulfilment.PlanYearResults;

/**
 * The entity tag of a results answer (docs/api-caching.md): it changes exactly when the body
 * would. A stored result set is rewritten, with a new computation time, whenever a recompute
 * changes any figure (docs/design-decisions/0006-stored-results.md); a locked year's figures come
 * from its version's snapshot, with the lock's time. So the tag is a digest of what names the
 * set and its computation (municipality, plan year, evaluation date, computation time,
 * thresholds, strategy name, row count), the level asked for, the answer's format and
 * {@link #FORMAT} (raised when the JSON's shape changes, so that no client keeps an old body).
 */
final class ResultTags {

    /** The results JSON's format: raise it with any change of ResultsView's fields. */
    static final int FORMAT = 1;

    private ResultTags() {}

    static String of(PlanYearResults results, Level level, String representation) {
        String identity = String.join(
                "|",
                "v" + FORMAT,
                representation,
                results.municipality(),
                String.valueOf(results.year()),
                String.valueOf(results.evaluationDate()),
                results.computedAt() == null
                        ? "-"
                        : results.computedAt().toInstant().toString(),
                results.thresholds().upper().toPlainString(),
                results.thresholds().lower().toPlainString(),
                String.valueOf(results.strategyName()),
                String.valueOf(results.rows().size()),
                level == null ? "alla" : level.code());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }
}
