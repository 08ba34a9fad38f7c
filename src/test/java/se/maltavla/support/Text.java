package se.maltavla.support;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;
import java.util.stream.Collectors;

/** What a person reads in a component (browserless tests): its texts in order, one space between pieces. */
public final class Text {

    private Text() {}

    public static String of(Component component) {
        return of(component.getElement()).replaceAll("\\s+", " ").trim();
    }

    private static String of(Element element) {
        if (element.isTextNode()) {
            return element.getText().replace('\u00A0', ' ');
        }
        String own = element.getChildCount() == 0 ? element.getText() : "";
        return own + " " + element.getChildren().map(Text::of).collect(Collectors.joining(" "));
    }
}
