package se.maltavla.security.internal;

import java.security.SecureRandom;

/** Passwords to hand out once: 16 characters without look-alikes (0/O, 1/l/I), in groups of four. */
public final class RandomPasswords {

    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomPasswords() {}

    public static String next() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                password.append('-');
            }
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
