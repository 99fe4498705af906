package io.marketpilot.experiments.stats;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** Benjamini-Hochberg step-up adjustment: controls the false discovery rate; adjusted p-values in input order. */
public final class BenjaminiHochberg {
    private BenjaminiHochberg() {
    }

    public static double[] adjust(double[] pValues) {
        int m = pValues.length;
        Integer[] order = IntStream.range(0, m).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> pValues[i]));
        double[] adjusted = new double[m];
        double running = 1;
        for (int rank = m - 1; rank >= 0; rank--) {
            int i = order[rank];
            running = Math.min(running, Math.min(1, pValues[i] * m / (rank + 1)));
            adjusted[i] = running;
        }
        return adjusted;
    }
}
