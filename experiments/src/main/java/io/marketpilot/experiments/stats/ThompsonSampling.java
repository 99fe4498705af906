package io.marketpilot.experiments.stats;

import io.marketpilot.experiments.distribution.BetaDistribution;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Thompson-sampling bandit over Bernoulli arms (copy, offer) with Beta(1, 1) priors: {@link #allocation} gives each
 * arm the posterior probability that it is best (the traffic share to give it next), estimated from seeded draws;
 * {@link #choose} draws once for a single decision.
 */
public final class ThompsonSampling {
    private ThompsonSampling() {
    }

    public static double[] allocation(long[] successes, long[] trials, int draws, long seed) {
        BetaDistribution[] arms = posteriors(successes, trials);
        SplittableRandom random = new SplittableRandom(seed);
        double[] best = new double[arms.length];
        for (int d = 0; d < draws; d++) {
            best[choose(arms, random)]++;
        }
        for (int i = 0; i < best.length; i++) {
            best[i] /= draws;
        }
        return best;
    }

    public static int choose(long[] successes, long[] trials, RandomGenerator random) {
        return choose(posteriors(successes, trials), random);
    }

    private static int choose(BetaDistribution[] arms, RandomGenerator random) {
        int best = 0;
        double bestDraw = -1;
        for (int i = 0; i < arms.length; i++) {
            double x = arms[i].sample(random);
            if (x > bestDraw) {
                bestDraw = x;
                best = i;
            }
        }
        return best;
    }

    private static BetaDistribution[] posteriors(long[] successes, long[] trials) {
        if (successes.length != trials.length || successes.length == 0) {
            throw new IllegalArgumentException("need one trial count per arm and >= 1 arm, found " + successes.length
                    + " and " + trials.length);
        }
        BetaDistribution[] arms = new BetaDistribution[successes.length];
        for (int i = 0; i < arms.length; i++) {
            if (successes[i] < 0 || successes[i] > trials[i]) {
                throw new IllegalArgumentException("arm " + i + ": need 0 <= successes <= trials, found "
                        + successes[i] + " of " + trials[i]);
            }
            arms[i] = new BetaDistribution(1 + successes[i], 1 + trials[i] - successes[i]);
        }
        return arms;
    }
}
