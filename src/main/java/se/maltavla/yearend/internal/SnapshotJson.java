package se.maltavla.yearend.internal;

import se.maltavla.yearend.Snapshot;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Snapshots as stored: JSON of the feature records they are made of. Reading ignores fields a
 * later Måltavla no longer has and leaves new ones empty, so that an upgrade never changes or
 * loses a locked year (SnapshotFormatTest reads a snapshot stored by format 1).
 */
final class SnapshotJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private SnapshotJson() {}

    static String write(Snapshot snapshot) {
        return JSON.writeValueAsString(snapshot);
    }

    static Snapshot read(String json) {
        return JSON.readValue(json, Snapshot.class);
    }
}
