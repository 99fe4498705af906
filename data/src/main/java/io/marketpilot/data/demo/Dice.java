package io.marketpilot.data.demo;

import java.util.SplittableRandom;

/**
 * The generator's only source of randomness: a seeded {@link SplittableRandom} with the draws
 * the simulation needs. Uses {@link StrictMath} so the same seed gives the same files on every
 * JVM and platform.
 */
final class Dice {

    private final SplittableRandom random;

    Dice(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** An independent stream for one stage, so changing one stage leaves the others unchanged. */
    static Dice forStage(long seed, long stage) {
        return new Dice(seed * 0x9E3779B97F4A7C15L + stage * 0xBF58476D1CE4E5B9L);
    }

    double uniform() {
        return random.nextDouble();
    }

    double uniform(double from, double to) {
        return from + (to - from) * random.nextDouble();
    }

    /** 0 ≤ result < bound. */
    int index(int bound) {
        return random.nextInt(bound);
    }

    /** from ≤ result ≤ to. */
    int between(int from, int to) {
        return from + random.nextInt(to - from + 1);
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    double gaussian() {
        double u1 = 1.0 - random.nextDouble();
        double u2 = random.nextDouble();
        return StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2.0 * StrictMath.PI * u2);
    }

    double logNormal(double median, double sigma) {
        return median * StrictMath.exp(sigma * gaussian());
    }

    double exponential(double mean) {
        return -mean * StrictMath.log(1.0 - random.nextDouble());
    }

    /** 1, 2, 3 … with the given mean (≥ 1). */
    int geometric(double mean) {
        double p = 1.0 / mean;
        return 1 + (int) (StrictMath.log(1.0 - random.nextDouble()) / StrictMath.log(1.0 - p));
    }

    /** Index drawn proportionally to {@code weights} (linear scan; for short arrays). */
    int weighted(double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double target = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            target -= weights[i];
            if (target < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    <T> T pick(java.util.List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
