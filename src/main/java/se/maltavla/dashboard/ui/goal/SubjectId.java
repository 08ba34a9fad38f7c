package se.maltavla.dashboard.ui.goal;

import java.util.Optional;
import se.maltavla.dashboard.ui.DashboardContext;

/** The id in a goal's or an indicator's address, how the chosen municipality is named in messages, and the way back to the top. */
final class SubjectId {

    /** Scrolls the page and the layout's content area back to the top (run on the view's element). */
    static final String SCROLL_TO_TOP = """
            window.scrollTo(0, 0);
            const layout = this.closest('vaadin-app-layout');
            const content = layout && layout.shadowRoot && layout.shadowRoot.querySelector('[part~="content"]');
            if (content) { content.scrollTop = 0; }""";

    private SubjectId() {}

    /** The id in "mal/42"; empty for anything but a positive whole number. */
    static Optional<Long> parse(String id) {
        if (id == null || !id.matches("[0-9]{1,18}")) {
            return Optional.empty();
        }
        long value = Long.parseLong(id);
        return value > 0 ? Optional.of(value) : Optional.empty();
    }

    /** "1081 Ronneby", or the code alone when the name is unknown. */
    static String municipality(DashboardContext context) {
        String code = context.municipality();
        return context.municipalities().stream().filter(m -> m.code().equals(code)).findFirst()
                .map(m -> m.name() == null ? code : code + " " + m.name()).orElse(code);
    }
}
