package se.maltavla.yearend.ui;

import com.vaadin.flow.component.Component;

/**
 * The tables of a document shown on a page (the report's, the pack's) scroll sideways on a phone
 * (styles: {@code display: block; overflow-x: auto}). A table that does so takes the focus, so that
 * it can be scrolled with the keyboard (WCAG 2.1.1); one that fits is no stop for Tab.
 */
final class WideTables {

    private WideTables() {}

    /** Marks the component's tables now and whenever its size changes. */
    static void focusableWhenScrolled(Component document) {
        mark(document, "table");
    }

    /** Marks a wrapper that scrolls its table (the year-end page's versions and difference) in the same way. */
    static void focusableWhenScrolledItself(Component wrapper) {
        mark(wrapper, null);
    }

    private static void mark(Component component, String selector) {
        component.getElement().executeJs("""
                const scrollers = () => $0 ? this.querySelectorAll($0) : [this];
                const mark = () => scrollers().forEach(t => {
                  if (t.scrollWidth > t.clientWidth) { t.tabIndex = 0; } else { t.removeAttribute('tabindex'); }
                });
                mark();
                // The page's style sheet may arrive after this: watch the tables too, not only the frame.
                const watch = new ResizeObserver(mark);
                watch.observe(this);
                scrollers().forEach(t => watch.observe(t));""", selector);
    }
}
