package se.maltavla.yearend.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import se.maltavla.dashboard.ui.DashboardContext;
import se.maltavla.dashboard.ui.DashboardPage;
import se.maltavla.dashboard.ui.FollowsSelection;
import se.maltavla.shared.ui.DatePickers;
import se.maltavla.shared.ui.MainLayout;
import se.maltavla.strategy.StrategyService;
import se.maltavla.yearend.SteeringPack;
import se.maltavla.yearend.YearEndException;
import se.maltavla.yearend.YearEndService;
import se.maltavla.yearend.render.pack.PackDocument;

/**
 * The steering group's pack, "Förändringar sedan förra mötet" (docs/year-end.md), for the chosen
 * municipality and plan year between two dates (default: the tertial end before the latest date,
 * and the latest), as a page and as an accessible PDF in the UI's language. The dates can be given
 * in the address ({@code ?fran=2017-08-31&till=2017-12-31}), and a new choice is written there.
 */
@Route(value = PackView.ROUTE, layout = MainLayout.class)
@PermitAll
class PackView extends DashboardPage implements FollowsSelection {

    static final String ROUTE = "arsbokslut/forandringar";

    private final YearEndService yearEnd;
    private final MessageSource messages;
    private final Span lead = new Span();
    private final Div content = new Div();
    private final Div download = new Div();
    private DatePicker from;
    private DatePicker to;

    PackView(DashboardContext context, StrategyService strategies, YearEndService yearEnd, MessageSource messages) {
        super("pack", "pack.title", context, strategies);
        this.yearEnd = yearEnd;
        this.messages = messages;
        content.setId("pack-content");
        download.addClassName("pack-download");
    }

    @Override
    protected void show(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        top(getTranslation("pack.title")).lead(lead).bar(planYearSelection());
        from = picker("pack-from", "yearend.pack.from", "yearend.pack.from.helper");
        to = picker("pack-to", "yearend.pack.to", "yearend.pack.to.helper");
        Anchor back = new Anchor(YearEndView.ROUTE, getTranslation("yearend.pack.back"));
        back.setId("pack-back");
        Div dates = new Div(from, to, download);
        dates.addClassName("year-end-form");
        add(dates, content, new Paragraph(back));
        update(date(query, "fran"), date(query, "till"), false);
        from.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                update(from.getValue(), to.getValue(), true);
            }
        });
        to.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                update(from.getValue(), to.getValue(), true);
            }
        });
    }

    private DatePicker picker(String id, String label, String helper) {
        DatePicker picker = DatePickers.localized(getTranslation(label));
        picker.setId(id);
        picker.setHelperText(getTranslation(helper));
        picker.setWidth("14em");
        return picker;
    }

    /** Shows the pack between the dates (null: the default), or why it cannot be made. */
    private void update(LocalDate first, LocalDate last, boolean chosen) {
        content.removeAll();
        download.removeAll();
        from.setInvalid(false);
        SteeringPack pack;
        try {
            pack = yearEnd.changes(context.municipality(), context.year(), first, last);
        } catch (YearEndException e) {
            lead.setText("");
            Paragraph problem = new Paragraph(getTranslation(e.key(), e.args()));
            problem.setId("pack-problem");
            problem.addClassName("missing");
            content.add(problem);
            if (e.key().equals("yearend.pack.dates")) {
                from.setInvalid(true);
                from.setErrorMessage(problem.getText());
            }
            return;
        }
        PackDocument document = new PackDocument(messages, getLocale());
        from.setValue(pack.from());
        to.setValue(pack.to());
        lead.setText(document.lead(pack));
        Html sections = new Html("<div class=\"pack-document\">" + document.sections(pack) + "</div>");
        content.add(sections);
        WideTables.focusableWhenScrolled(sections);
        download.add(pdf(pack));
        if (chosen) {
            getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, address(pack)));
        }
    }

    private Anchor pdf(SteeringPack pack) {
        String fileName = "forandringar-" + pack.municipality() + "-" + pack.year() + "-" + pack.from() + "-"
                + pack.to() + ".pdf";
        Anchor anchor = new Anchor(
                PackPdf.download(
                        yearEnd,
                        messages,
                        getLocale(),
                        fileName,
                        pack.municipality(),
                        pack.year(),
                        pack.from(),
                        pack.to()),
                AttachmentType.DOWNLOAD,
                "");
        anchor.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(getTranslation("yearend.pack.pdf")));
        anchor.getElement().setAttribute("title", getTranslation("yearend.pack.pdf.title", fileName));
        anchor.setId("pack-pdf");
        anchor.addClassName("export-link");
        return anchor;
    }

    private static Location address(SteeringPack pack) {
        Map<String, String> dates = new LinkedHashMap<>();
        dates.put("fran", pack.from().toString());
        dates.put("till", pack.to().toString());
        return new Location(ROUTE, QueryParameters.simple(dates));
    }

    /** A date of the address; anything that is not one is left for the default. */
    private static LocalDate date(QueryParameters query, String name) {
        Optional<String> text = query.getSingleParameter(name);
        try {
            return text.map(LocalDate::parse).orElse(null);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
