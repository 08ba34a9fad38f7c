package se.maltavla.audit.internal;

import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.maltavla.audit.AuditEvent;

/**
 * Stores each {@link AuditEvent} as it is published: on the publisher's thread and in its
 * transaction (a plain, synchronous listener, not one after the commit), so that the change and
 * its entry are committed together or not at all. An entry that cannot be stored throws, to the
 * publisher: the change is rolled back (or, for a file, removed), never done unrecorded.
 */
@Component
class AuditRecorder {

    private final AuditRepository entries;
    private final Actors actors;
    private final Clock clock;

    AuditRecorder(AuditRepository entries, Actors actors, Clock clock) {
        this.entries = entries;
        this.actors = actors;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void record(AuditEvent event) {
        Actors.Actor actor = actors.current();
        record(event, actor);
    }

    void record(AuditEvent event, Actors.Actor actor) {
        entries.insert(
                clock.instant(),
                actor.name(),
                actor.origin(),
                event.kind().code(),
                event.subject(),
                AuditText.json(event.before()),
                AuditText.json(event.after()));
    }
}
