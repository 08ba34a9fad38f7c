package se.maltavla.yearend.render;

import java.util.stream.Collectors;
import se.maltavla.fulfilment.GuidelineCriterion;
import se.maltavla.fulfilment.GuidelineReport;
import se.maltavla.fulfilment.GuidelineShares;
import se.maltavla.yearend.content.CommitteePart;
import se.maltavla.yearend.content.GoalLine;
import se.maltavla.yearend.content.YearEndReport;

/**
 * Per nämnd: its figure and status, its goals, the guideline and SMART check
 * (docs/fulfilment.md §5.2) as shares per criterion, what breaks a criterion, and its texts.
 */
final class CommitteeSection {

    static final String ID = "namnder";

    private CommitteeSection() {}

    static String id(int index) {
        return "namnd-" + (index + 1);
    }

    static void write(Xhtml x, ReportTexts t, YearEndReport report) {
        x.open("section", "id", ID).element("h2", t.get("report.committees"));
        x.element("p", t.get("report.committees.lead"));
        for (int i = 0; i < report.committees().size(); i++) {
            committee(x, t, report.committees().get(i), id(i));
        }
        x.close("section");
    }

    private static void committee(Xhtml x, ReportTexts t, CommitteePart part, String id) {
        x.open("section", "id", id, "class", "committee")
                .element("h3", part.row().name());
        Cells.figure(x, t, part.row());
        Cells.openTable(
                x,
                "committee-goals",
                t.get("report.committee.goals", part.row().name()),
                t.get("report.column.goal"),
                t.get("report.column.fulfilment"),
                t.get("report.column.status"),
                t.get("report.column.coverage"));
        for (GoalLine goal : part.goals()) {
            x.open("tr");
            Cells.rowHeader(x, Cells.named(goal.row().code(), goal.row().name()));
            Cells.numberCell(x, t.percent(goal.row().fulfilmentPercent()));
            Cells.statusCell(x, t, goal.row().status());
            Cells.cell(
                    x,
                    goal.row().indicators() == 0
                            ? "–"
                            : t.get(
                                    "report.coverage.short",
                                    goal.row().indicatorsWithValue(),
                                    goal.row().indicators(),
                                    t.percent(goal.row().coveragePercent())));
            x.close("tr");
        }
        Cells.closeTable(x);
        guidelines(x, t, part);
        AreaSection.texts(x, t, t.get("report.committee.texts"), part.texts());
        x.close("section");
    }

    private static void guidelines(Xhtml x, ReportTexts t, CommitteePart part) {
        GuidelineShares shares = part.shares();
        if (shares == null) {
            return;
        }
        Cells.openTable(
                x,
                "guideline-table",
                t.get("report.guidelines.table", part.row().name()),
                t.get("report.column.criterion"),
                t.get("report.column.met"),
                t.get("report.column.share"));
        for (GuidelineCriterion criterion : GuidelineCriterion.values()) {
            share(
                    x,
                    t,
                    t.get("report.criterion." + criterion.code())
                            + (criterion.smart() ? " " + t.get("report.criterion.smart") : ""),
                    shares.share(criterion));
        }
        share(x, t, t.get("report.criterion.all"), shares.allMet());
        Cells.closeTable(x);
        if (part.breaches().isEmpty()) {
            x.element("p", t.get("report.guidelines.nobreach"));
            return;
        }
        x.element("p", t.get("report.guidelines.breaches", part.breaches().size()));
        x.open("ul", "class", "breaches");
        for (GuidelineReport.Breach breach : part.breaches()) {
            x.element("li", breach(t, breach));
        }
        x.close("ul");
    }

    private static void share(Xhtml x, ReportTexts t, String criterion, GuidelineShares.Share share) {
        x.open("tr");
        Cells.rowHeader(x, criterion);
        Cells.numberCell(
                x, share.applicable() == 0 ? "–" : t.get("report.share.count", share.met(), share.applicable()));
        Cells.numberCell(x, share.applicable() == 0 ? "–" : t.percent(fulfilmentRounded(share)));
        x.close("tr");
    }

    private static java.math.BigDecimal fulfilmentRounded(GuidelineShares.Share share) {
        return se.maltavla.fulfilment.Percents.round(share.percent());
    }

    /** "Mål KS-17-3 Vänortsbesök …: utförare saknas, inte rapporterad till internationella samordnaren". */
    static String breach(ReportTexts t, GuidelineReport.Breach breach) {
        String failed = breach.failed().stream()
                .map(c -> t.get("report.missing." + c.code()))
                .collect(Collectors.joining(", "));
        return t.get("report.breach." + breach.kind(), Cells.named(breach.code(), breach.name()), failed);
    }
}
