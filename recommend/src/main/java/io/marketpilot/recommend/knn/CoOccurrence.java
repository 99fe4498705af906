package io.marketpilot.recommend.knn;

import io.marketpilot.recommend.data.Interactions;
import java.util.function.DoubleConsumer;

/**
 * Builds each item's top-k neighbour list from sparse co-occurrence, never an n × n matrix: for item i, walk its
 * users (the transposed matrix) and their items, accumulating common-user counts (and weighted dot products) in
 * dense per-thread arrays, then score only the items touched. Item i keeps the k items j with the highest
 * {@code sim(j → i)}: the history items allowed to vote for i. Cost Σ_u (items of u)², split over items on several
 * threads; results do not depend on the thread count.
 */
final class CoOccurrence {
    private final Interactions data;
    private final Interactions byItem;
    private final ItemKnnConfig config;
    /** Users of each item, Σ weight² per item (the user count on binary data) and 1 / sqrt of that. */
    private final int[] count;
    private final double[] norm2;
    private final double[] invNorm;
    /** Asymmetric cosine denominators: norm2^α for the history side, norm2^(1-α) for the candidate. */
    private final double[] fromPow;
    private final double[] toPow;
    /** LLR's x ln x for every count up to the number of users, looked up instead of four logs per pair. */
    private final Llr llr;

    private CoOccurrence(Interactions data, ItemKnnConfig config) {
        this.data = data;
        this.byItem = data.transpose();
        this.config = config;
        int n = data.itemCount();
        count = new int[n];
        norm2 = new double[n];
        invNorm = new double[n];
        fromPow = new double[n];
        toPow = new double[n];
        for (int i = 0; i < n; i++) {
            count[i] = byItem.rowLength(i);
            double s = 0;
            for (int p = byItem.rowStart(i); p < byItem.rowEnd(i); p++) {
                double w = value(byItem.weight(p));
                s += w * w;
            }
            norm2[i] = s;
            invNorm[i] = s > 0 ? 1 / Math.sqrt(s) : 0;
            fromPow[i] = Math.pow(s, config.alpha());
            toPow[i] = Math.pow(s, 1 - config.alpha());
        }
        int active = 0;
        for (int u = 0; u < data.userCount(); u++) {
            if (data.rowLength(u) > 0) {
                active++;
            }
        }
        llr = config.similarity() == Similarity.LLR ? new Llr(active) : null;
    }

    /** Neighbour lists of every item of {@code data}. */
    static NeighbourLists build(Interactions data, ItemKnnConfig config, int threads, DoubleConsumer progress) {
        CoOccurrence c = new CoOccurrence(data, config);
        int n = data.itemCount();
        int[][] items = new int[n][];
        float[][] sims = new float[n][];
        Parallel.run(n, 64, threads, () -> new Scratch(n, config.k(), config.weighted()), (s, from, to) -> {
            for (int i = from; i < to; i++) {
                c.neighbours(i, s);
                items[i] = new int[s.top.size()];
                sims[i] = new float[s.top.size()];
                s.top.drainTo(items[i], sims[i]);
            }
        }, progress);
        return NeighbourLists.of(items, sims);
    }

    private double value(float weight) {
        return config.weighted() ? weight : 1.0;
    }

    /** Fills {@code s.top} with the best neighbours of item i and leaves the other scratch arrays zeroed. */
    private void neighbours(int i, Scratch s) {
        int[] rowStart = data.rowStartArray();
        int[] cols = data.colArray();
        float[] weights = data.weightArray();
        boolean weighted = config.weighted();
        int touched = 0;
        for (int p = byItem.rowStart(i); p < byItem.rowEnd(i); p++) {
            int u = byItem.col(p);
            double xu = value(byItem.weight(p));
            for (int q = rowStart[u]; q < rowStart[u + 1]; q++) {
                int j = cols[q];
                if (s.co[j]++ == 0) {
                    s.touched[touched++] = j;
                }
                if (weighted) {
                    s.dot[j] += xu * weights[q];
                }
            }
        }
        s.top.clear();
        for (int t = 0; t < touched; t++) {
            int j = s.touched[t];
            int co = s.co[j];
            s.co[j] = 0;
            double dot = co;
            if (weighted) {
                dot = s.dot[j];
                s.dot[j] = 0;
            }
            if (j == i) {
                continue;
            }
            double sim = similarity(j, i, co, dot);
            if (config.shrink() > 0) {
                sim *= co / (co + config.shrink());
            }
            s.top.offer((float) sim, j);
        }
    }

    /** Similarity from history item {@code from} to candidate {@code to}. */
    private double similarity(int from, int to, int co, double dot) {
        return switch (config.similarity()) {
            case COSINE -> dot * invNorm[from] * invNorm[to];
            case ASYMMETRIC_COSINE -> dot / (fromPow[from] * toPow[to]);
            case JACCARD -> dot / (norm2[from] + norm2[to] - dot);
            case LLR -> llr.positive(co, count[from], count[to]);
        };
    }

    /** Per-thread accumulators, all zero between items. */
    private static final class Scratch {
        final int[] co;
        final double[] dot;
        final int[] touched;
        final TopK top;

        Scratch(int n, int k, boolean weighted) {
            co = new int[n];
            dot = new double[weighted ? n : 0];
            touched = new int[n];
            top = new TopK(k, 1024);
        }
    }
}
