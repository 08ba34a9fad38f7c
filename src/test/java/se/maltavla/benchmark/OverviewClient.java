package se.maltavla.benchmark;

import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One person on the dashboard while the import runs: logged in as a user of their own (the
 * dashboard remembers each user's choice), headless Chromium choosing one random municipality
 * after another on the overview and loading the overview again ({@link OverviewTiming#measure}).
 * Each time the overview must render the municipality chosen, with no error shown; the browser is
 * closed whatever happens.
 */
final class OverviewClient implements Runnable {

    /** A browser that failed this many times in a row is given up (its failures are recorded). */
    private static final int GIVE_UP_AFTER = 3;

    private final LoadLog.Client log;
    private final String base;
    private final String username;
    private final String password;
    private final List<String> municipalities;
    private final AtomicBoolean stop;
    private final Random random;

    OverviewClient(
            LoadLog.Client log,
            String base,
            String username,
            String password,
            List<String> municipalities,
            AtomicBoolean stop,
            long seed) {
        this.log = log;
        this.base = base;
        this.username = username;
        this.password = password;
        this.municipalities = municipalities;
        this.stop = stop;
        this.random = new Random(seed);
    }

    @Override
    public void run() {
        long start = System.nanoTime();
        try (OverviewTiming browser = new OverviewTiming(base)) {
            browser.logIn(username, password);
            log.answered("overview (log in)", "rendered", start);
            // A new user's overview shows the first municipality: choosing it again would change nothing.
            String shown = municipalities.getFirst();
            int failedInARow = 0;
            while (!stop.get() && failedInARow < GIVE_UP_AFTER) {
                String next = municipalities.get(random.nextInt(municipalities.size()));
                if (next.equals(shown)) {
                    continue;
                }
                start = System.nanoTime();
                try {
                    browser.measure(next);
                    log.answered("overview (browser)", "rendered", start);
                    shown = next;
                    failedInARow = 0;
                } catch (RuntimeException e) {
                    log.failed(
                            "overview (browser)",
                            start,
                            "municipality " + next + ": "
                                    + e.toString().lines().findFirst().orElse(""));
                    failedInARow++;
                    shown = browser.reload();
                }
            }
        } catch (Exception e) {
            log.failed(
                    "overview (browser)",
                    start,
                    "the browser failed: " + e.toString().lines().findFirst().orElse(""));
        } finally {
            log.ended();
        }
    }
}
