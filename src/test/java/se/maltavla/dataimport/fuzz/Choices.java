package se.maltavla.dataimport.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The mutations' choices, drawn from a generator seeded by the whole fuzzer input: even the short
 * inputs the fuzzer starts with give varied files, and the same input always gives the same file
 * (a finding replays exactly).
 */
final class Choices {

    private final SplittableRandom random;

    Choices(FuzzedDataProvider data) {
        long seed = data.consumeLong();
        this.random = new SplittableRandom(seed * 31 + Arrays.hashCode(data.consumeRemainingAsBytes()));
    }

    int between(int min, int max) {
        return max <= min ? min : random.nextInt(min, max + 1);
    }

    boolean flip() {
        return random.nextBoolean();
    }

    byte aByte() {
        return (byte) random.nextInt(256);
    }

    byte[] bytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
