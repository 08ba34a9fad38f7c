package se.maltavla.audit;

import java.util.function.Supplier;

/**
 * The person at a command line (jobs/reset-password, jobs/import, jobs/year-end): the changes
 * made inside {@link #run} are recorded as made by the operating system's user who ran the
 * command ({@code user.name}) from {@code kommandorad:COMMAND}, whatever user the command signs
 * in as for the services' checks. A command has no login: the operating system's account is
 * the only name there is (docs/audit.md).
 */
public final class Operator {

    private static final ThreadLocal<String> COMMAND = new ThreadLocal<>();

    private Operator() {}

    public static <T> T run(String command, Supplier<T> work) {
        String before = COMMAND.get();
        COMMAND.set(command);
        try {
            return work.get();
        } finally {
            if (before == null) {
                COMMAND.remove();
            } else {
                COMMAND.set(before);
            }
        }
    }

    /** The command being run on this thread, or null. */
    public static String command() {
        return COMMAND.get();
    }

    /** The operating system's user running this process. */
    public static String systemUser() {
        String name = System.getProperty("user.name");
        return name == null || name.isBlank() ? "?" : name;
    }
}
