package se.maltavla.dashboard.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

@Route("")
@PageTitle("Måltavla")
class StartView extends VerticalLayout {

    StartView() {
        add(new H1("Måltavla"));
        add(new Paragraph("Uppföljning av kommunens internationella strategi."));
    }
}
