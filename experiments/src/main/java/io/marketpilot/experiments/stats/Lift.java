package io.marketpilot.experiments.stats;

/**
 * Treatment against control: the absolute difference and the relative lift (treatment / control - 1), each with
 * a two-sided interval, and the p-value of "no difference" from the method that made it.
 */
public record Lift(
        String method,
        double control,
        double treatment,
        double absolute,
        Interval absoluteInterval,
        double relative,
        Interval relativeInterval,
        double pValue) {
}
