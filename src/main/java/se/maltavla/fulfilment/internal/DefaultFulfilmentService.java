package se.maltavla.fulfilment.internal;

import static se.maltavla.db.Tables.GOAL;
import static se.maltavla.db.Tables.MUNICIPALITY;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import se.maltavla.fulfilment.AlignmentMatrix;
import se.maltavla.fulfilment.FrozenResults;
import se.maltavla.fulfilment.FulfilmentService;
import se.maltavla.fulfilment.GuidelineReport;
import se.maltavla.fulfilment.IndicatorFigures;
import se.maltavla.fulfilment.Level;
import se.maltavla.fulfilment.LockedYear;
import se.maltavla.fulfilment.PlanYearResults;
import se.maltavla.fulfilment.RecomputeReport;
import se.maltavla.fulfilment.ResultRow;
import se.maltavla.fulfilment.ResultsBusyException;
import se.maltavla.fulfilment.Thresholds;
import se.maltavla.fulfilment.UnknownMunicipalityException;
import se.maltavla.fulfilment.export.ResultsExport;
import se.maltavla.shared.sql.RenderedQuery;
import se.maltavla.shared.table.TableTarget;
import se.maltavla.strategy.StrategyService;

@Service
class DefaultFulfilmentService implements FulfilmentService {

    private final DSLContext db;
    private final PlanYearVersions versions;
    private final ResultReader reader;
    private final MunicipalityThresholds municipalityThresholds;
    private final PlanYearDates dates;
    private final Recomputer recomputer;
    private final TransactionTemplate transaction;
    private final GuidelineLoader guidelines;
    private final FrozenResults frozen;
    private final StrategyService strategies;
    private final MessageSource messages;
    private final org.springframework.context.ApplicationEventPublisher events;

    /** On the path of every API request: rendered once. */
    private final RenderedQuery planYearsOf;

    DefaultFulfilmentService(
            DSLContext db,
            PlanYearVersions versions,
            ResultReader reader,
            MunicipalityThresholds municipalityThresholds,
            PlanYearDates dates,
            Recomputer recomputer,
            TransactionTemplate transaction,
            GuidelineLoader guidelines,
            StrategyService strategies,
            MessageSource messages,
            Optional<FrozenResults> frozen,
            org.springframework.context.ApplicationEventPublisher events) {
        this.messages = messages;
        this.events = events;
        this.frozen = frozen.orElse(FrozenResults.NONE);
        this.db = db;
        this.strategies = strategies;
        this.guidelines = guidelines;
        this.versions = versions;
        this.reader = reader;
        this.municipalityThresholds = municipalityThresholds;
        this.dates = dates;
        this.recomputer = recomputer;
        this.transaction = transaction;
        this.planYearsOf = RenderedQuery.of(
                db,
                db.selectDistinct(GOAL.PLAN_YEAR)
                        .from(GOAL)
                        .where(GOAL.MUNICIPALITY_CODE.eq(DSL.param("municipality", String.class)))
                        .orderBy(GOAL.PLAN_YEAR.desc()),
                "municipality");
    }

    @Override
    public LocalDate defaultEvaluationDate(int year) {
        return dates.defaultDate(year);
    }

    @Override
    public PlanYearResults results(String municipality, int year, LocalDate date) {
        LocalDate evaluationDate = PlanYearDates.effective(year, date);
        Optional<PlanYearResults> locked = frozen.frozen(municipality, year, evaluationDate);
        if (locked.isPresent()) {
            return locked.get();
        }
        var stored = reader.find(municipality, year, evaluationDate);
        if (stored.isPresent()) {
            return stored.get();
        }
        municipalityThresholds.of(municipality); // UnknownMunicipalityException before any work
        recomputer.compute(municipality, year, evaluationDate);
        return reader.find(municipality, year, evaluationDate)
                .orElseThrow(() -> new ResultsBusyException(municipality, year));
    }

    @Override
    public AlignmentMatrix alignment(String municipality, int year, LocalDate date) {
        return AlignmentMatrix.of(strategies.strategies(municipality), results(municipality, year, date));
    }

    @Override
    public Optional<LockedYear> locked(String municipality, int year) {
        return frozen.lockOf(municipality, year);
    }

    @Override
    public List<Integer> planYears(String municipality) {
        return planYearsOf.fetch(municipality).getValues(GOAL.PLAN_YEAR);
    }

    @Override
    public void exportResults(String municipality, int year, LocalDate date, TableTarget table, Locale language) {
        PlanYearResults results = results(municipality, year, date);
        try (ResultsExport export =
                new ResultsExport(table, code -> messages.getMessage("status." + code, null, code, language))) {
            for (ResultRow row : results.rows()) {
                IndicatorFigures i = row.indicator();
                Object value = null;
                Object baseline = null;
                Object target = null;
                if (row.level() == Level.INDIKATOR) {
                    boolean yesNo = "ja_nej".equals(row.type());
                    value = yesNo ? yesNo(i.valueYes()) : i.valueNumber();
                    baseline = i.baseline();
                    target = yesNo ? yesNo(i.targetYes()) : i.targetNumber();
                }
                export.row(
                        row.level().code(),
                        municipality,
                        year,
                        row.code(),
                        row.name(),
                        row.type(),
                        row.fulfilment(),
                        row.status().code(),
                        row.coverage(),
                        row.indicators(),
                        row.indicatorsWithValue(),
                        value,
                        baseline,
                        target);
            }
        }
    }

    @Override
    public GuidelineReport guidelines(String municipality, int year) {
        Optional<GuidelineReport> locked = frozen.frozenGuidelines(municipality, year);
        if (locked.isPresent()) {
            return locked.get();
        }
        return guidelines.check(results(municipality, year, defaultEvaluationDate(year)));
    }

    @Override
    public RecomputeReport recomputeChanged() {
        return recomputer.recomputeChanged();
    }

    @Override
    public RecomputeReport recomputeAll() {
        return recomputer.recomputeAll();
    }

    @Override
    public Thresholds thresholds(String municipality) {
        return municipalityThresholds.of(municipality);
    }

    @Override
    public RecomputeReport updateThresholds(String municipality, Thresholds thresholds) {
        if (thresholds.lower().signum() < 0 || thresholds.upper().compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("Thresholds must satisfy 0 ≤ lower ≤ upper ≤ 100: " + thresholds);
        }
        transaction.executeWithoutResult(status -> {
            Thresholds before = municipalityThresholds.of(municipality);
            int updated = db.update(MUNICIPALITY)
                    .set(MUNICIPALITY.UPPER_THRESHOLD, thresholds.upper())
                    .set(MUNICIPALITY.LOWER_THRESHOLD, thresholds.lower())
                    .where(MUNICIPALITY.CODE.eq(municipality))
                    .execute();
            if (updated == 0) {
                throw new UnknownMunicipalityException(municipality);
            }
            versions.bump(municipality, null);
            if (before.upper().compareTo(thresholds.upper()) != 0
                    || before.lower().compareTo(thresholds.lower()) != 0) {
                // in the change's transaction: no new thresholds without their entry (docs/audit.md)
                events.publishEvent(new se.maltavla.audit.AuditEvent(
                        se.maltavla.audit.AuditKind.THRESHOLDS_CHANGED,
                        se.maltavla.shared.municipality.SwedishMunicipalities.nameAndCode(municipality),
                        thresholdFacts(before),
                        thresholdFacts(thresholds)));
            }
        });
        return recomputer.recomputeChanged();
    }

    private static java.util.Map<String, Object> thresholdFacts(Thresholds thresholds) {
        return se.maltavla.audit.AuditEvent.facts(
                "ovreGrans", thresholds.upper().stripTrailingZeros().toPlainString(),
                "nedreGrans", thresholds.lower().stripTrailingZeros().toPlainString());
    }

    private static String yesNo(Boolean yes) {
        return yes == null ? null : yes ? "ja" : "nej";
    }
}
