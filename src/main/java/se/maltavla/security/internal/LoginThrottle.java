package se.maltavla.security.internal;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Failed logins counted per user name and client address (an IPv6 address by its /64 network,
 * which one client holds whole). After {@code free-failures} failures in a row, further attempts
 * for that name from that address are refused, without checking the password, for a time that
 * doubles with every further failure: {@code first-wait}, twice that, … up to {@code max-wait}.
 * A success, or a day without failures, forgets them. Other names and other addresses are never
 * affected. The login form, HTTP Basic and the own-password check share it.
 *
 * <p>Memory is bounded whatever a client sends: at most {@link #TRACKED} pairs are kept (about
 * 2 MB); when a new pair does not fit, forgotten pairs go first, then the pair with the fewest
 * failures, so that a flood of new names cannot push out a pair that is being guessed.
 * docs/design-decisions/0013-login-throttling.md says why it is in-process and not a library.
 */
@Component
public class LoginThrottle {

    static final int TRACKED = 10_000;
    static final Duration FORGET_AFTER = Duration.ofHours(24);
    private static final int MAX_NAME = 100;
    private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);

    private record Key(String username, String address) {}

    private static final class Failures {
        int count;
        Instant last;
        Instant refusedUntil = Instant.MIN;
    }

    private final Clock clock;
    private final int freeFailures;
    private final Duration firstWait;
    private final Duration maxWait;
    private final int tracked;
    private final Map<Key, Failures> failures = new HashMap<>();

    @Autowired
    LoginThrottle(
            @Value("${maltavla.security.login.free-failures:5}") int freeFailures,
            @Value("${maltavla.security.login.first-wait:30s}") Duration firstWait,
            @Value("${maltavla.security.login.max-wait:15m}") Duration maxWait) {
        this(Clock.systemUTC(), freeFailures, firstWait, maxWait, TRACKED);
    }

    LoginThrottle(Clock clock, int freeFailures, Duration firstWait, Duration maxWait, int tracked) {
        if (freeFailures < 1 || firstWait.isNegative() || firstWait.isZero() || maxWait.compareTo(firstWait) < 0) {
            throw new IllegalArgumentException("maltavla.security.login: free-failures must be at least 1 and "
                    + "0 < first-wait <= max-wait (were " + freeFailures + ", " + firstWait + ", " + maxWait + ")");
        }
        this.clock = clock;
        this.freeFailures = freeFailures;
        this.firstWait = firstWait;
        this.maxWait = maxWait;
        this.tracked = tracked;
    }

    /** How long attempts for this name from this address are still refused: zero when they may go on. */
    public synchronized Duration refusal(String username, String address) {
        Failures known = failures.get(key(username, address));
        if (known == null) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(clock.instant(), known.refusedUntil);
        return left.isNegative() || left.isZero() ? Duration.ZERO : roundUp(left);
    }

    /** Counts a failed attempt; returns how long further attempts are refused (zero while failures are free). */
    public Duration failed(String username, String address) {
        Duration wait;
        int count;
        synchronized (this) {
            Instant now = clock.instant();
            Key key = key(username, address);
            Failures known = failures.get(key);
            if (known != null && known.last.plus(FORGET_AFTER).isBefore(now)) {
                known = null;
            }
            if (known == null) {
                makeRoom(now);
                known = new Failures();
                failures.put(key, known);
            }
            known.count++;
            known.last = now;
            wait = waitAfter(known.count);
            known.refusedUntil = now.plus(wait);
            count = known.count;
        }
        if (wait.isZero()) {
            LOG.warn(
                    "Failed login for the user name {} from {} ({} in a row).",
                    LogText.of(username),
                    LogText.of(address),
                    count);
        } else {
            LOG.warn(
                    "Failed login for the user name {} from {} ({} in a row): further attempts refused for {} s.",
                    LogText.of(username),
                    LogText.of(address),
                    count,
                    wait.toSeconds());
        }
        return wait;
    }

    /** A successful login forgets the failures of that name from that address. */
    public synchronized void succeeded(String username, String address) {
        failures.remove(key(username, address));
    }

    synchronized int size() {
        return failures.size();
    }

    private Duration waitAfter(int count) {
        if (count < freeFailures) {
            return Duration.ZERO;
        }
        int doublings = Math.min(count - freeFailures, 30);
        Duration wait = firstWait.multipliedBy(1L << doublings);
        return wait.compareTo(maxWait) > 0 ? maxWait : wait;
    }

    /** Before a new pair is added to a full map: forgotten pairs go, else the one with the fewest failures. */
    private void makeRoom(Instant now) {
        if (failures.size() < tracked) {
            return;
        }
        Instant forgotten = now.minus(FORGET_AFTER);
        failures.values().removeIf(f -> f.last.isBefore(forgotten) && !f.refusedUntil.isAfter(now));
        if (failures.size() < tracked) {
            return;
        }
        Key weakest = null;
        Failures least = null;
        for (Map.Entry<Key, Failures> entry : failures.entrySet()) {
            Failures f = entry.getValue();
            if (least == null || f.count < least.count || (f.count == least.count && f.last.isBefore(least.last))) {
                least = f;
                weakest = entry.getKey();
            }
        }
        failures.remove(weakest);
    }

    private static Duration roundUp(Duration left) {
        long seconds = left.toSeconds() + (left.toNanosPart() > 0 ? 1 : 0);
        return Duration.ofSeconds(Math.max(1, seconds));
    }

    private static Key key(String username, String address) {
        String name = username == null ? "" : UserRepository.key(username);
        return new Key(name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name, network(address));
    }

    /** The address as written by the servlet container; an IPv6 address as its /64 network. */
    static String network(String address) {
        if (address == null || address.isBlank()) {
            return "unknown";
        }
        try {
            InetAddress parsed = InetAddress.ofLiteral(address.strip());
            if (parsed instanceof Inet6Address) {
                byte[] network = Arrays.copyOf(parsed.getAddress(), 16);
                Arrays.fill(network, 8, 16, (byte) 0);
                return InetAddress.getByAddress(network).getHostAddress() + "/64";
            }
            return parsed.getHostAddress();
        } catch (IllegalArgumentException | java.net.UnknownHostException notAnAddress) {
            return address.length() > 64 ? address.substring(0, 64) : address;
        }
    }
}
