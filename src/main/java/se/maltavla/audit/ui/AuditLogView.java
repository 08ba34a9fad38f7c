package se.maltavla.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import se.maltavla.audit.AuditEntry;
import se.maltavla.audit.AuditFilter;
import se.maltavla.audit.AuditKind;
import se.maltavla.audit.AuditLog;
import se.maltavla.shared.ui.DataTable;
import se.maltavla.shared.ui.DatePickers;
import se.maltavla.shared.ui.MainLayout;
import se.maltavla.shared.ui.Page;

/**
 * Händelselogg: who did what, for coordinators (the view by its role, the data again by {@link
 * AuditLog}'s own check). Filtered by a date range, a user and a kind; newest first, a page of
 * {@value #PAGE} at a time; the export holds every entry the filter selects.
 */
@Route(value = "handelselogg", layout = MainLayout.class)
@RolesAllowed("COORDINATOR")
class AuditLogView extends Page {

    static final int PAGE = 50;

    private final AuditLog log;
    private final DatePicker from = DatePickers.localized(getTranslation("audit.filter.from"));
    private final DatePicker to = DatePickers.localized(getTranslation("audit.filter.to"));
    private final TextField user = new TextField(getTranslation("audit.filter.user"));
    private final Select<AuditKind> kind = new Select<>();
    private final Div entries = new Div();
    private final Paragraph position = new Paragraph();
    private final Button previous = new Button(getTranslation("audit.previous"), e -> show(this.offset - PAGE));
    private final Button next = new Button(getTranslation("audit.next"), e -> show(this.offset + PAGE));
    private AuditFilter filter = AuditFilter.ALL;
    private int offset;

    AuditLogView(AuditLog log) {
        super("audit");
        this.log = log;
        top(getTranslation("audit.title"))
                .exports("handelselogg", out -> AuditCsv.write(log, filter, out))
                .lead(getTranslation("audit.intro"));
        add(filters(), position, entries, new Div(previous, next));
        from.setId("audit-from");
        to.setId("audit-to");
        user.setId("audit-user");
        kind.setId("audit-kind");
        previous.setId("audit-previous");
        next.setId("audit-next");
        position.setId("audit-position");
        entries.setId("audit-entries");
        show(0);
    }

    private Div filters() {
        from.addValueChangeListener(e -> {
            to.setMin(e.getValue());
            filterChanged();
        });
        to.addValueChangeListener(e -> {
            from.setMax(e.getValue());
            filterChanged();
        });
        user.setValueChangeMode(ValueChangeMode.LAZY);
        user.setMaxLength(100);
        user.setClearButtonVisible(true);
        user.addValueChangeListener(e -> filterChanged());
        kind.setLabel(getTranslation("audit.filter.kind"));
        kind.setItems(AuditKind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("audit.filter.kind.all"));
        kind.setItemLabelGenerator(
                k -> k == null ? getTranslation("audit.filter.kind.all") : getTranslation(k.messageKey()));
        kind.addValueChangeListener(e -> filterChanged());
        Div bar = new Div(from, to, user, kind);
        bar.addClassName("selection-bar");
        return bar;
    }

    private void filterChanged() {
        filter = new AuditFilter(from.getValue(), to.getValue(), user.getValue(), kind.getValue());
        show(0);
    }

    private void show(int start) {
        long total = log.count(filter);
        offset = (int) Math.max(0, Math.min(start, total == 0 ? 0 : (total - 1) / PAGE * PAGE));
        List<AuditEntry> page = log.entries(filter, offset, PAGE);
        entries.removeAll();
        if (page.isEmpty()) {
            position.setText(getTranslation("audit.none"));
        } else {
            position.setText(getTranslation("audit.position", offset + 1, offset + page.size(), total));
            entries.add(new DataTable<AuditEntry>(getTranslation("audit.title"))
                    .text(
                            getTranslation("audit.column.when"),
                            e -> AuditCsv.WHEN.format(e.occurredAt().atZone(AuditLog.SWEDISH_TIME)))
                    .text(getTranslation("audit.column.who"), AuditEntry::actor)
                    .text(getTranslation("audit.column.where"), this::origin)
                    .text(getTranslation("audit.column.kind"), this::kind)
                    .text(getTranslation("audit.column.subject"), AuditEntry::subject)
                    .component(getTranslation("audit.column.before"), e -> facts(e.before()))
                    .component(getTranslation("audit.column.after"), e -> facts(e.after()))
                    .items(page));
        }
        previous.setEnabled(offset > 0);
        next.setEnabled(offset + PAGE < total);
    }

    private String origin(AuditEntry entry) {
        if (entry.command() != null) {
            return getTranslation("audit.origin.commandline", entry.command());
        }
        return "system".equals(entry.origin()) ? getTranslation("audit.origin.system") : entry.origin();
    }

    private String kind(AuditEntry entry) {
        return AuditKind.fromCode(entry.kind())
                .map(k -> getTranslation(k.messageKey()))
                .orElse(entry.kind());
    }

    private static Span facts(String json) {
        Span facts = new Span(json == null ? "" : json);
        facts.addClassName("audit-facts");
        return facts;
    }
}
