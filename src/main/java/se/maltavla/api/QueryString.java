package se.maltavla.api;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Finds what a request's query string cannot be read for: a broken percent-encoding, or bytes that are not UTF-8. */
final class QueryString {

    /** A parameter that cannot be read: its name (as far as it reads) and its value as sent. */
    record Unreadable(String name, String rawValue) {}

    private QueryString() {}

    /** The first parameter of a raw query string (as sent, still encoded) that cannot be decoded. */
    static Optional<Unreadable> firstUnreadable(String raw) {
        if (raw == null || raw.isEmpty()) {
            return Optional.empty();
        }
        for (String pair : raw.split("&", -1)) {
            int equals = pair.indexOf('=');
            String rawName = equals < 0 ? pair : pair.substring(0, equals);
            String rawValue = equals < 0 ? "" : pair.substring(equals + 1);
            Optional<String> name = decode(rawName);
            if (name.isEmpty() || decode(rawValue).isEmpty()) {
                return Optional.of(new Unreadable(name.orElse(rawName), rawValue));
            }
        }
        return Optional.empty();
    }

    /** Strict application/x-www-form-urlencoded decoding: empty when not valid. */
    static Optional<String> decode(String raw) {
        byte[] bytes = new byte[raw.length()];
        int length = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return Optional.empty();
                }
                int high = Character.digit(raw.charAt(i + 1), 16);
                int low = Character.digit(raw.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return Optional.empty();
                }
                bytes[length++] = (byte) (high * 16 + low);
                i += 2;
            } else if (c > 0x7f) {
                return Optional.empty();
            } else {
                bytes[length++] = (byte) (c == '+' ? ' ' : c);
            }
        }
        try {
            CharBuffer text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, length));
            return Optional.of(text.toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
