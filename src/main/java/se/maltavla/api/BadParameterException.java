package se.maltavla.api;

import java.util.List;

/**
 * A parameter the API cannot use: answered 400, naming the parameter, its value and what is
 * expected (the message {@code api.parameter.<parameter>}, or {@code api.parameter.<parameter>.<rule>}
 * with further arguments after the value).
 */
class BadParameterException extends RuntimeException {

    private final String parameter;
    private final String value;
    private final String rule;
    private final List<String> arguments;

    BadParameterException(String parameter, String value) {
        this(parameter, value, null);
    }

    BadParameterException(String parameter, String value, String rule, String... arguments) {
        super("Bad parameter " + parameter + ": " + value);
        this.parameter = parameter;
        this.value = value;
        this.rule = rule;
        this.arguments = List.of(arguments);
    }

    String parameter() {
        return parameter;
    }

    String value() {
        return value;
    }

    /** The key of the message that says what to write instead. */
    String messageKey() {
        return "api.parameter." + parameter + (rule == null ? "" : "." + rule);
    }

    /** The message's arguments after the value ({1}, {2} …). */
    List<String> arguments() {
        return arguments;
    }
}
