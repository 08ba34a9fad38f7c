package se.maltavla.api;

/** A parameter the API cannot use: answered 400, naming the parameter, its value and what is expected. */
class BadParameterException extends RuntimeException {

    private final String parameter;
    private final String value;

    BadParameterException(String parameter, String value) {
        super("Bad parameter " + parameter + ": " + value);
        this.parameter = parameter;
        this.value = value;
    }

    String parameter() {
        return parameter;
    }

    String value() {
        return value;
    }
}
