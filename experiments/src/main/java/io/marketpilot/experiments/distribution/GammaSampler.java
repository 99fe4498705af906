package io.marketpilot.experiments.distribution;

import java.util.random.RandomGenerator;

/** Gamma(shape, 1) draws by Marsaglia and Tsang's squeeze method (boosted for shape &lt; 1). */
public final class GammaSampler {
    private GammaSampler() {
    }

    public static double sample(double shape, RandomGenerator random) {
        if (shape < 1) {
            // Γ(a) = Γ(a + 1) · U^(1/a)
            return sample(shape + 1, random) * Math.pow(random.nextDouble(), 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x = random.nextGaussian();
            double v = 1 + c * x;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = random.nextDouble();
            if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) {
                return d * v;
            }
        }
    }
}
