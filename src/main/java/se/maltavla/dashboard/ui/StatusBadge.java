package se.maltavla.dashboard.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import se.maltavla.fulfilment.Status;

/** A status as icon and word on its colour, so that it never depends on colour alone. */
public class StatusBadge extends Span {

    public StatusBadge(Status status) {
        Icon icon = icon(status).create();
        icon.getElement().setAttribute("aria-hidden", "true");
        add(icon, new Span(getTranslation("status." + status.code())));
        addClassNames("status", "status-" + status.code());
        getElement().setAttribute("data-status", status.code());
    }

    static VaadinIcon icon(Status status) {
        return switch (status) {
            case UPPFYLLT -> VaadinIcon.CHECK_CIRCLE;
            case DELVIS -> VaadinIcon.ADJUST;
            case EJ_UPPFYLLT -> VaadinIcon.CLOSE_CIRCLE;
            case SAKNAS -> VaadinIcon.QUESTION_CIRCLE_O;
            case EJ_MATBAR -> VaadinIcon.BAN;
        };
    }
}
