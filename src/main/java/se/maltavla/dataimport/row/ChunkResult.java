package se.maltavla.dataimport.row;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.maltavla.dataimport.PlanDataChanged;
import se.maltavla.dataimport.RejectedRow;

/** What one chunk of rows did: counts and its rejections (stored in the chunk's transaction). */
public final class ChunkResult {

    private long created;
    private long updated;
    private long unchanged;
    private final List<RejectedRow> rejections = new ArrayList<>();
    private final Set<PlanDataChanged.Change> changes = new HashSet<>();

    public void created() {
        created++;
    }

    public void updated() {
        updated++;
    }

    public void unchanged() {
        unchanged++;
    }

    public void rejected(RejectedRow rejection) {
        rejections.add(rejection);
    }

    public void add(Outcome outcome) {
        switch (outcome) {
            case NEW -> created();
            case UPDATED -> updated();
            case UNCHANGED -> unchanged();
        }
    }

    public long createdCount() {
        return created;
    }

    public long updatedCount() {
        return updated;
    }

    public long unchangedCount() {
        return unchanged;
    }

    /** Notes that the figures of a municipality's plan year (null: of all its years) may have changed. */
    public void changed(String municipality, Integer planYear) {
        changes.add(new PlanDataChanged.Change(municipality, planYear));
    }

    public Set<PlanDataChanged.Change> changes() {
        return changes;
    }

    /** The chunk's rejected rows, in the order found (a caller may sort them). */
    public List<RejectedRow> rejections() {
        return rejections;
    }

    public long read() {
        return created + updated + unchanged + rejections.size();
    }

    /** What storing one accepted row did. */
    public enum Outcome {
        NEW,
        UPDATED,
        UNCHANGED;

        /** Combines the outcomes of a row's parts: new beats updated beats unchanged. */
        public Outcome and(Outcome other) {
            return values()[Math.min(ordinal(), other.ordinal())];
        }
    }
}
