package io.marketpilot.features.cluster;

/** Z-scores per column: (x − mean) / standard deviation; a constant column becomes 0. */
final class Standardiser {
    private Standardiser() {}

    static double[] means(double[][] rows) {
        double[] m = new double[rows[0].length];
        for (double[] r : rows) {
            for (int d = 0; d < m.length; d++) {
                m[d] += r[d] / rows.length;
            }
        }
        return m;
    }

    static double[] stdDevs(double[][] rows, double[] means) {
        double[] s = new double[means.length];
        for (double[] r : rows) {
            for (int d = 0; d < s.length; d++) {
                s[d] += (r[d] - means[d]) * (r[d] - means[d]) / rows.length;
            }
        }
        for (int d = 0; d < s.length; d++) {
            s[d] = Math.sqrt(s[d]);
        }
        return s;
    }

    static double[] apply(double[] row, double[] means, double[] stdDevs) {
        double[] z = new double[row.length];
        for (int d = 0; d < z.length; d++) {
            z[d] = stdDevs[d] > 1e-12 ? (row[d] - means[d]) / stdDevs[d] : 0;
        }
        return z;
    }
}
