package io.marketpilot.experiments.stats;

import io.marketpilot.experiments.distribution.Normal;

/**
 * The two-proportion z-test: the p-value uses the pooled proportion (the null hypothesis says both are equal);
 * the intervals use each group's own variance p(1-p)/n, with the delta method for the relative lift.
 */
public final class TwoProportionTest {
    private TwoProportionTest() {
    }

    public static Lift compare(long controlSuccesses, long controlUnits, long treatmentSuccesses, long treatmentUnits,
            double alpha) {
        Confidence.check(alpha);
        check("control", controlSuccesses, controlUnits);
        check("treatment", treatmentSuccesses, treatmentUnits);
        double pc = (double) controlSuccesses / controlUnits;
        double pt = (double) treatmentSuccesses / treatmentUnits;
        double pooled = (double) (controlSuccesses + treatmentSuccesses) / (controlUnits + treatmentUnits);
        double pooledSe = Math.sqrt(pooled * (1 - pooled) * (1.0 / controlUnits + 1.0 / treatmentUnits));
        double diff = pt - pc;
        double p = pooledSe == 0 ? 1 : Normal.twoSidedP(diff / pooledSe);
        MeanEstimate c = new MeanEstimate(pc, pc * (1 - pc) / controlUnits, controlUnits, Double.POSITIVE_INFINITY);
        MeanEstimate t = new MeanEstimate(pt, pt * (1 - pt) / treatmentUnits, treatmentUnits, Double.POSITIVE_INFINITY);
        Lift unpooled = NormalComparison.compare("two-proportion-z", c, t, alpha);
        return new Lift(unpooled.method(), pc, pt, diff, unpooled.absoluteInterval(), unpooled.relative(),
                unpooled.relativeInterval(), p);
    }

    private static void check(String group, long successes, long units) {
        if (units <= 0 || successes < 0 || successes > units) {
            throw new IllegalArgumentException(group + ": need 0 <= successes <= units and units > 0, found successes="
                    + successes + " units=" + units);
        }
    }
}
