package io.marketpilot.recommend.als;

/** Dense symmetric positive-definite solve {@code A x = b} by Cholesky factorisation, in place. */
final class Cholesky {
    /** Pivots below this are treated as this: a singular row (λ = 0, no data) then solves to about zero. */
    private static final double MIN_PIVOT = 1e-12;

    private Cholesky() {}

    /**
     * Factorises the lower triangle of the row-major {@code k × k} matrix {@code a} into L (overwriting it) and
     * replaces {@code b} with the solution.
     */
    static void solveInPlace(double[] a, double[] b, int k) {
        for (int j = 0; j < k; j++) {
            int jo = j * k;
            double d = a[jo + j];
            for (int m = 0; m < j; m++) {
                d -= a[jo + m] * a[jo + m];
            }
            double ljj = Math.sqrt(Math.max(d, MIN_PIVOT));
            a[jo + j] = ljj;
            for (int i = j + 1; i < k; i++) {
                int io = i * k;
                double s = a[io + j];
                for (int m = 0; m < j; m++) {
                    s -= a[io + m] * a[jo + m];
                }
                a[io + j] = s / ljj;
            }
        }
        for (int i = 0; i < k; i++) {
            int io = i * k;
            double s = b[i];
            for (int m = 0; m < i; m++) {
                s -= a[io + m] * b[m];
            }
            b[i] = s / a[io + i];
        }
        for (int i = k - 1; i >= 0; i--) {
            double s = b[i];
            for (int m = i + 1; m < k; m++) {
                s -= a[m * k + i] * b[m];
            }
            b[i] = s / a[i * k + i];
        }
    }
}
