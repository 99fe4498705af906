package io.marketpilot.recommend.als;

/**
 * Dense kernels of ALS. The JIT vectorises a loop only when every array in it is indexed from the same offset
 * (otherwise two float arrays might overlap), so matrices that loops walk row by row are {@code float[][]}, and
 * reductions (dots) keep eight independent sums instead, which it cannot vectorise but can overlap.
 */
final class FactorMath {
    private FactorMath() {}

    static float dot(float[] a, int ao, float[] b, int bo, int k) {
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        float s4 = 0;
        float s5 = 0;
        float s6 = 0;
        float s7 = 0;
        int f = 0;
        for (; f + 7 < k; f += 8) {
            s0 += a[ao + f] * b[bo + f];
            s1 += a[ao + f + 1] * b[bo + f + 1];
            s2 += a[ao + f + 2] * b[bo + f + 2];
            s3 += a[ao + f + 3] * b[bo + f + 3];
            s4 += a[ao + f + 4] * b[bo + f + 4];
            s5 += a[ao + f + 5] * b[bo + f + 5];
            s6 += a[ao + f + 6] * b[bo + f + 6];
            s7 += a[ao + f + 7] * b[bo + f + 7];
        }
        for (; f < k; f++) {
            s0 += a[ao + f] * b[bo + f];
        }
        return ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
    }

    /** {@code out = m v} for a symmetric k × k matrix, as a sum of scaled rows. */
    static void symmetricTimes(float[][] m, float[] v, float[] out, int k) {
        java.util.Arrays.fill(out, 0, k, 0f);
        addScaledRows(m, v, k, out, k);
    }

    /**
     * {@code out[0..len) += Σ_a s[a]·rows[a][0..len)} for {@code a} in {@code [0, n)}. Four rows per pass, so
     * {@code out} is loaded and stored once per four rows: that, not arithmetic, bounds this loop.
     */
    static void addScaledRows(float[][] rows, float[] s, int n, float[] out, int len) {
        int a = 0;
        for (; a + 3 < n; a += 4) {
            float s0 = s[a];
            float s1 = s[a + 1];
            float s2 = s[a + 2];
            float s3 = s[a + 3];
            float[] r0 = rows[a];
            float[] r1 = rows[a + 1];
            float[] r2 = rows[a + 2];
            float[] r3 = rows[a + 3];
            for (int f = 0; f < len; f++) {
                out[f] += (s0 * r0[f] + s1 * r1[f]) + (s2 * r2[f] + s3 * r3[f]);
            }
        }
        for (; a < n; a++) {
            float sa = s[a];
            float[] row = rows[a];
            for (int f = 0; f < len; f++) {
                out[f] += sa * row[f];
            }
        }
    }

    /**
     * The Gram matrix {@code YᵀY} of {@code n × k} row-major factors. Rows are summed in fixed blocks and the
     * blocks added in order, so the result is identical whatever {@code parallel}'s thread count.
     */
    static float[][] gram(float[] y, int n, int k, RowParallel parallel) {
        int blocks = Math.max(1, Math.min(64, n / 256));
        float[][][] partial = new float[blocks][][];
        parallel.run(blocks, 1, (worker, from, to) -> {
            for (int b = from; b < to; b++) {
                partial[b] = upperGram(y, (int) ((long) n * b / blocks), (int) ((long) n * (b + 1) / blocks), k);
            }
        });
        float[][] g = partial[0];
        for (int b = 1; b < blocks; b++) {
            for (int a = 0; a < k; a++) {
                float[] into = g[a];
                float[] add = partial[b][a];
                for (int f = a; f < k; f++) {
                    into[f] += add[f];
                }
            }
        }
        for (int a = 0; a < k; a++) {
            for (int f = 0; f < a; f++) {
                g[a][f] = g[f][a];
            }
        }
        return g;
    }

    /** The upper triangle (column ≥ row) of the Gram matrix of rows {@code [from, to)}, four rows per pass. */
    private static float[][] upperGram(float[] y, int from, int to, int k) {
        float[][] g = new float[k][k];
        float[] r0 = new float[k];
        float[] r1 = new float[k];
        float[] r2 = new float[k];
        float[] r3 = new float[k];
        int i = from;
        for (; i + 3 < to; i += 4) {
            System.arraycopy(y, i * k, r0, 0, k);
            System.arraycopy(y, (i + 1) * k, r1, 0, k);
            System.arraycopy(y, (i + 2) * k, r2, 0, k);
            System.arraycopy(y, (i + 3) * k, r3, 0, k);
            for (int a = 0; a < k; a++) {
                float s0 = r0[a];
                float s1 = r1[a];
                float s2 = r2[a];
                float s3 = r3[a];
                float[] ga = g[a];
                for (int f = a; f < k; f++) {
                    ga[f] += (s0 * r0[f] + s1 * r1[f]) + (s2 * r2[f] + s3 * r3[f]);
                }
            }
        }
        for (; i < to; i++) {
            System.arraycopy(y, i * k, r0, 0, k);
            for (int a = 0; a < k; a++) {
                float s0 = r0[a];
                float[] ga = g[a];
                for (int f = a; f < k; f++) {
                    ga[f] += s0 * r0[f];
                }
            }
        }
        return g;
    }
}
