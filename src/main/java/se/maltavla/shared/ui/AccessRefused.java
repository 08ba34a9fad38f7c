package se.maltavla.shared.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import jakarta.annotation.security.PermitAll;

/**
 * What a signed-in user sees on a page their role does not open (a viewer on Användare): the
 * refusal in the application's language, inside the layout with its menu, instead of Vaadin's
 * bare "Could not navigate". Users who are not signed in never get here: they are sent to the
 * login first.
 */
@ParentLayout(MainLayout.class)
@PermitAll
class AccessRefused extends Page implements HasErrorParameter<AccessDeniedException> {

    AccessRefused() {
        super("access-refused");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        top(getTranslation("error.refused.title"));
        missing(
                getTranslation(
                        "error.refused", PageNotFound.shown(event.getLocation().getPath())),
                PageNotFound.home(this));
        return HttpStatusCode.FORBIDDEN.getCode();
    }
}
