package se.maltavla.dashboard.ui.committee;

import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;
import se.maltavla.dashboard.ui.ExportWords;
import se.maltavla.fulfilment.GuidelineCriterion;
import se.maltavla.fulfilment.GuidelineReport;
import se.maltavla.fulfilment.GuidelineShares;
import se.maltavla.fulfilment.Percents;
import se.maltavla.fulfilment.PlanYearResults;
import se.maltavla.fulfilment.ResultRow;
import se.maltavla.shared.table.Cell;
import se.maltavla.shared.table.TableTarget;
import se.maltavla.shared.table.TableWriter;

/** The nämnd views' exports: what each shows, in the export dialect (docs/import-contract.md §9). */
final class CommitteeCsv {

    static final List<String> LIST_HEADER = List.of(
            "kommun",
            "ar",
            "datum",
            "namnd",
            "uppfyllelse_procent",
            "status",
            "indikatorer",
            "indikatorer_med_varde",
            "riktlinjer_uppfyllda",
            "riktlinjer_av",
            "riktlinjer_procent");

    static final List<String> COMMITTEE_HEADER = List.of(
            "niva",
            "kommun",
            "ar",
            "datum",
            "namnd",
            "kod",
            "namn",
            "uppfyllelse_procent",
            "status",
            "indikatorer",
            "indikatorer_med_varde",
            "riktlinje",
            "uppfyller",
            "av",
            "andel_procent",
            "saknar");

    private CommitteeCsv() {}

    /** One row per nämnd, as the list shows it. */
    static void list(CommitteeFigures figures, Writer out) {
        list(figures, ExportWords.CODES, TableTarget.csv(out));
    }

    static void list(CommitteeFigures figures, ExportWords words, TableTarget out) {
        PlanYearResults results = figures.results();
        try (TableWriter csv = out.open(LIST_HEADER)) {
            for (ResultRow committee : figures.committees()) {
                GuidelineShares.Share allMet =
                        figures.shares(committee).map(GuidelineShares::allMet).orElse(null);
                csv.row(
                        results.municipality(),
                        results.year(),
                        Cell.date(results.evaluationDate()),
                        committee.name(),
                        Cell.fraction(committee.fulfilment(), committee.fulfilmentPercent()),
                        words.status(committee.status()),
                        committee.indicators(),
                        committee.indicatorsWithValue(),
                        allMet == null ? null : allMet.met(),
                        allMet == null ? null : allMet.applicable(),
                        allMet == null ? null : Cell.percent(allMet.percent(), Percents.round(allMet.percent())));
            }
        }
    }

    /**
     * One nämnd: its own row ({@code namnd}), its goals ({@code mal}), a row per guideline
     * criterion ({@code riktlinje}, the last {@code alla}) and its breaches ({@code avvikelse}).
     */
    static void committee(CommitteeFigures figures, ResultRow committee, ExportWords words, TableTarget out) {
        PlanYearResults results = figures.results();
        Object[] where = {results.municipality(), results.year(), Cell.date(results.evaluationDate()), committee.name()
        };
        try (TableWriter csv = out.open(COMMITTEE_HEADER)) {
            csv.row(concat(
                    "namnd", where, figure(words, null, committee.name(), committee), null, null, null, null, null));
            for (ResultRow goal : figures.goals(committee)) {
                csv.row(concat(
                        "mal", where, figure(words, goal.code(), goal.name(), goal), null, null, null, null, null));
            }
            figures.shares(committee).ifPresent(shares -> {
                for (GuidelineCriterion criterion : GuidelineCriterion.values()) {
                    csv.row(concat("riktlinje", where, share(criterion.code(), shares.share(criterion))));
                }
                csv.row(concat("riktlinje", where, share("alla", shares.allMet())));
            });
            for (GuidelineReport.Breach breach : figures.breaches(committee)) {
                String failed = breach.failed().stream()
                        .sorted()
                        .map(GuidelineCriterion::code)
                        .collect(Collectors.joining("|"));
                csv.row(concat("avvikelse_" + breach.kind(), where, new Object[] {
                    breach.code(), breach.name(), null, null, null, null, null, null, null, null, failed
                }));
            }
        }
    }

    private static Object[] figure(ExportWords words, String code, String name, ResultRow row) {
        return new Object[] {
            code,
            name,
            Cell.fraction(row.fulfilment(), row.fulfilmentPercent()),
            words.status(row.status()),
            row.indicators(),
            row.indicatorsWithValue()
        };
    }

    private static Object[] share(String criterion, GuidelineShares.Share share) {
        return new Object[] {
            null,
            null,
            null,
            null,
            null,
            null,
            criterion,
            share.met(),
            share.applicable(),
            Cell.percent(share.percent(), Percents.round(share.percent())),
            null
        };
    }

    private static Object[] concat(String level, Object[] where, Object[] cells, Object... more) {
        Object[] row = new Object[1 + where.length + cells.length + more.length];
        row[0] = level;
        System.arraycopy(where, 0, row, 1, where.length);
        System.arraycopy(cells, 0, row, 1 + where.length, cells.length);
        System.arraycopy(more, 0, row, 1 + where.length + cells.length, more.length);
        return row;
    }
}
