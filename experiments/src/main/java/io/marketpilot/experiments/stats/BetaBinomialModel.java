package io.marketpilot.experiments.stats;

import io.marketpilot.experiments.distribution.BetaDistribution;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Beta-Binomial model for conversion rates with a Beta(a, b) prior (Beta(1, 1) by default): the posteriors are
 * sampled with a fixed seed ({@code draws} pairs), so a report is reproducible. Losses are relative to control.
 */
public record BetaBinomialModel(double priorAlpha, double priorBeta, int draws, long seed) {
    public BetaBinomialModel {
        if (!(priorAlpha > 0) || !(priorBeta > 0) || draws < 100) {
            throw new IllegalArgumentException("need prior parameters > 0 and draws >= 100, found alpha=" + priorAlpha
                    + " beta=" + priorBeta + " draws=" + draws);
        }
    }

    public static BetaBinomialModel standard() {
        return new BetaBinomialModel(1, 1, 100_000, 20_240_601L);
    }

    public BayesianResult compare(long controlSuccesses, long controlUnits, long treatmentSuccesses,
            long treatmentUnits, double credibility) {
        BetaDistribution c = new BetaDistribution(priorAlpha + controlSuccesses,
                priorBeta + controlUnits - controlSuccesses);
        BetaDistribution t = new BetaDistribution(priorAlpha + treatmentSuccesses,
                priorBeta + treatmentUnits - treatmentSuccesses);
        SplittableRandom random = new SplittableRandom(seed);
        double[] lift = new double[draws];
        double wins = 0;
        double lossTreatment = 0;
        double lossControl = 0;
        for (int i = 0; i < draws; i++) {
            double pc = c.sample(random);
            double pt = t.sample(random);
            double r = pt / pc - 1;
            lift[i] = r;
            if (pt > pc) {
                wins++;
                lossControl += r;
            } else {
                lossTreatment -= r;
            }
        }
        Arrays.sort(lift);
        double tail = (1 - credibility) / 2;
        Interval interval = new Interval(lift[(int) Math.floor(tail * (draws - 1))],
                lift[(int) Math.ceil((1 - tail) * (draws - 1))]);
        double relative = c.mean() == 0 ? Double.NaN : t.mean() / c.mean() - 1;
        return new BayesianResult("beta-binomial", wins / draws, lossTreatment / draws, lossControl / draws, relative,
                interval);
    }
}
