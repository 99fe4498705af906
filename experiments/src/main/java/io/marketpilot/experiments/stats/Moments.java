package io.marketpilot.experiments.stats;

/**
 * Sufficient statistics of one group: count, sums and cross sums of a value y and a second value x (the covariate
 * for CUPED, the denominator for a ratio metric, 0 when unused). Mutable and not thread-safe: one per group and
 * writer; {@link #merge} combines partial sums.
 */
public final class Moments {
    private long n;
    private double sumY;
    private double sumY2;
    private double sumX;
    private double sumX2;
    private double sumXY;

    public static Moments of(long n, double sumY, double sumY2, double sumX, double sumX2, double sumXY) {
        Moments m = new Moments();
        m.n = n;
        m.sumY = sumY;
        m.sumY2 = sumY2;
        m.sumX = sumX;
        m.sumX2 = sumX2;
        m.sumXY = sumXY;
        return m;
    }

    public void add(double y) {
        n++;
        sumY += y;
        sumY2 += y * y;
    }

    public void add(double y, double x) {
        n++;
        sumY += y;
        sumY2 += y * y;
        sumX += x;
        sumX2 += x * x;
        sumXY += x * y;
    }

    /** Adds {@code count} units whose values are all zero (units exposed but without any outcome). */
    public void addZeros(long count) {
        n += count;
    }

    /** Adds {@code count} units with y = 0 whose x values sum to {@code sumX} and their squares to {@code sumX2}. */
    public void addZeros(long count, double sumX, double sumX2) {
        n += count;
        this.sumX += sumX;
        this.sumX2 += sumX2;
    }

    public void merge(Moments other) {
        n += other.n;
        sumY += other.sumY;
        sumY2 += other.sumY2;
        sumX += other.sumX;
        sumX2 += other.sumX2;
        sumXY += other.sumXY;
    }

    public long n() {
        return n;
    }

    public double sumY() {
        return sumY;
    }

    public double sumX() {
        return sumX;
    }

    public double meanY() {
        return n == 0 ? 0 : sumY / n;
    }

    public double meanX() {
        return n == 0 ? 0 : sumX / n;
    }

    /** Sample variance of y (n - 1 in the denominator). */
    public double varianceY() {
        return n < 2 ? 0 : Math.max(0, (sumY2 - sumY * sumY / n) / (n - 1));
    }

    public double varianceX() {
        return n < 2 ? 0 : Math.max(0, (sumX2 - sumX * sumX / n) / (n - 1));
    }

    public double covarianceXY() {
        return n < 2 ? 0 : (sumXY - sumX * sumY / n) / (n - 1);
    }

    /** The mean of y as an estimate with its variance and degrees of freedom. */
    public MeanEstimate meanEstimate() {
        return new MeanEstimate(meanY(), n == 0 ? 0 : varianceY() / n, n, n - 1);
    }
}
