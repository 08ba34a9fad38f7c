package se.maltavla.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import jakarta.annotation.security.PermitAll;

/** An address Måltavla has no page for: said in the application's language, inside the layout, with the way back. */
@ParentLayout(MainLayout.class)
@PermitAll
class PageNotFound extends Page implements HasErrorParameter<NotFoundException> {

    /** Longer addresses are cut when shown: the page repeats what the user typed, not a whole pasted text. */
    private static final int SHOWN = 80;

    PageNotFound() {
        super("page-not-found");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        top(getTranslation("error.notfound.title"));
        missing(getTranslation("error.notfound", shown(event.getLocation().getPath())), home(this));
        return HttpStatusCode.NOT_FOUND.getCode();
    }

    /** "/anvandare": the address as typed, shortened when long. */
    static String shown(String path) {
        String shown = "/" + path;
        return shown.length() <= SHOWN ? shown : shown.substring(0, SHOWN) + "…";
    }

    static Anchor home(Component page) {
        Anchor home = new Anchor("", page.getTranslation("error.home"));
        home.setId("back-to-overview");
        return home;
    }
}
