package app.rapport.demo;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded random choices. Every stream is derived from (seed, purpose, index), so the same seed
 * always yields the same network and one contact can be recomputed without the others.
 */
final class Draw {
    private Draw() {
    }

    /** A stream for one purpose ({@code salt}) and one item ({@code index}) of the network with {@code seed}. */
    static SplittableRandom stream(long seed, long salt, long index) {
        return new SplittableRandom(mix(mix(seed ^ salt) + index));
    }

    /** SplitMix64's finaliser: neighbouring inputs give unrelated outputs. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    static <T> T one(SplittableRandom rng, List<T> items) {
        return items.get(rng.nextInt(items.size()));
    }

    static boolean chance(SplittableRandom rng, double probability) {
        return rng.nextDouble() < probability;
    }

    /** A number from {@code low} to {@code high}, both included. */
    static int between(SplittableRandom rng, int low, int high) {
        return low + rng.nextInt(high - low + 1);
    }

    /** {@code count} decimal digits, leading zeros kept. */
    static String digits(SplittableRandom rng, int count) {
        StringBuilder sb = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            sb.append((char) ('0' + rng.nextInt(10)));
        }
        return sb.toString();
    }
}
