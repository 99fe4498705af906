package io.marketpilot.experiments.stats;

import io.marketpilot.experiments.distribution.Normal;

/** Power and sample size for a two-sided, two-group test with equal groups (normal approximation). */
public final class SampleSize {
    private SampleSize() {
    }

    /** Units per group to detect an absolute difference {@code mde} of a mean with unit standard deviation {@code sd}. */
    public static long perGroupForMeans(double sd, double mde, double alpha, double power) {
        check(mde, alpha, power);
        double z = Normal.quantile(1 - alpha / 2) + Normal.quantile(power);
        return (long) Math.ceil(2 * sd * sd * z * z / (mde * mde));
    }

    /** Units per group to move a conversion rate from {@code baseline} by the absolute {@code mde}. */
    public static long perGroupForProportions(double baseline, double mde, double alpha, double power) {
        check(mde, alpha, power);
        double p2 = baseline + mde;
        if (!(baseline > 0 && baseline < 1 && p2 > 0 && p2 < 1)) {
            throw new IllegalArgumentException("baseline and baseline + mde must be in (0, 1), found " + baseline
                    + " and " + p2);
        }
        double mean = (baseline + p2) / 2;
        double a = Normal.quantile(1 - alpha / 2) * Math.sqrt(2 * mean * (1 - mean));
        double b = Normal.quantile(power) * Math.sqrt(baseline * (1 - baseline) + p2 * (1 - p2));
        return (long) Math.ceil((a + b) * (a + b) / (mde * mde));
    }

    /** The chance to detect {@code mde} with {@code perGroup} units per group. */
    public static double powerForMeans(long perGroup, double sd, double mde, double alpha) {
        double se = sd * Math.sqrt(2.0 / perGroup);
        return Normal.cdf(Math.abs(mde) / se - Normal.quantile(1 - alpha / 2));
    }

    private static void check(double mde, double alpha, double power) {
        Confidence.check(alpha);
        if (mde == 0 || !(power > 0 && power < 1)) {
            throw new IllegalArgumentException("need mde != 0 and power in (0, 1), found mde=" + mde + " power=" + power);
        }
    }
}
