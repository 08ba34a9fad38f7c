package se.maltavla.yearend.content;

import se.maltavla.yearend.Snapshot;

/** Builds a {@link YearEndReport} from a snapshot, part by part. */
final class ReportAssembly {

    private ReportAssembly() {}

    static YearEndReport of(Snapshot snapshot) {
        SnapshotIndex index = new SnapshotIndex(snapshot);
        ReportHeading heading = new ReportHeading(
                snapshot.municipality(),
                snapshot.municipalityName(),
                snapshot.year(),
                snapshot.version(),
                snapshot.draft(),
                snapshot.evaluationDate(),
                snapshot.lockedAt(),
                snapshot.lockedBy(),
                snapshot.strategy() != null
                        ? snapshot.strategy().name()
                        : snapshot.results().strategyName(),
                snapshot.results().thresholds());
        Areas areas = new Areas(index);
        Narratives narratives = new Narratives(index);
        return new YearEndReport(
                heading,
                Summaries.of(index, areas),
                areas.parts(narratives),
                Committees.parts(index, narratives),
                narratives.others(),
                Activities.part(snapshot),
                NotAssessed.of(index, areas),
                Risks.of(index),
                index.rows(se.maltavla.fulfilment.Level.INDIKATOR).stream()
                        .map(index::indicatorLine)
                        .toList());
    }
}
