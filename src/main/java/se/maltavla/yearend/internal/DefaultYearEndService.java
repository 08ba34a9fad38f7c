package se.maltavla.yearend.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import se.maltavla.audit.AuditEvent;
import se.maltavla.audit.AuditKind;
import se.maltavla.dataimport.ImportService;
import se.maltavla.db.tables.records.YearEndVersionRecord;
import se.maltavla.fulfilment.FulfilmentService;
import se.maltavla.fulfilment.Level;
import se.maltavla.fulfilment.ResultRow;
import se.maltavla.fulfilment.UnknownMunicipalityException;
import se.maltavla.yearend.Readiness;
import se.maltavla.yearend.Snapshot;
import se.maltavla.yearend.SteeringPack;
import se.maltavla.yearend.VersionDifference;
import se.maltavla.yearend.YearEndException;
import se.maltavla.yearend.YearEndService;
import se.maltavla.yearend.YearEndState;
import se.maltavla.yearend.YearEndVersion;

@Service
class DefaultYearEndService implements YearEndService {

    static final int REASON_MAX = 2000;
    private static final Duration WAIT_FOR_IMPORT = Duration.ofMinutes(2);

    private final YearEndRepository repository;
    private final Snapshots snapshots;
    private final SnapshotBuilder builder;
    private final FulfilmentService fulfilment;
    private final ImportService imports;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final MunicipalityNames names;
    private final PackBuilder pack;
    private final org.springframework.context.ApplicationEventPublisher events;

    DefaultYearEndService(
            YearEndRepository repository,
            Snapshots snapshots,
            SnapshotBuilder builder,
            FulfilmentService fulfilment,
            ImportService imports,
            TransactionTemplate transaction,
            Clock clock,
            MunicipalityNames names,
            PackBuilder pack,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.names = names;
        this.pack = pack;
        this.repository = repository;
        this.snapshots = snapshots;
        this.builder = builder;
        this.fulfilment = fulfilment;
        this.imports = imports;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public YearEndState state(String municipality, int year) {
        String name = names.of(municipality)
                .orElseThrow(() -> new YearEndException("yearend.unknown.municipality", municipality));
        return new YearEndState(municipality, name, year, repository.versions(municipality, year));
    }

    @Override
    public YearEndVersion lock(String municipality, int year, LocalDate evaluationDate) {
        String name = knownPlanYear(municipality, year);
        LocalDate date = evaluationDate == null ? LocalDate.of(year, 12, 31) : evaluationDate;
        if (date.isBefore(LocalDate.of(year, 1, 1))) {
            throw new YearEndException("yearend.date.beforeyear", date.toString(), year);
        }
        LocalDate effective = date.isAfter(LocalDate.of(year, 12, 31)) ? LocalDate.of(year, 12, 31) : date;
        String by = user();
        return imports.whileNoImportRuns(WAIT_FOR_IMPORT, () -> {
            // What the last import changed is recomputed first, so that the snapshot holds the figures of every value
            // in.
            fulfilment.recomputeChanged();
            return transaction.execute(status -> {
                if (repository.inForce(municipality, year).isPresent()) {
                    throw new YearEndException("yearend.alreadylocked", year, name);
                }
                int version = repository.nextVersion(municipality, year);
                OffsetDateTime at = OffsetDateTime.now(clock);
                Snapshot snapshot = builder.build(municipality, name, year, version, effective, at, by);
                repository.insert(
                        municipality,
                        year,
                        version,
                        snapshot.evaluationDate(),
                        at,
                        by,
                        Snapshot.FORMAT,
                        SnapshotJson.write(snapshot));
                YearEndVersion locked = repository
                        .find(municipality, year, version)
                        .map(YearEndRepository::version)
                        .orElseThrow();
                // in the lock's transaction: no lock without its entry in the audit log (docs/audit.md)
                events.publishEvent(new AuditEvent(
                        AuditKind.YEAR_LOCKED,
                        subject(municipality, year),
                        AuditEvent.facts("last", false),
                        AuditEvent.facts(
                                "last",
                                true,
                                "version",
                                version,
                                "utvarderingsdatum",
                                snapshot.evaluationDate().toString())));
                return locked;
            });
        });
    }

    @Override
    public YearEndVersion reopen(String municipality, int year, String reason) {
        String name = knownPlanYear(municipality, year);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new YearEndException("yearend.reason.missing");
        }
        if (why.length() > REASON_MAX) {
            throw new YearEndException("yearend.reason.toolong", why.length(), REASON_MAX);
        }
        String by = user();
        return transaction.execute(status -> {
            YearEndVersionRecord current = repository
                    .inForce(municipality, year)
                    .orElseThrow(() -> new YearEndException("yearend.notlocked", year, name));
            if (!repository.reopen(current.getId(), OffsetDateTime.now(clock), by, why)) {
                throw new YearEndException("yearend.notlocked", year, name);
            }
            YearEndVersion reopened = repository
                    .find(municipality, year, current.getVersion())
                    .map(YearEndRepository::version)
                    .orElseThrow();
            events.publishEvent(new AuditEvent(
                    AuditKind.YEAR_REOPENED,
                    subject(municipality, year),
                    AuditEvent.facts("last", true, "version", current.getVersion()),
                    AuditEvent.facts("last", false, "version", current.getVersion(), "skal", why)));
            return reopened;
        });
    }

    @Override
    public Optional<Snapshot> snapshot(String municipality, int year, Integer version) {
        Optional<YearEndVersionRecord> stored = version == null
                ? repository.versions(municipality, year).stream()
                        .findFirst()
                        .flatMap(v -> repository.find(municipality, year, v.version()))
                : repository.find(municipality, year, version);
        return stored.flatMap(r -> snapshots.byId(r.getId()));
    }

    @Override
    public Snapshot forDocuments(String municipality, int year, Integer version) {
        String name = knownPlanYear(municipality, year);
        if (version != null) {
            return snapshot(municipality, year, version)
                    .orElseThrow(() -> new YearEndException("yearend.unknown.version", version, year));
        }
        Optional<YearEndVersionRecord> inForce = repository.inForce(municipality, year);
        if (inForce.isPresent()) {
            return snapshots.byId(inForce.get().getId()).orElseThrow();
        }
        return builder.build(
                municipality, name, year, 0, fulfilment.defaultEvaluationDate(year), OffsetDateTime.now(clock), user());
    }

    @Override
    public SteeringPack changes(String municipality, int year, LocalDate from, LocalDate to) {
        String name = knownPlanYear(municipality, year);
        LocalDate last = pack.to(year, to);
        LocalDate first = PackBuilder.from(year, from, last);
        if (!first.isBefore(last)) {
            throw new YearEndException("yearend.pack.dates", first.toString(), last.toString());
        }
        return pack.build(municipality, name, year, first, last);
    }

    @Override
    public Readiness readiness(String municipality, int year) {
        String name = knownPlanYear(municipality, year);
        List<Readiness.RejectedFile> rejectedFiles = imports.filesWithRejectedRows(municipality, year).stream()
                .map(f -> new Readiness.RejectedFile(
                        f.fileId(), f.runId(), f.fileName(), f.kind(), f.importedAt(), f.standingRows(), f.firstLine()))
                .toList();
        return ReadinessCheck.of(
                builder.build(
                        municipality,
                        name,
                        year,
                        0,
                        fulfilment.defaultEvaluationDate(year),
                        OffsetDateTime.now(clock),
                        user()),
                rejectedFiles);
    }

    @Override
    public VersionDifference difference(String municipality, int year, int from, int to) {
        Snapshot before = snapshot(municipality, year, from)
                .orElseThrow(() -> new YearEndException("yearend.unknown.version", from, year));
        Snapshot after = snapshot(municipality, year, to)
                .orElseThrow(() -> new YearEndException("yearend.unknown.version", to, year));
        Map<String, ResultRow> old = compared(before);
        Map<String, ResultRow> now = compared(after);
        List<VersionDifference.Change> changes = new ArrayList<>();
        for (Map.Entry<String, ResultRow> entry : now.entrySet()) {
            ResultRow was = old.get(entry.getKey());
            ResultRow is = entry.getValue();
            if (was == null || !Objects.equals(percent(was), percent(is)) || was.status() != is.status()) {
                changes.add(new VersionDifference.Change(
                        is.level(),
                        is.code(),
                        is.name(),
                        percent(was),
                        was == null ? null : was.status(),
                        percent(is),
                        is.status()));
            }
        }
        old.forEach((key, was) -> {
            if (!now.containsKey(key)) {
                changes.add(new VersionDifference.Change(
                        was.level(), was.code(), was.name(), percent(was), was.status(), null, null));
            }
        });
        return new VersionDifference(from, to, changes);
    }

    /** The municipality, element, nämnd and goal rows of a snapshot by level and code. */
    private static Map<String, ResultRow> compared(Snapshot snapshot) {
        Map<String, ResultRow> rows = new LinkedHashMap<>();
        for (ResultRow row : snapshot.results().rows()) {
            if (row.level() != Level.INDIKATOR) {
                rows.put(row.level() + "/" + row.code(), row);
            }
        }
        return rows;
    }

    private static BigDecimal percent(ResultRow row) {
        return row == null ? null : row.fulfilmentPercent();
    }

    /** The municipality's name, when the municipality and its plan year are known. */
    private String knownPlanYear(String municipality, int year) {
        String name = names.of(municipality)
                .orElseThrow(() -> new YearEndException("yearend.unknown.municipality", municipality));
        try {
            if (!fulfilment.planYears(municipality).contains(year)) {
                throw new YearEndException("yearend.unknown.year", year, name);
            }
        } catch (UnknownMunicipalityException e) {
            throw new YearEndException("yearend.unknown.municipality", municipality);
        }
        return name;
    }

    private static String subject(String municipality, int year) {
        return se.maltavla.shared.municipality.SwedishMunicipalities.nameAndCode(municipality) + " " + year;
    }

    private static String user() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "?" : authentication.getName();
    }
}
