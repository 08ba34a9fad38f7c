package se.maltavla.yearend.slides.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.PermitAll;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.maltavla.yearend.YearEndException;
import se.maltavla.yearend.slides.Presentation;
import se.maltavla.yearend.slides.SlideDeck;

/**
 * The oral follow-up in the browser (docs/year-end.md, "The presentation"):
 * {@code /arsbokslut/bilder/KOMMUN/ÅR[?version=N]}, the slides of the version in force (or the
 * given one, or a draft of a year not locked), built from the snapshot alone. One slide at a time,
 * scaled to the window or the projector; keyboard, full screen and controls are handled in the
 * browser (slides.js), so that moving on never waits for the server.
 */
@Route(value = "arsbokslut/bilder/:kommun/:ar", autoLayout = false)
@PermitAll
@StyleSheet("styles/slides.css")
@StyleSheet("styles/slides-screen.css")
public class SlidesView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** Where Esc and the leave button go: the overview. */
    static final String LEAVE_TO = "";

    private static final String SCRIPT = resource("slides.js");

    private final transient Presentation presentation;
    private String title = "";
    private SlideDeck deck;

    SlidesView(Presentation presentation) {
        this.presentation = presentation;
        addClassName("slides-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        deck = null;
        String municipality = event.getRouteParameters().get("kommun").orElse("");
        String yearText = event.getRouteParameters().get("ar").orElse("");
        Optional<String> versionText = event.getLocation().getQueryParameters().getSingleParameter("version");
        if (!yearText.matches("\\d{4}")) {
            error(getTranslation("slides.error.year", yearText));
            return;
        }
        Integer version = null;
        if (versionText.isPresent()) {
            if (!versionText.get().matches("\\d{1,6}")) {
                error(getTranslation("slides.error.version", versionText.get()));
                return;
            }
            version = Integer.valueOf(versionText.get());
        }
        try {
            deck = presentation.deck(municipality, Integer.parseInt(yearText), version, getLocale());
        } catch (YearEndException e) {
            error(getTranslation(e.key(), e.args()));
            return;
        }
        title = deck.documentTitle();
        show(deck);
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void show(SlideDeck deck) {
        Div slides = new Div();
        slides.addClassName("slides-deck");
        slides.getElement().setProperty("innerHTML", presentation.browserSections(deck));
        Div frame = new Div(slides, controls());
        frame.addClassName("slides-frame");
        Paragraph live = new Paragraph();
        live.addClassName("slides-live");
        live.getElement().setAttribute("aria-live", "polite");
        Div stage = new Div(frame, live);
        stage.addClassName("slides-stage");
        stage.setId("slides");
        stage.getElement().setAttribute("tabindex", "-1");
        stage.getElement().setAttribute("aria-roledescription", getTranslation("slides.nav.label"));
        stage.getElement().setAttribute("aria-description", getTranslation("slides.nav.help"));
        add(stage);
    }

    private Div controls() {
        Div controls = new Div(
                button("slides-previous", "slides.nav.previous", Icons.PREVIOUS),
                button("slides-next", "slides.nav.next", Icons.NEXT),
                button("slides-fullscreen", "slides.nav.fullscreen", Icons.FULL_SCREEN),
                button("slides-leave", "slides.nav.leave", Icons.LEAVE));
        controls.addClassName("slides-controls");
        controls.getElement().setAttribute("role", "group");
        controls.getElement().setAttribute("aria-label", getTranslation("slides.nav.label"));
        return controls;
    }

    private NativeButton button(String cssClass, String key, String icon) {
        NativeButton button = new NativeButton();
        button.addClassName(cssClass);
        button.getElement().setAttribute("type", "button");
        button.getElement().setAttribute("aria-label", getTranslation(key));
        button.getElement().setAttribute("title", getTranslation(key));
        button.getElement().setProperty("innerHTML", icon);
        return button;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        if (deck == null) {
            return;
        }
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < deck.slides().size(); i++) {
            labels.add(getTranslation(
                    "slides.label",
                    i + 1,
                    deck.slides().size(),
                    deck.slides().get(i).title()));
        }
        getElement()
                .setAttribute(
                        "data-font",
                        DownloadHandler.forClassResource(SlidesView.class, "/fonts/DejaVuSans.ttf")
                                .inline());
        getElement()
                .setAttribute(
                        "data-font-bold",
                        DownloadHandler.forClassResource(SlidesView.class, "/fonts/DejaVuSans-Bold.ttf")
                                .inline());
        getElement().executeJs(SCRIPT, labels);
    }

    /** Esc (outside full screen) and the leave button. */
    @ClientCallable
    void leave() {
        UI.getCurrent().navigate(LEAVE_TO);
    }

    private void error(String message) {
        title = getTranslation("slides.error.title");
        Section section = new Section(
                new H1(title),
                new Paragraph(message),
                new Anchor(LEAVE_TO.isEmpty() ? "." : LEAVE_TO, getTranslation("slides.error.back")));
        section.addClassName("slides-error");
        section.setId("slides-error");
        add(section);
    }

    private static String resource(String name) {
        try (InputStream in = SlidesView.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The slide show's script " + name + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
