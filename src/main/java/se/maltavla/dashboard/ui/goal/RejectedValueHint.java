package se.maltavla.dashboard.ui.goal;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import se.maltavla.actionplan.Indicator;
import se.maltavla.actionplan.Measurement;
import se.maltavla.dataimport.ImportService;
import se.maltavla.dataimport.RejectedValue;

/**
 * "Ett nyare värde avvisades vid import …": shown on an indicator's page when an import rejected
 * a value for it in a file no older than the one its newest stored value came from, so that the
 * page does not show an older value as if nothing newer had been sent.
 */
final class RejectedValueHint extends Paragraph {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private RejectedValueHint(RejectedValue rejected) {
        setId("indicator-rejected");
        addClassName("rejected-hint");
        getElement().setAttribute("role", "note");
        Icon icon = VaadinIcon.WARNING.create();
        icon.getElement().setAttribute("aria-hidden", "true");
        add(
                icon,
                new Span(getTranslation(
                                "goal.indicator.rejected",
                                WHEN.format(rejected.importedAt().atZoneSameInstant(SWEDEN)),
                                rejected.fileName(),
                                rejected.line(),
                                rejected.reason())
                        + " "),
                new Anchor("import", getTranslation("goal.indicator.rejected.import")));
    }

    /** The hint for the indicator of a municipality, if a value newer than its stored ones was rejected. */
    static Optional<RejectedValueHint> of(ImportService imports, String municipality, Indicator indicator) {
        long newestStored = indicator.values().stream()
                .map(Measurement::source)
                .filter(s -> s != null)
                .mapToLong(s -> s.fileId())
                .max()
                .orElse(0);
        return imports.latestRejectedValue(municipality, indicator.code(), indicator.year())
                .filter(rejected -> rejected.fileId() >= newestStored)
                .map(RejectedValueHint::new);
    }
}
