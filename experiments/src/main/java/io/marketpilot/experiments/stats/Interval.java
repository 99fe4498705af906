package io.marketpilot.experiments.stats;

/** A two-sided interval; infinite bounds mean "nothing known yet". */
public record Interval(double lower, double upper) {
    public static Interval around(double center, double halfWidth) {
        return new Interval(center - halfWidth, center + halfWidth);
    }

    public boolean contains(double value) {
        return value >= lower && value <= upper;
    }

    public boolean excludesZero() {
        return lower > 0 || upper < 0;
    }
}
