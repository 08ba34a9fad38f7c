package se.maltavla.yearend.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import se.maltavla.yearend.YearEndState;

/**
 * The ways to what is made from the snapshot: the written report, the presentation (both of the
 * version in force, or a draft of a year not locked) and the steering group's pack.
 */
class DocumentsSection extends Section {

    /** The written report's page (docs/year-end.md, "The written report"). */
    static String reportRoute(String municipality, int year) {
        return ReportView.route(municipality, year, null);
    }

    /** The presentation's page (docs/year-end.md, "The presentation"). */
    static String slidesRoute(String municipality, int year) {
        return "arsbokslut/bilder/" + municipality + "/" + year;
    }

    DocumentsSection(YearEndState state) {
        setId("year-end-documents");
        add(new H2(getTranslation("yearend.documents.title")));
        add(new Paragraph(state.lockedVersion()
                .map(v -> getTranslation("yearend.documents.locked", v.version()))
                .orElseGet(() -> getTranslation("yearend.documents.draft"))));
        add(new UnorderedList(
                link("year-end-report", reportRoute(state.municipality(), state.year()), "yearend.documents.report"),
                link("year-end-slides", slidesRoute(state.municipality(), state.year()), "yearend.documents.slides"),
                link("year-end-pack", PackView.ROUTE, "yearend.documents.pack")));
    }

    private ListItem link(String id, String route, String key) {
        Anchor anchor = new Anchor(route, getTranslation(key));
        anchor.setId(id);
        return new ListItem(anchor);
    }
}
