package io.marketpilot.automation.uplift;

import java.util.List;
import java.util.SplittableRandom;

/** Seeded treatment/control data with a planted uplift: only customers with x0 > 0 respond to the treatment. */
final class PlantedUplift {
    private PlantedUplift() {}

    static UpliftData generate(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] x = new double[n][3];
        boolean[] t = new boolean[n];
        boolean[] y = new boolean[n];
        for (int i = 0; i < n; i++) {
            x[i][0] = r.nextGaussian();
            x[i][1] = r.nextGaussian();
            x[i][2] = r.nextInt(2);
            t[i] = r.nextBoolean();
            double p = 0.10 + 0.05 * x[i][2] + (t[i] && x[i][0] > 0 ? 0.15 : 0);
            y[i] = r.nextDouble() < p;
        }
        return new UpliftData(List.of("x0", "noise", "base"), x, t, y);
    }

    static double trueUplift(double[] row) {
        return row[0] > 0 ? 0.15 : 0;
    }
}
