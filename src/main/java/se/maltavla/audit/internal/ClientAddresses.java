package se.maltavla.audit.internal;

import java.util.Optional;

/**
 * The client's address where no servlet request is on the thread: Vaadin's messages over the
 * push connection ({@code audit.ui.VaadinClientAddress}).
 */
public interface ClientAddresses {

    Optional<String> current();
}
