package io.marketpilot.recommend.evaluation;

import io.marketpilot.recommend.data.Interactions;
import io.marketpilot.recommend.model.ScoringModel;
import io.marketpilot.recommend.model.TopItems;
import io.marketpilot.recommend.model.UserHistory;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.DoubleConsumer;

/**
 * Measures a trained model on a split with full ranking: for each test user, every catalogue item not in the
 * user's training history is a candidate. Single-threaded, so per-user latencies are honest wall-clock numbers.
 */
public final class Evaluator {
    /** Recall/HR/NDCG are also reported at this depth (the peers' tables show Recall@20). */
    static final int SECOND_DEPTH = 20;

    private final Split split;
    private final int k;
    private Interactions itemUsers;

    public Evaluator(Split split, int k) {
        if (k <= 0) {
            throw new IllegalArgumentException("k must be positive, was " + k);
        }
        this.split = split;
        this.k = k;
    }

    /** Metrics and latencies of one model. */
    public record Measured(Map<String, Double> metrics, double msP50, double msP99) {}

    /** Every metric of the protocol plus coverage and intra-list diversity; {@code progress} gets fractions done. */
    public Measured measure(ScoringModel model, DoubleConsumer progress) {
        return run(model, split.users().length, true, progress);
    }

    /** NDCG@k only, over at most {@code maxUsers} test users (evenly spaced): the tuning objective. */
    public double ndcg(ScoringModel model, int maxUsers) {
        return run(model, maxUsers, false, f -> { }).metrics().get("NDCG@" + k);
    }

    private Measured run(ScoringModel model, int maxUsers, boolean full, DoubleConsumer progress) {
        Interactions train = split.train();
        int nItems = model.itemCount();
        if (nItems != train.itemCount()) {
            throw new IllegalArgumentException("model scores " + nItems + " items but the split has "
                + train.itemCount());
        }
        int[] users = split.users();
        int step = Math.max(1, (int) Math.ceil((double) users.length / Math.max(1, maxUsers)));
        int depth = Math.max(k, SECOND_DEPTH);
        float[] scores = new float[nItems];
        boolean[] excluded = new boolean[nItems];
        boolean[] recommended = new boolean[nItems];
        boolean[] catalogue = split.inCatalogue();
        double[] sums = new double[8];
        long[] nanos = new long[users.length];
        double ild = 0;
        int measured = 0;
        for (int t = 0; t < users.length; t += step) {
            int u = users[t];
            UserHistory history = train.history(u).at(split.requestMillis()[t]);
            for (int p = train.rowStart(u); p < train.rowEnd(u); p++) {
                excluded[train.col(p)] = true;
            }
            long start = System.nanoTime();
            model.score(history, scores);
            int[] top = TopItems.of(scores, depth, i -> excluded[i] || !catalogue[i]);
            nanos[measured] = System.nanoTime() - start;
            for (int p = train.rowStart(u); p < train.rowEnd(u); p++) {
                excluded[train.col(p)] = false;
            }
            var atK = RankingMetrics.of(top, split.targets()[t], k);
            sums[0] += atK.hr();
            sums[1] += atK.ndcg();
            sums[2] += atK.mrr();
            sums[3] += atK.recall();
            sums[4] += atK.precision();
            if (full) {
                var at20 = RankingMetrics.of(top, split.targets()[t], SECOND_DEPTH);
                sums[5] += at20.recall();
                sums[6] += at20.ndcg();
                sums[7] += at20.hr();
                for (int j = 0; j < Math.min(k, top.length); j++) {
                    recommended[top[j]] = true;
                }
                ild += intraListDiversity(Arrays.copyOf(top, Math.min(k, top.length)));
            }
            measured++;
            if (full && (measured & 255) == 0) {
                progress.accept((double) t / users.length);
            }
        }
        Map<String, Double> m = new LinkedHashMap<>();
        double n = Math.max(1, measured);
        m.put("HR@" + k, sums[0] / n);
        m.put("NDCG@" + k, sums[1] / n);
        if (split.protocol().equals("loo")) {
            m.put("MRR@" + k, sums[2] / n);
        } else {
            m.put("Recall@" + k, sums[3] / n);
            m.put("Precision@" + k, sums[4] / n);
        }
        if (full) {
            if (k != SECOND_DEPTH) {
                m.put("Recall@" + SECOND_DEPTH, sums[5] / n);
                m.put("NDCG@" + SECOND_DEPTH, sums[6] / n);
                m.put("HR@" + SECOND_DEPTH, sums[7] / n);
            }
            int distinct = 0;
            for (boolean b : recommended) {
                distinct += b ? 1 : 0;
            }
            m.put("coverage@" + k, (double) distinct / Math.max(1, split.itemCount()));
            m.put("ILD@" + k, ild / n);
            progress.accept(1.0);
        }
        long[] lat = Arrays.copyOf(nanos, measured);
        Arrays.sort(lat);
        return new Measured(m, percentileMs(lat, 0.50), percentileMs(lat, 0.99));
    }

    /**
     * Mean pairwise dissimilarity (1 − cosine of the items' training-user sets) of one list: 0 when all items are
     * bought by the same people, 1 when no two share a buyer.
     */
    private double intraListDiversity(int[] list) {
        if (list.length < 2) {
            return 0;
        }
        if (itemUsers == null) {
            itemUsers = split.train().transpose();
        }
        double sum = 0;
        int pairs = 0;
        for (int a = 0; a < list.length; a++) {
            for (int b = a + 1; b < list.length; b++) {
                sum += 1 - cosine(list[a], list[b]);
                pairs++;
            }
        }
        return sum / pairs;
    }

    private double cosine(int a, int b) {
        Interactions m = itemUsers;
        int pa = m.rowStart(a);
        int ea = m.rowEnd(a);
        int pb = m.rowStart(b);
        int eb = m.rowEnd(b);
        int la = ea - pa;
        int lb = eb - pb;
        if (la == 0 || lb == 0) {
            return 0;
        }
        int common = 0;
        while (pa < ea && pb < eb) {
            int ua = m.col(pa);
            int ub = m.col(pb);
            if (ua == ub) {
                common++;
                pa++;
                pb++;
            } else if (ua < ub) {
                pa++;
            } else {
                pb++;
            }
        }
        return common / Math.sqrt((double) la * lb);
    }

    private static double percentileMs(long[] sorted, double q) {
        if (sorted.length == 0) {
            return 0;
        }
        int idx = (int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
        return sorted[Math.max(0, idx)] / 1e6;
    }
}
