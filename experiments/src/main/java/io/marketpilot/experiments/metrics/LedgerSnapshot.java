package io.marketpilot.experiments.metrics;

import io.marketpilot.experiments.stats.Moments;
import java.util.Arrays;
import java.util.List;

/**
 * One pass over the outcome rows of a ledger into per-variant moments. Units without outcomes have y = 0 for
 * every metric, so they enter by variant as (count, Σx, Σx²) of their covariates, summed once over the table.
 */
record LedgerSnapshot(List<MetricDefinition> metrics, int variants, OutcomeRows rows, UnitTable units,
        long[] exposures) {

    Moments[][] moments() {
        long[] quiet = new long[variants];
        double[] quietX = new double[variants];
        double[] quietX2 = new double[variants];
        for (int slot = 0; slot < units.capacity(); slot++) {
            if (units.used(slot) && units.row(slot) == UnitTable.ABSENT) {
                int v = units.variant(slot);
                double x = units.covariate(slot);
                quiet[v]++;
                quietX[v] += x;
                quietX2[v] += x * x;
            }
        }
        Moments[][] result = new Moments[metrics.size()][variants];
        int count = rows.count();
        for (int m = 0; m < metrics.size(); m++) {
            MetricDefinition metric = metrics.get(m);
            double cap = cap(m, metric.winsorize());
            boolean ratio = metric.type() == MetricDefinition.Type.RATIO;
            boolean conversion = metric.type() == MetricDefinition.Type.CONVERSION;
            Moments[] perVariant = result[m];
            for (int v = 0; v < variants; v++) {
                perVariant[v] = new Moments();
            }
            for (int r = 0; r < count; r++) {
                double num = rows.get(r, 2 * m);
                double y = conversion ? (num > 0 ? 1 : 0) : Math.min(num, cap);
                double x = ratio ? rows.get(r, 2 * m + 1) : rows.covariate(r);
                perVariant[rows.variant(r)].add(y, x);
            }
            for (int v = 0; v < variants; v++) {
                if (ratio) {
                    perVariant[v].addZeros(quiet[v]);
                } else {
                    perVariant[v].addZeros(quiet[v], quietX[v], quietX2[v]);
                }
            }
        }
        return result;
    }

    /** The winsorize-quantile of the metric's non-zero unit values (nearest rank); +∞ when nothing is capped. */
    private double cap(int metric, double quantile) {
        if (quantile >= 1) {
            return Double.POSITIVE_INFINITY;
        }
        double[] values = new double[rows.count()];
        int n = 0;
        for (int r = 0; r < rows.count(); r++) {
            double v = rows.get(r, 2 * metric);
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
