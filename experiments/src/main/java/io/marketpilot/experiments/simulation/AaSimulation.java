package io.marketpilot.experiments.simulation;

import io.marketpilot.experiments.stats.ConfidenceSequence;
import io.marketpilot.experiments.stats.Cuped;
import io.marketpilot.experiments.stats.Lift;
import io.marketpilot.experiments.stats.Moments;
import io.marketpilot.experiments.stats.TwoProportionTest;
import io.marketpilot.experiments.stats.WelchTest;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * A/A experiments where both arms draw from the same distribution: a pre-period covariate x ~ N(0, 1), a metric
 * y = ρx + √(1 − ρ²)·ε, and a conversion flag with rate {@code conversionRate}. Units arrive in {@code peeks} equal
 * batches; after each batch the naive Welch test and the confidence sequence are read. Run r uses the seed
 * {@code seed + r}, so results do not depend on thread scheduling.
 */
public record AaSimulation(int runs, int peeks, int unitsPerArm, double rho, double conversionRate, double alpha,
        long seed) {
    public AaSimulation {
        if (runs < 1 || peeks < 1 || unitsPerArm < peeks * 2) {
            throw new IllegalArgumentException("need runs >= 1, peeks >= 1 and unitsPerArm >= 2·peeks, found runs="
                    + runs + " peeks=" + peeks + " unitsPerArm=" + unitsPerArm);
        }
    }

    public static AaSimulation standard(int runs, int peeks, long seed) {
        return new AaSimulation(runs, peeks, 10_000, 0.5, 0.1, 0.05, seed);
    }

    public AaReport run() {
        RunOutcome[] outcomes = IntStream.range(0, runs).parallel().mapToObj(this::one).toArray(RunOutcome[]::new);
        int fixed = 0;
        int covered = 0;
        int sequential = 0;
        int naive = 0;
        int cupedFp = 0;
        int proportionFp = 0;
        double reduction = 0;
        for (RunOutcome o : outcomes) {
            fixed += o.fixedRejects ? 1 : 0;
            covered += o.covered ? 1 : 0;
            sequential += o.sequentialRejects ? 1 : 0;
            naive += o.naiveRejects ? 1 : 0;
            cupedFp += o.cupedRejects ? 1 : 0;
            proportionFp += o.proportionRejects ? 1 : 0;
            reduction += o.varianceReduction;
        }
        return new AaReport(runs, peeks, unitsPerArm, rho, alpha, seed, (double) fixed / runs, (double) covered / runs,
                (double) sequential / runs, (double) naive / runs, (double) cupedFp / runs,
                (double) proportionFp / runs, reduction / runs, rho * rho);
    }

    private record RunOutcome(boolean fixedRejects, boolean covered, boolean sequentialRejects, boolean naiveRejects,
            boolean cupedRejects, boolean proportionRejects, double varianceReduction) {
    }

    private RunOutcome one(int run) {
        SplittableRandom random = new SplittableRandom(seed + run);
        ConfidenceSequence cs = ConfidenceSequence.standard(alpha);
        Moments[] arms = {new Moments(), new Moments()};
        long[] conversions = new long[2];
        double noise = Math.sqrt(1 - rho * rho);
        boolean naive = false;
        boolean sequential = false;
        int done = 0;
        for (int peek = 1; peek <= peeks; peek++) {
            int until = (int) ((long) unitsPerArm * peek / peeks);
            for (; done < until; done++) {
                for (int arm = 0; arm < 2; arm++) {
                    double x = random.nextGaussian();
                    arms[arm].add(rho * x + noise * random.nextGaussian(), x);
                    conversions[arm] += random.nextDouble() < conversionRate ? 1 : 0;
                }
            }
            Lift welch = WelchTest.compare(arms[0], arms[1], alpha);
            naive |= welch.pValue() < alpha;
            sequential |= cs.compare(arms[0].meanEstimate(), arms[1].meanEstimate()).pValue() < alpha;
        }
        Lift fixed = WelchTest.compare(arms[0], arms[1], alpha);
        Lift cuped = Cuped.compare(arms[0], arms[1], alpha);
        Lift proportion = TwoProportionTest.compare(conversions[0], unitsPerArm, conversions[1], unitsPerArm, alpha);
        return new RunOutcome(fixed.pValue() < alpha, fixed.absoluteInterval().contains(0), sequential, naive,
                cuped.pValue() < alpha, proportion.pValue() < alpha,
                Cuped.adjust(arms[0], arms[1]).varianceReduction());
    }
}
