package se.maltavla.fulfilment.internal;

import static se.maltavla.db.Tables.MUNICIPALITY;

import java.io.Writer;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.maltavla.fulfilment.FulfilmentService;
import se.maltavla.fulfilment.UnknownMunicipalityException;
import se.maltavla.fulfilment.calculator.EvaluationDate;
import se.maltavla.fulfilment.calculator.IndicatorResult;
import se.maltavla.fulfilment.calculator.Result;
import se.maltavla.fulfilment.calculator.RollUp;
import se.maltavla.fulfilment.calculator.RollUpResult;
import se.maltavla.fulfilment.calculator.Thresholds;
import se.maltavla.fulfilment.calculator.ValueInput;
import se.maltavla.fulfilment.export.ResultsExport;
import se.maltavla.fulfilment.internal.PlanYearData.IndicatorInfo;
import se.maltavla.fulfilment.internal.PlanYearData.Named;

@Service
class DefaultFulfilmentService implements FulfilmentService {

    private final DSLContext db;
    private final PlanYearLoader loader;
    private final Clock clock;

    DefaultFulfilmentService(DSLContext db, PlanYearLoader loader, Clock clock) {
        this.db = db;
        this.loader = loader;
        this.clock = clock;
    }

    @Override
    public LocalDate defaultEvaluationDate(int year) {
        return EvaluationDate.defaultFor(year, clock);
    }

    @Override
    @Transactional(readOnly = true)
    public void exportResults(String municipality, int year, LocalDate date, Writer out) {
        var thresholdsRecord = db.selectFrom(MUNICIPALITY).where(MUNICIPALITY.CODE.eq(municipality)).fetchOne();
        if (thresholdsRecord == null) {
            throw new UnknownMunicipalityException(municipality);
        }
        Thresholds thresholds = new Thresholds(thresholdsRecord.getUpperThreshold(), thresholdsRecord.getLowerThreshold());
        PlanYearData data = loader.load(municipality, year);
        RollUpResult results = RollUp.compute(data.model(), date, thresholds);
        try (ResultsExport export = new ResultsExport(out)) {
            aggregate(export, data, "kommun", municipality, data.strategyName(), null, results.municipality());
            for (Named element : data.elements()) {
                aggregate(export, data, "element", element.code(), element.name(), element.type(), results.elements().get(element.id()));
            }
            for (Named committee : data.committees()) {
                aggregate(export, data, "namnd", committee.code(), committee.name(), null, results.committees().get(committee.id()));
            }
            for (Named goal : data.goals()) {
                aggregate(export, data, "mal", goal.code(), goal.name(), null, results.goals().get(goal.id()));
            }
            for (IndicatorInfo indicator : data.indicators().values()) {
                IndicatorResult result = results.indicators().get(indicator.id());
                Result r = result.result();
                boolean yesNo = "ja_nej".equals(indicator.type());
                ValueInput used = result.value();
                Object value = used == null ? null : yesNo ? yesNo(used.yes()) : used.number();
                Object target = yesNo ? yesNo(indicator.targetYes()) : indicator.targetNumber();
                export.row("indikator", data.municipality(), data.year(), indicator.code(), indicator.name(), indicator.type(),
                        shown(r), r.status().code(), r.coverage(), r.indicators(), r.indicatorsWithValue(),
                        value, indicator.baseline(), target);
            }
        }
    }

    private static void aggregate(ResultsExport export, PlanYearData data, String level, String code, String name,
                                  String type, Result r) {
        export.row(level, data.municipality(), data.year(), code, name, type, shown(r), r.status().code(), r.coverage(),
                r.indicators(), r.indicatorsWithValue(), null, null, null);
    }

    /** Fulfilment is empty when the status is saknas or ej_matbar (import-format.md §9). */
    private static BigDecimal shown(Result r) {
        return switch (r.status()) {
            case SAKNAS, EJ_MATBAR -> null;
            default -> r.fulfilment();
        };
    }

    private static String yesNo(Boolean yes) {
        return yes == null ? null : yes ? "ja" : "nej";
    }
}
