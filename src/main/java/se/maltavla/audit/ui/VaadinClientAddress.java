package se.maltavla.audit.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import java.util.Optional;
import org.springframework.stereotype.Component;
import se.maltavla.audit.internal.ClientAddresses;

/**
 * The client's address for a change made by a Vaadin message that came over the push connection
 * (no servlet request on the thread): Vaadin's current request, else the address the browser's
 * session was opened from. Both are the servlet container's remote address, so a forwarded
 * header counts only when Måltavla is configured behind a trusted proxy (docs/security.md).
 */
@Component
class VaadinClientAddress implements ClientAddresses {

    @Override
    public Optional<String> current() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null && request.getRemoteAddr() != null) {
            return Optional.of(request.getRemoteAddr());
        }
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getBrowser() != null) {
            return Optional.ofNullable(session.getBrowser().getAddress());
        }
        return Optional.empty();
    }
}
