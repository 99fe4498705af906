package io.marketpilot.features.clv;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Seeded draws from the BG/NBD and Gamma-Gamma generative stories, with planted parameters. */
final class Simulation {
    private Simulation() {}

    /** Marsaglia-Tsang gamma sampler, shape k, rate β. */
    static double gamma(Random r, double shape, double rate) {
        if (shape < 1) {
            return gamma(r, shape + 1, rate) * Math.pow(r.nextDouble(), 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double z = r.nextGaussian();
            double v = Math.pow(1 + c * z, 3);
            if (v > 0 && Math.log(r.nextDouble()) < 0.5 * z * z + d - d * v + d * Math.log(v)) {
                return d * v / rate;
            }
        }
    }

    /**
     * Customers from BG/NBD(r, α, a, b), observed for T ~ U[minT, maxT] days after their first purchase; when
     * {@code holdout} > 0, {@code holdoutCounts} receives each customer's purchases in the following holdout days.
     */
    static List<PurchaseSummary> bgNbd(long seed, int n, double rr, double alpha, double a, double b, double minT,
                                       double maxT, double[] gg, double holdout, int[] holdoutCounts) {
        Random rnd = new Random(seed);
        List<PurchaseSummary> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double lambda = gamma(rnd, rr, alpha);
            double g1 = gamma(rnd, a, 1);
            double p = g1 / (g1 + gamma(rnd, b, 1));
            double nu = gg == null ? 0 : gamma(rnd, gg[1], gg[2]);
            double age = minT + rnd.nextDouble() * (maxT - minT);
            double t = 0;
            int x = 0;
            double last = 0;
            double spend = 0;
            boolean alive = true;
            int later = 0;
            while (alive) {
                t += -Math.log(1 - rnd.nextDouble()) / lambda;
                if (t > age + holdout) {
                    break;
                }
                if (t <= age) {
                    x++;
                    last = t;
                    spend += gg == null ? 0 : gamma(rnd, gg[0], nu);
                } else {
                    later++;
                }
                alive = rnd.nextDouble() > p;
            }
            if (holdoutCounts != null) {
                holdoutCounts[i] = later;
            }
            // whole days, as profiles count them
            double days = Math.ceil(age);
            double lastDay = x == 0 ? 0 : Math.min(days, Math.max(1, Math.round(last)));
            out.add(new PurchaseSummary(x, lastDay, days, x == 0 ? 0 : spend / x));
        }
        return out;
    }
}
