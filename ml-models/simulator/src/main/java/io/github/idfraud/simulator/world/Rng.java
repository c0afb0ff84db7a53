package io.github.idfraud.simulator.world;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeding and sampling helpers. Every random stream is derived from (seed, stream, index), so one
 * identity's behaviour never depends on how many numbers another identity drew. StrictMath keeps the
 * floating-point results, and so the output bytes, identical on every machine.
 */
public final class Rng {

    static final long PERSON = 1;
    public static final long TIMELINE = 2;
    static final long MERCHANTS = 3;
    static final long FRAUDSTERS = 4;
    static final long COMPROMISES = 5;
    public static final long RINGS = 6;
    public static final long OPENINGS = 7;
    public static final long MULES = 8;
    public static final long HOUSEHOLDS = 9;
    public static final long DATA_QUALITY = 10;
    public static final long LOOKALIKES = 11;
    static final long POPULAR_PAYEES = 12;
    public static final long PROFILES = 13;

    private Rng() {
    }

    public static SplittableRandom of(long seed, long stream, long index) {
        return new SplittableRandom(mix(mix(seed ^ 0x9E3779B97F4A7C15L * stream) + index));
    }

    /** SplitMix64 finaliser: a bijective, well-scrambling 64-bit hash. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    public static boolean chance(SplittableRandom r, double p) {
        return r.nextDouble() < p;
    }

    public static int between(SplittableRandom r, int minInclusive, int maxInclusive) {
        return minInclusive + r.nextInt(maxInclusive - minInclusive + 1);
    }

    public static double uniform(SplittableRandom r, double min, double max) {
        return min + (max - min) * r.nextDouble();
    }

    /** Standard normal by Box-Muller; one value per call keeps the stream stateless. */
    static double gaussian(SplittableRandom r) {
        double u = 1.0 - r.nextDouble();
        double v = r.nextDouble();
        return StrictMath.sqrt(-2.0 * StrictMath.log(u)) * StrictMath.cos(2.0 * StrictMath.PI * v);
    }

    public static double logNormal(SplittableRandom r, double median, double sigma) {
        return median * StrictMath.exp(sigma * gaussian(r));
    }

    /** Poisson by inversion; fine for the small daily means used here. */
    public static int poisson(SplittableRandom r, double mean) {
        if (mean <= 0) {
            return 0;
        }
        double limit = StrictMath.exp(-mean);
        double product = r.nextDouble();
        int n = 0;
        while (product > limit) {
            product *= r.nextDouble();
            n++;
        }
        return n;
    }

    /** Probability that an event with the given daily rate happens at least once in {@code days}. */
    public static double atLeastOnce(double dailyRate, int days) {
        return days <= 0 ? 0 : 1.0 - StrictMath.pow(1.0 - Math.min(1.0, dailyRate), days);
    }

    public static <T> T pick(SplittableRandom r, List<T> list) {
        return list.get(r.nextInt(list.size()));
    }

    public static <T> T pick(SplittableRandom r, T[] array) {
        return array[r.nextInt(array.length)];
    }

    /** Index drawn with probability proportional to {@code weights[i]}. */
    public static int weighted(SplittableRandom r, double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = r.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    public static String hex(SplittableRandom r, int chars) {
        String s = Long.toHexString(r.nextLong() | Long.MIN_VALUE);
        return s.substring(s.length() - chars);
    }
}
