package se.maltavla.dataimport.internal;

/**
 * Named points of an import run where the crash-safety test stops the JVM as kill -9 would
 * (Runtime.halt: no shutdown hooks, no finally blocks), so that the moments between a file's
 * last chunk and its archiving, and between files, are proven too. Inert unless the system
 * property {@code maltavla.test.crash-point} names the point, as {@code point} or
 * {@code point@fileName}.
 */
final class CrashPoint {

    private static final String POINT = System.getProperty("maltavla.test.crash-point");

    private CrashPoint() {}

    static void at(String name, String fileName) {
        if (POINT != null && (POINT.equals(name) || POINT.equals(name + "@" + fileName))) {
            Runtime.getRuntime().halt(137);
        }
    }
}
