package se.maltavla.dataimport.internal;

/**
 * Test hooks, inert in production. Named points of an import run where the crash-safety test stops the JVM as kill -9 would
 * (Runtime.halt: no shutdown hooks, no finally blocks), so that the moments between a file's
 * last chunk and its archiving, and between files, are proven too. Inert unless the system
 * property {@code maltavla.test.crash-point} names the point, as {@code point} or
 * {@code point@fileName}.
 */
final class CrashPoint {

    private static final String POINT = System.getProperty("maltavla.test.crash-point");

    /**
     * {@code fileName:millis}: each chunk of that file waits so long before it is written, so that
     * a test on a fast machine still finds the file half imported (TwoInstancesTest). Inert unset.
     */
    private static final String SLOW = System.getProperty("maltavla.test.slow-chunks");

    private CrashPoint() {}

    static void chunk(String fileName) {
        if (SLOW != null && SLOW.startsWith(fileName + ":")) {
            try {
                Thread.sleep(Long.parseLong(SLOW.substring(fileName.length() + 1)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    static void at(String name, String fileName) {
        if (POINT != null && (POINT.equals(name) || POINT.equals(name + "@" + fileName))) {
            Runtime.getRuntime().halt(137);
        }
    }
}
