package se.maltavla.security.internal;

import com.vaadin.flow.server.HandlerHelper;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinRequestInterceptor;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedHttpSession;
import com.vaadin.flow.server.WrappedSession;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * {@link SessionRights} for what reaches Vaadin without {@link SessionRightsFilter}: messages over
 * the push websocket. The browser sends its own messages by XHR (through {@link SessionRightsFilter}), but
 * a client of its own making can send them over the open websocket, where no filter runs; Vaadin
 * starts each such message with {@code requestStart}, before it looks up the session, so a session
 * ended here is found expired and the message is not run.
 */
@Component
@ConditionalOnWebApplication
class PushRightsCheck implements VaadinServiceInitListener, VaadinRequestInterceptor {

    private final transient SessionRights rights;

    PushRightsCheck(SessionRights rights) {
        this.rights = rights;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addVaadinRequestInterceptor(this);
    }

    @Override
    public void requestStart(VaadinRequest request, VaadinResponse response) {
        // A push message always (its request object may carry the attributes of the websocket's
        // opening); any other request unless SessionRightsFilter saw it (it always should: this
        // holds even if a later configuration lets a path bypass Spring Security).
        if (!HandlerHelper.isRequestType(request, HandlerHelper.RequestType.PUSH)
                && request.getAttribute(SessionRights.CHECKED_ATTRIBUTE) != null) {
            return;
        }
        WrappedSession session = request.getWrappedSession(false);
        if (session instanceof WrappedHttpSession http) {
            rights.check(http.getHttpSession());
        }
    }

    @Override
    public void handleException(VaadinRequest request, VaadinResponse response, VaadinSession session, Exception e) {
        // nothing to add to Vaadin's own handling
    }

    @Override
    public void requestEnd(VaadinRequest request, VaadinResponse response, VaadinSession session) {
        // nothing to do
    }
}
