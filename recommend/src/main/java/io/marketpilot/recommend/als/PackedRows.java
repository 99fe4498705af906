package io.marketpilot.recommend.als;

/**
 * The other side's vectors of one row's pairs, copied out twice (as rows and transposed) so that both halves of
 * the sparse product {@code Σ wᵢ(yᵢ·v) yᵢ} run as vectorisable loops instead of one dot product per pair. A row
 * is packed once and reused by every CG step; rows longer than {@link #CHUNK} pairs go in chunks (repacked per
 * step). Not thread-safe.
 */
final class PackedRows {
    static final int CHUNK = 2048;

    private final int k;
    private float[][] rows = new float[0][];
    private float[][] columns;
    private float[] t = new float[0];
    private int packedFrom = -1;
    private int packedTo = -1;

    PackedRows(int k) {
        this.k = k;
        this.columns = new float[k][0];
    }

    /** Forgets the packed range: call before working on another row. */
    void reset() {
        packedFrom = -1;
        packedTo = -1;
    }

    /**
     * {@code out += Σ wᵢ yᵢ} over pairs {@code [from, to)} with {@code tᵢ = yᵢ·v} and {@code wᵢ = cm1ᵢ·tᵢ}, or
     * {@code wᵢ = cm1ᵢ + 1 − cm1ᵢ·tᵢ} when {@code residual} (the {@code b − A x} terms of one pair).
     */
    void addWeighted(float[] y, int[] cols, float[] cm1, int from, int to, float[] v, float[] out,
                     boolean residual) {
        for (int c0 = from; c0 < to; c0 += CHUNK) {
            int c1 = Math.min(to, c0 + CHUNK);
            int n = c1 - c0;
            pack(y, cols, c0, c1);
            java.util.Arrays.fill(t, 0, n, 0f);
            FactorMath.addScaledRows(columns, v, k, t, n);
            for (int i = 0; i < n; i++) {
                float c = cm1[c0 + i];
                t[i] = residual ? c + 1 - c * t[i] : c * t[i];
            }
            FactorMath.addScaledRows(rows, t, n, out, k);
        }
    }

    private void pack(float[] y, int[] cols, int from, int to) {
        if (from == packedFrom && to == packedTo) {
            return;
        }
        int n = to - from;
        grow(n);
        packedFrom = from;
        packedTo = to;
        for (int i = 0; i < n; i++) {
            System.arraycopy(y, cols[from + i] * k, rows[i], 0, k);
        }
        // transpose four rows at a time: each factor's column gets four neighbouring stores per pass
        int i = 0;
        for (; i + 3 < n; i += 4) {
            float[] r0 = rows[i];
            float[] r1 = rows[i + 1];
            float[] r2 = rows[i + 2];
            float[] r3 = rows[i + 3];
            for (int f = 0; f < k; f++) {
                float[] column = columns[f];
                column[i] = r0[f];
                column[i + 1] = r1[f];
                column[i + 2] = r2[f];
                column[i + 3] = r3[f];
            }
        }
        for (; i < n; i++) {
            float[] r = rows[i];
            for (int f = 0; f < k; f++) {
                columns[f][i] = r[f];
            }
        }
    }

    private void grow(int n) {
        if (n <= rows.length) {
            return;
        }
        int cap = Math.min(CHUNK, Math.max(n, 2 * rows.length));
        float[][] more = java.util.Arrays.copyOf(rows, cap);
        for (int i = rows.length; i < cap; i++) {
            more[i] = new float[k];
        }
        rows = more;
        for (int f = 0; f < k; f++) {
            columns[f] = new float[cap];
        }
        t = new float[cap];
    }
}
