package se.maltavla.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.math.RoundingMode;
import se.maltavla.fulfilment.Status;
import se.maltavla.shared.ui.Formats;

/** Fulfilment as a figure ("72,5 %") with a bar beside it; the bar is decoration for the figure. */
public class FulfilmentBar extends Div {

    public FulfilmentBar(BigDecimal percent, Status status) {
        Div fill = new Div();
        fill.addClassName("fulfilment-fill");
        BigDecimal width =
                percent == null ? BigDecimal.ZERO : percent.max(BigDecimal.ZERO).min(BigDecimal.valueOf(100));
        fill.setWidth(width.setScale(1, RoundingMode.HALF_UP).toPlainString() + "%");
        Div bar = new Div(fill);
        bar.addClassName("fulfilment-bar");
        bar.getElement().setAttribute("aria-hidden", "true");
        Span figure = new Span(percent == null ? "–" : Formats.percent(percent, getLocale()));
        figure.addClassName("fulfilment-figure");
        add(figure, bar);
        addClassNames("fulfilment", "fulfilment-" + status.code());
    }
}
