package se.maltavla.security.internal;

/**
 * A value a client chose (a user name typed at the login) made safe for one log line: control
 * characters (a forged second line) replaced, and at most 100 characters.
 */
final class LogText {

    private static final int MAX = 100;

    private LogText() {}

    static String of(String value) {
        if (value == null) {
            return "(none)";
        }
        String shown = value.length() > MAX ? value.substring(0, MAX) + "…" : value;
        StringBuilder safe = new StringBuilder(shown.length() + 2).append('\'');
        shown.codePoints().forEach(c -> safe.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return safe.append('\'').toString();
    }
}
