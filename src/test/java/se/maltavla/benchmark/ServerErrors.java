package se.maltavla.benchmark;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.AppenderBase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.LoggerFactory;

/**
 * The errors the server logged while it is watched (a Logback appender on the root logger): an
 * exception in a request, a Vaadin view or the import that the clients might not have seen, such
 * as one a view caught and showed as "no data". Detached on {@link #close}.
 */
final class ServerErrors extends AppenderBase<ILoggingEvent> implements AutoCloseable {

    private final List<String> errors = new CopyOnWriteArrayList<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    static ServerErrors watch() {
        ServerErrors watcher = new ServerErrors();
        watcher.setName("import-under-load-errors");
        watcher.setContext(watcher.root.getLoggerContext());
        watcher.start();
        watcher.root.addAppender(watcher);
        return watcher;
    }

    @Override
    protected void append(ILoggingEvent event) {
        if (event.getLevel().isGreaterOrEqual(Level.ERROR) && !browserLeftThePage(event) && errors.size() < 40) {
            IThrowableProxy thrown = event.getThrowableProxy();
            errors.add("[" + event.getThreadName() + "] " + event.getLoggerName() + ": " + event.getFormattedMessage()
                    + (thrown == null ? "" : " — " + thrown.getClassName() + ": " + thrown.getMessage()));
        }
    }

    /**
     * Errors logged about a page the browser has just left (each overview is loaded anew, which
     * closes the old page's push connection): nobody is there to see them, nothing failed.
     *
     * <ul>
     *   <li>Vaadin logs at ERROR a push to that page's closed websocket.
     *   <li>Atmosphere (under Vaadin's push) logs at ERROR "Failed to cancel resource" when the
     *       browser closes the connection while Atmosphere is cancelling it: a race inside
     *       Atmosphere (its issues #1482 and #1711), with whatever the half-closed connection threw
     *       (seen on 2026-12-07: a NullPointerException, "resource" is null, and an
     *       IllegalStateException, the websocket "in state [TEXT_FULL_WRITING]"). The message is
     *       logged only while a connection is being cancelled, that is, going away.
     * </ul>
     */
    private static boolean browserLeftThePage(ILoggingEvent event) {
        IThrowableProxy thrown = event.getThrowableProxy();
        if (thrown == null) {
            return false;
        }
        String message = String.valueOf(thrown.getMessage());
        return (event.getLoggerName().equals("com.vaadin.flow.server.communication.PushAtmosphereHandler")
                        && message.contains("WebSocket session has been closed"))
                || (event.getLoggerName().equals("org.atmosphere.cpr.AsynchronousProcessor")
                        && event.getFormattedMessage().startsWith("Failed to cancel resource"));
    }

    List<String> errors() {
        return List.copyOf(errors);
    }

    @Override
    public void close() {
        root.detachAppender(this);
        stop();
    }
}
