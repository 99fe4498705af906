package io.marketpilot.recommend.retrieval;

/**
 * Dot products of a query vector with rows of a row-major matrix ({@code rows[r·k .. r·k + k)}): the kernel of
 * top-k retrieval and candidate scoring. {@link #fastest()} uses the Vector API ({@code jdk.incubator.vector}) when
 * the JVM was started with {@code --add-modules jdk.incubator.vector}, and a scalar loop with eight independent sums
 * otherwise; both give the same results within float rounding. Implementations are stateless and thread-safe.
 */
public sealed interface InnerProducts permits VectorInnerProducts, ScalarInnerProducts {
    /** {@code Σ a[ao + f] · b[bo + f]} for {@code f < len}. */
    float dot(float[] a, int ao, float[] b, int bo, int len);

    /** {@code out[outAt + r - from] = rows[r] · query} for rows {@code from ≤ r < to} of width {@code k}. */
    void rowRange(float[] rows, int k, int from, int to, float[] query, float[] out, int outAt);

    /** {@code out[c] = rows[ids[c]] · query} for every {@code c < ids.length}. */
    void selectedRows(float[] rows, int k, int[] ids, float[] query, float[] out);

    /** Whether this is the Vector API implementation. */
    boolean vectorised();

    /** The Vector API kernels when the module is present in this JVM, else the scalar ones. */
    static InnerProducts fastest() {
        return Holder.FASTEST;
    }

    /** The plain-Java kernels (the fallback; also what tests compare the vectorised ones against). */
    static InnerProducts scalar() {
        return ScalarInnerProducts.INSTANCE;
    }

    /** Chooses once per JVM; the vector class is only loaded when its module is there. */
    final class Holder {
        static final InnerProducts FASTEST = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()
            ? VectorInnerProducts.create() : ScalarInnerProducts.INSTANCE;

        private Holder() {}
    }
}
