package se.maltavla.yearend.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import se.maltavla.dashboard.ui.StatusBadge;
import se.maltavla.fulfilment.Level;
import se.maltavla.fulfilment.Status;
import se.maltavla.shared.ui.Formats;
import se.maltavla.shared.ui.HtmlTable;
import se.maltavla.yearend.VersionDifference;

/** What changed between two versions: each subject whose figure or status differs, from what to what. */
class DifferenceTable extends Div {

    DifferenceTable(VersionDifference difference) {
        if (difference.changes().isEmpty()) {
            Paragraph none =
                    new Paragraph(getTranslation("yearend.difference.none", difference.from(), difference.to()));
            none.setId("difference-none");
            add(none);
            return;
        }
        List<VersionDifference.Change> changes = difference.changes().stream()
                .sorted(Comparator.comparing(VersionDifference.Change::level))
                .toList();
        HtmlTable table = new HtmlTable(
                getTranslation("yearend.difference.caption", difference.from(), difference.to(), changes.size()),
                getTranslation("yearend.difference.col.subject"),
                getTranslation("yearend.difference.col.level"),
                getTranslation("yearend.difference.col.version", difference.from()),
                getTranslation("yearend.difference.col.version", difference.to()));
        table.setId("difference-table");
        for (VersionDifference.Change change : changes) {
            table.addRow(
                            new Span(subject(change)),
                            getTranslation("yearend.level." + change.level().code()),
                            figure(change.fromPercent(), change.fromStatus()),
                            figure(change.toPercent(), change.toStatus()))
                    .getElement()
                    .setAttribute("data-subject", change.level().code() + "/" + change.code());
        }
        add(VersionsSection.wrapped(table));
    }

    private static String subject(VersionDifference.Change change) {
        boolean coded = change.level() == Level.ELEMENT || change.level() == Level.MAL;
        return coded && change.code() != null && !change.code().equals(change.name())
                ? change.code() + " " + change.name()
                : change.name();
    }

    private Div figure(BigDecimal percent, Status status) {
        Div cell = new Div();
        cell.addClassName("difference-figure");
        if (status == null) {
            cell.add(new Span(getTranslation("yearend.difference.absent")));
            return cell;
        }
        cell.add(new Span(Formats.percent(percent, getLocale())), new Span(" "), new StatusBadge(status));
        return cell;
    }
}
