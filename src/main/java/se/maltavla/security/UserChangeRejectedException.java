package se.maltavla.security;

import java.util.Arrays;

/**
 * A change to the users that breaks a rule a person can fix (a taken user name, a short
 * password, the last coordinator). {@link #key()} and {@link #arguments()} name the text in the
 * message bundles, so that the UI says it in the user's language.
 */
public class UserChangeRejectedException extends RuntimeException {

    private final String key;
    private final transient Object[] arguments;

    public UserChangeRejectedException(String key, Object... arguments) {
        super(key + Arrays.toString(arguments));
        this.key = key;
        this.arguments = arguments.clone();
    }

    public String key() {
        return key;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
