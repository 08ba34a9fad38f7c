package se.maltavla.dashboard.ui.goal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Span;

/** Label–value pairs as a description list (dl): "Status: Uppfyllt", "Nämnd: Kommunstyrelsen". */
class Facts extends DescriptionList {

    Facts() {
        addClassName("facts");
    }

    Facts add(String label, Object value) {
        Component shown = value instanceof Component c ? c : new Span(value == null ? "–" : value.toString());
        add(new Term(label), new Description(shown));
        return this;
    }
}
