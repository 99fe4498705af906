package io.marketpilot.recommend.retrieval;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Dot products with the Vector API at the CPU's preferred width (8 floats with AVX2, 16 with AVX-512). Rows are
 * taken four at a time so each query chunk is loaded once per four rows; each row keeps its own accumulator and is
 * reduced once at the end. Only loaded when {@code jdk.incubator.vector} is in the boot layer.
 */
final class VectorInnerProducts implements InnerProducts {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;

    private VectorInnerProducts() {}

    static InnerProducts create() {
        return new VectorInnerProducts();
    }

    @Override
    public float dot(float[] a, int ao, float[] b, int bo, int len) {
        FloatVector acc = FloatVector.zero(S);
        int f = 0;
        int upper = S.loopBound(len);
        for (; f < upper; f += S.length()) {
            acc = FloatVector.fromArray(S, a, ao + f).fma(FloatVector.fromArray(S, b, bo + f), acc);
        }
        float s = acc.reduceLanes(VectorOperators.ADD);
        for (; f < len; f++) {
            s += a[ao + f] * b[bo + f];
        }
        return s;
    }

    @Override
    public void rowRange(float[] rows, int k, int from, int to, float[] query, float[] out, int outAt) {
        int r = from;
        for (; r + 3 < to; r += 4) {
            four(rows, r * k, (r + 1) * k, (r + 2) * k, (r + 3) * k, k, query, out, outAt + r - from);
        }
        for (; r < to; r++) {
            out[outAt + r - from] = dot(rows, r * k, query, 0, k);
        }
    }

    @Override
    public void selectedRows(float[] rows, int k, int[] ids, float[] query, float[] out) {
        int c = 0;
        for (; c + 3 < ids.length; c += 4) {
            four(rows, ids[c] * k, ids[c + 1] * k, ids[c + 2] * k, ids[c + 3] * k, k, query, out, c);
        }
        for (; c < ids.length; c++) {
            out[c] = dot(rows, ids[c] * k, query, 0, k);
        }
    }

    /** Four rows (at offsets o0..o3) against the query, into {@code out[at .. at + 4)}. */
    private static void four(float[] rows, int o0, int o1, int o2, int o3, int k, float[] query, float[] out,
                             int at) {
        FloatVector a0 = FloatVector.zero(S);
        FloatVector a1 = FloatVector.zero(S);
        FloatVector a2 = FloatVector.zero(S);
        FloatVector a3 = FloatVector.zero(S);
        int f = 0;
        int upper = S.loopBound(k);
        for (; f < upper; f += S.length()) {
            FloatVector q = FloatVector.fromArray(S, query, f);
            a0 = FloatVector.fromArray(S, rows, o0 + f).fma(q, a0);
            a1 = FloatVector.fromArray(S, rows, o1 + f).fma(q, a1);
            a2 = FloatVector.fromArray(S, rows, o2 + f).fma(q, a2);
            a3 = FloatVector.fromArray(S, rows, o3 + f).fma(q, a3);
        }
        float s0 = a0.reduceLanes(VectorOperators.ADD);
        float s1 = a1.reduceLanes(VectorOperators.ADD);
        float s2 = a2.reduceLanes(VectorOperators.ADD);
        float s3 = a3.reduceLanes(VectorOperators.ADD);
        for (; f < k; f++) {
            float q = query[f];
            s0 += rows[o0 + f] * q;
            s1 += rows[o1 + f] * q;
            s2 += rows[o2 + f] * q;
            s3 += rows[o3 + f] * q;
        }
        out[at] = s0;
        out[at + 1] = s1;
        out[at + 2] = s2;
        out[at + 3] = s3;
    }

    @Override
    public boolean vectorised() {
        return true;
    }
}
