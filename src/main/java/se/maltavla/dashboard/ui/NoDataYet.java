package se.maltavla.dashboard.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;

/** Shown while Måltavla holds no municipality: where the data come from. */
public class NoDataYet extends Paragraph {

    public NoDataYet() {
        setId("no-data");
        add(getTranslation("dashboard.nodata") + " ");
        add(new Anchor("import", getTranslation("dashboard.nodata.import")));
    }
}
