package se.maltavla.dashboard.ui.goal;

import com.vaadin.flow.component.Component;
import se.maltavla.actionplan.Indicator;
import se.maltavla.shared.ui.Formats;

/** An indicator's plan row: type, direction, unit, baseline, target, target date, weight, owner, executor. */
final class IndicatorFacts {

    private IndicatorFacts() {}

    static Component of(Component in, Indicator plan) {
        Facts facts = new Facts()
                .add(
                        in.getTranslation("goal.indicator.fact.type"),
                        in.getTranslation("goal.indicator.fact.type." + plan.type()))
                .add(
                        in.getTranslation("goal.indicator.fact.direction"),
                        plan.direction() == null
                                ? null
                                : in.getTranslation("goal.indicator.fact.direction." + plan.direction()))
                .add(in.getTranslation("goal.indicator.fact.unit"), ValueText.text(plan.unit()))
                .add(
                        in.getTranslation("goal.indicator.fact.baseline"),
                        ValueText.number(in, plan.baseline(), plan.unit()))
                .add(in.getTranslation("goal.indicator.fact.target"), ValueText.target(in, plan))
                .add(
                        in.getTranslation("goal.indicator.fact.targetDate"),
                        plan.targetDateGiven()
                                ? Formats.date(plan.targetDate())
                                : in.getTranslation(
                                        "goal.indicator.fact.targetDate.default", Formats.date(plan.targetDate())))
                .add(
                        in.getTranslation("goal.indicator.fact.weight"),
                        Formats.decimal(plan.weight(), ValueText.locale()))
                .add(in.getTranslation("goal.indicator.fact.owner"), ValueText.text(plan.owner()))
                .add(in.getTranslation("goal.indicator.fact.executor"), ValueText.text(plan.executor()))
                .add(
                        in.getTranslation("goal.indicator.fact.anchored"),
                        onRecord(in, plan.anchored(), plan.anchoredOn()))
                .add(
                        in.getTranslation("goal.indicator.fact.reported"),
                        onRecord(in, plan.reported(), plan.reportedOn()));
        if (plan.source() != null) {
            facts.add(
                    in.getTranslation("goal.indicator.fact.source"),
                    in.getTranslation(
                            "goal.indicator.fact.source.value",
                            plan.source().fileName(),
                            String.valueOf(plan.source().line())));
        }
        facts.setId("indicator-facts-list");
        return facts;
    }

    /** forankrad / rapporterad: its date, else ja or nej as written, else a dash. */
    private static String onRecord(Component in, Boolean done, java.time.LocalDate on) {
        return on != null ? Formats.date(on) : ValueText.yesNo(in, done);
    }
}
