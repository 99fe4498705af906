package io.marketpilot.experiments.metrics;

import io.marketpilot.experiments.stats.Moments;
import java.util.Arrays;
import java.util.List;

/** One pass over the outcome rows of a ledger into per-variant moments; units without a row add zeros. */
record LedgerSnapshot(List<MetricDefinition> metrics, int variants, int width, double[] outcomes, byte[] rowVariant,
        int rowCount, long[] exposures) {

    Moments[][] moments() {
        Moments[][] result = new Moments[metrics.size()][variants];
        long[] rowsPerVariant = new long[variants];
        int[] variantOfRow = new int[rowCount];
        for (int r = 0; r < rowCount; r++) {
            variantOfRow[r] = rowVariant[r];
            rowsPerVariant[variantOfRow[r]]++;
        }
        for (int m = 0; m < metrics.size(); m++) {
            MetricDefinition metric = metrics.get(m);
            double cap = cap(m, metric.winsorize());
            Moments[] perVariant = result[m];
            for (int v = 0; v < variants; v++) {
                perVariant[v] = new Moments();
            }
            boolean ratio = metric.type() == MetricDefinition.Type.RATIO;
            boolean conversion = metric.type() == MetricDefinition.Type.CONVERSION;
            for (int r = 0; r < rowCount; r++) {
                int base = r * width + 2 * m;
                double num = outcomes[base];
                double y = conversion ? (num > 0 ? 1 : 0) : Math.min(num, cap);
                double x = ratio ? outcomes[base + 1] : outcomes[r * width + width - 1];
                perVariant[variantOfRow[r]].add(y, x);
            }
            for (int v = 0; v < variants; v++) {
                perVariant[v].addZeros(exposures[v] - rowsPerVariant[v]);
            }
        }
        return result;
    }

    /** The winsorize-quantile of the metric's non-zero unit values (nearest rank); +∞ when nothing is capped. */
    private double cap(int metric, double quantile) {
        if (quantile >= 1) {
            return Double.POSITIVE_INFINITY;
        }
        double[] values = new double[rowCount];
        int n = 0;
        for (int r = 0; r < rowCount; r++) {
            double v = outcomes[r * width + 2 * metric];
            if (v != 0) {
                values[n++] = v;
            }
        }
        if (n == 0) {
            return Double.POSITIVE_INFINITY;
        }
        Arrays.sort(values, 0, n);
        return values[Math.min(n - 1, (int) Math.ceil(quantile * n) - 1)];
    }
}
