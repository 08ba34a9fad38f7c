package se.maltavla.audit.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.aopalliance.intercept.MethodInvocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import se.maltavla.audit.AuditEvent;
import se.maltavla.audit.AuditKind;

/**
 * Refused attempts are recorded too: a signed-in user whose call of a checked service method
 * (a viewer uploading, starting an import, changing a user, a setting, a year's lock) the server
 * refuses, whatever page or hand-made request it came from. Nothing changed, so the entry is
 * written in a transaction of its own; when it cannot be written the refusal stands anyway and
 * the failure is logged. A hostile insider cannot flood the log: one entry per user and method a
 * minute, the repeats counted in the server's log only. Refused logins are not here: the login
 * throttle logs them (docs/security.md).
 */
@Component
class RefusalRecorder {

    private static final Logger LOG = LoggerFactory.getLogger(RefusalRecorder.class);
    private static final Duration QUIET = Duration.ofMinutes(1);
    private static final int REMEMBERED = 10_000;

    private final AuditRecorder recorder;
    private final Actors actors;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;
    private final Map<String, Instant> lastRecorded = new ConcurrentHashMap<>();

    RefusalRecorder(AuditRecorder recorder, Actors actors, Clock clock, PlatformTransactionManager transactions) {
        this.recorder = recorder;
        this.actors = actors;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @EventListener
    public void refused(AuthorizationDeniedEvent<?> event) {
        if (!(event.getSource() instanceof MethodInvocation invocation)) {
            return; // a page or address: Spring Security sends the user to the login or answers 403
        }
        Authentication authentication = event.getAuthentication().get();
        if (!Actors.signedIn(authentication)) {
            return;
        }
        String method = name(invocation.getMethod());
        if (!firstInAWhile(authentication.getName() + " " + method)) {
            LOG.warn("Refused again (not recorded in the audit log): {} by {}", method, authentication.getName());
            return;
        }
        try {
            AuditEvent refusal = new AuditEvent(
                    AuditKind.ACCESS_REFUSED,
                    method,
                    null,
                    AuditEvent.facts("roller", authentication.getAuthorities().toString()));
            Actors.Actor actor = actors.of(authentication);
            ownTransaction.executeWithoutResult(status -> recorder.record(refusal, actor));
        } catch (RuntimeException e) {
            LOG.error(
                    "A refused attempt of {} by {} could not be recorded in the audit log",
                    method,
                    authentication.getName(),
                    e);
        }
    }

    /** "ImportService.upload": by the public interface that declares the method, if any, else by its class. */
    static String name(java.lang.reflect.Method method) {
        Class<?> owner = method.getDeclaringClass();
        for (Class<?> api : owner.getInterfaces()) {
            try {
                api.getMethod(method.getName(), method.getParameterTypes());
                owner = api;
                break;
            } catch (NoSuchMethodException notThisOne) {
                // next interface
            }
        }
        return owner.getSimpleName() + "." + method.getName();
    }

    private boolean firstInAWhile(String key) {
        Instant now = clock.instant();
        if (lastRecorded.size() >= REMEMBERED) {
            lastRecorded.clear();
        }
        Instant last = lastRecorded.put(key, now);
        return last == null || !last.plus(QUIET).isAfter(now);
    }
}
