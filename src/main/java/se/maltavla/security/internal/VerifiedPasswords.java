package se.maltavla.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The API's password check: bcrypt, with its successes remembered. HTTP Basic sends the password
 * with every request, and bcrypt costs tens of milliseconds of CPU by design: checked on every
 * request it held the API to a few requests a second on two cores (docs/performance.md). Whether
 * a password matches a stored hash never changes, so a match is remembered as the pair (stored
 * hash, HMAC of the password under a key made at start), never the password itself. The user is
 * still loaded on every request, so a new password (a new hash), a disabled account or another
 * role counts at once. A wrong password is never remembered: it pays for bcrypt every time.
 */
final class VerifiedPasswords implements PasswordEncoder {

    /** Remembered matches at most; then they are forgotten all at once (a handful of API users in practice). */
    static final int CAPACITY = 1000;

    private static final String HMAC = "HmacSHA256";

    private final PasswordEncoder bcrypt;
    private final SecretKeySpec key;
    private final Set<String> matches = ConcurrentHashMap.newKeySet();

    VerifiedPasswords(PasswordEncoder bcrypt) {
        this.bcrypt = bcrypt;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, HMAC);
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return bcrypt.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) {
            return bcrypt.matches(rawPassword, encodedPassword);
        }
        String match = encodedPassword + '\n' + mac(rawPassword);
        if (matches.contains(match)) {
            return true;
        }
        boolean matched = bcrypt.matches(rawPassword, encodedPassword);
        if (matched) {
            if (matches.size() >= CAPACITY) {
                matches.clear();
            }
            matches.add(match);
        }
        return matched;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return bcrypt.upgradeEncoding(encodedPassword);
    }

    private String mac(CharSequence password) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(password.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(HMAC + " is part of every Java runtime", e);
        }
    }
}
