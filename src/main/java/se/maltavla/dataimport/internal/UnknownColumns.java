package se.maltavla.dataimport.internal;

import java.util.List;
import java.util.stream.Collectors;

/** The warning's list of columns the file's kind does not know: each name and the list kept short. */
final class UnknownColumns {

    private static final int NAME = 60;
    private static final int NAMES = 20;

    private UnknownColumns() {}

    static String listed(List<String> names) {
        String shown =
                names.stream().limit(NAMES).map(n -> Bounded.text(n, NAME)).collect(Collectors.joining(", "));
        return names.size() > NAMES ? shown + " … (" + names.size() + ")" : shown;
    }
}
