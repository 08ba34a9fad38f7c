package se.maltavla.api;

import java.util.List;

/** What a request names does not exist: answered 404 with the message {@code api.notfound.<what>}. */
class NotFoundException extends RuntimeException {

    private final String what;
    private final List<String> arguments;

    NotFoundException(String what, String... arguments) {
        super("Not found: " + what + " " + String.join(" ", arguments));
        this.what = what;
        this.arguments = List.of(arguments);
    }

    String what() {
        return what;
    }

    List<String> arguments() {
        return arguments;
    }
}
