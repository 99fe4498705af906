package io.marketpilot.recommend.ease;

/** Dense Gram matrices of sparse ones, lower triangle only (row {@code r} has {@code r + 1} entries). */
final class Gram {
    private Gram() {}

    /**
     * {@code A·Aᵀ + λI} for the rows of {@code a}, with {@code at} its transpose. Row r gathers, for each column c
     * of row r, the rows sharing c, so each thread writes only its own rows.
     */
    static double[][] lowerPlusRidge(Csr a, Csr at, double lambda, int threads) {
        int n = a.rows();
        double[][] g = new double[n][];
        Parallel.run(n, 64, threads, (from, to) -> {
            for (int r = from; r < to; r++) {
                double[] row = new double[r + 1];
                for (int p = a.start()[r]; p < a.start()[r + 1]; p++) {
                    int c = a.idx()[p];
                    double x = a.val()[p];
                    for (int q = at.start()[c]; q < at.start()[c + 1]; q++) {
                        int r2 = at.idx()[q];
                        if (r2 > r) {
                            break;
                        }
                        row[r2] += x * at.val()[q];
                    }
                }
                row[r] += lambda;
                g[r] = row;
            }
        });
        return g;
    }
}
