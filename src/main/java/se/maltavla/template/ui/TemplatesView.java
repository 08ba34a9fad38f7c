package se.maltavla.template.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import se.maltavla.dashboard.ui.DashboardContext;
import se.maltavla.dashboard.ui.DashboardPage;
import se.maltavla.dashboard.ui.FollowsSelection;
import se.maltavla.shared.ui.MainLayout;
import se.maltavla.strategy.StrategyService;
import se.maltavla.template.TemplateException;
import se.maltavla.template.TemplateFile;
import se.maltavla.template.TemplateKind;
import se.maltavla.template.TemplateService;

/**
 * Mallar (docs/templates.md): for the chosen municipality and plan year, the utfall template and
 * next year's handlingsplan template of one nämnd, or of every nämnd as a zip. Every signed-in user
 * may have them: they hold only what the dashboard shows. A locked year says why there is no
 * utfall template instead of offering one.
 */
@Route(value = TemplatesView.ROUTE, layout = MainLayout.class)
@PermitAll
class TemplatesView extends DashboardPage implements FollowsSelection {

    static final String ROUTE = "mallar";

    private final TemplateService templates;
    private final Div utfallLinks = new Div();
    private final Div planLinks = new Div();

    TemplatesView(DashboardContext context, StrategyService strategies, TemplateService templates) {
        super("templates", "template.page.title", context, strategies);
        this.templates = templates;
        utfallLinks.setId("template-utfall-links");
        utfallLinks.addClassName("template-links");
        planLinks.setId("template-plan-links");
        planLinks.addClassName("template-links");
    }

    @Override
    protected void show(BeforeEnterEvent event) {
        String municipality = context.municipality();
        int year = context.year();
        top(getTranslation("template.page.title"))
                .lead(getTranslation("template.page.lead"))
                .bar(planYearSelection());
        List<String> committees;
        try {
            committees = templates.committees(municipality, year);
        } catch (TemplateException e) {
            problem(getTranslation(e.key(), e.args()));
            return;
        }
        if (committees.isEmpty()) {
            problem(getTranslation("template.page.none"));
            return;
        }
        Select<String> committee = new Select<>();
        committee.setId("template-committee");
        committee.setLabel(getTranslation("template.page.committee"));
        committee.setItems(committees);
        committee.setValue(committees.getFirst());
        committee.setWidth("24em");
        committee.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                links(municipality, year, e.getValue());
            }
        });
        String next = String.valueOf(year + 1);
        Section utfall = new Section(
                new H2(getTranslation("template.page.utfall.heading", String.valueOf(year))),
                new Paragraph(getTranslation("template.page.utfall.text", String.valueOf(year))),
                utfallLinks);
        utfall.setId("template-utfall");
        Section plan = new Section(
                new H2(getTranslation("template.page.plan.heading", next)),
                new Paragraph(getTranslation("template.page.plan.text", String.valueOf(year), next)),
                planLinks);
        plan.setId("template-plan");
        add(committee, utfall, plan);
        links(municipality, year, committee.getValue());
    }

    private void problem(String message) {
        Paragraph text = new Paragraph(message);
        text.setId("template-problem");
        text.addClassName("missing");
        add(text);
    }

    /** The four downloads for a nämnd; a locked year's utfall (or next year's plan) says so instead. */
    private void links(String municipality, int year, String committee) {
        Locale language = getLocale();
        String next = String.valueOf(year + 1);
        utfallLinks.removeAll();
        planLinks.removeAll();
        if (context.locked().isPresent()) {
            utfallLinks.add(notice(getTranslation("template.page.locked", String.valueOf(year))));
        } else {
            utfallLinks.add(
                    download(
                            "template-utfall-one",
                            getTranslation("template.page.utfall.one", committee),
                            () -> templates.workbook(TemplateKind.UTFALL, municipality, year, committee, language)),
                    download(
                            "template-utfall-all",
                            getTranslation("template.page.utfall.all"),
                            () -> templates.everyCommittee(TemplateKind.UTFALL, municipality, year, language)));
        }
        planLinks.add(
                download(
                        "template-plan-one",
                        getTranslation("template.page.plan.one", committee, next),
                        () -> templates.workbook(TemplateKind.HANDLINGSPLAN, municipality, year, committee, language)),
                download(
                        "template-plan-all",
                        getTranslation("template.page.plan.all", next),
                        () -> templates.everyCommittee(TemplateKind.HANDLINGSPLAN, municipality, year, language)));
    }

    private static Paragraph notice(String text) {
        Paragraph notice = new Paragraph(text);
        notice.addClassName("missing");
        return notice;
    }

    /**
     * A link that makes the file when clicked, as the signed-in user. A refusal at that moment (the
     * year locked meanwhile) answers the download with the reason as text rather than a broken file.
     */
    private static Div download(String id, String text, Supplier<TemplateFile> file) {
        Anchor anchor = new Anchor(
                (DownloadHandler) event -> {
                    TemplateFile made;
                    try {
                        made = file.get();
                    } catch (TemplateException e) {
                        String reason = event.getUI().getTranslation(e.key(), e.args());
                        event.setFileName("mall-fel.txt");
                        event.setContentType("text/plain; charset=UTF-8");
                        event.getOutputStream().write(reason.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                        return;
                    }
                    event.setFileName(made.fileName());
                    event.setContentType(made.contentType());
                    event.setContentLength(made.content().length);
                    event.getOutputStream().write(made.content());
                },
                AttachmentType.DOWNLOAD,
                "");
        anchor.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(text));
        anchor.setId(id);
        anchor.addClassName("export-link");
        Div line = new Div(anchor);
        line.addClassName("template-link");
        return line;
    }
}
