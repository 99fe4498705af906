package io.marketpilot.features.attribute;

import java.util.Arrays;

/** The four cut points splitting a population into fifths; a value's score is 1–5 (5 = highest fifth). */
public record Quintiles(double[] cuts) {
    public static final Quintiles NONE = new Quintiles(new double[0]);

    static Quintiles of(double[] values) {
        if (values.length == 0) {
            return NONE;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double[] cuts = new double[4];
        for (int k = 1; k <= 4; k++) {
            cuts[k - 1] = sorted[Math.min(sorted.length - 1, (int) Math.floor(sorted.length * k / 5.0))];
        }
        return new Quintiles(cuts);
    }

    /** 1 + the number of cut points strictly below {@code value}; values equal to a cut take the lower fifth. */
    public int score(double value) {
        int s = 1;
        for (double c : cuts) {
            if (value > c) {
                s++;
            }
        }
        return s;
    }

    public boolean isEmpty() {
        return cuts.length == 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Quintiles q && Arrays.equals(cuts, q.cuts);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(cuts);
    }
}
