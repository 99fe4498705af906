package io.marketpilot.recommend.evaluation;

/**
 * Top-N metrics for one user: a ranked list of item indices against a set of target items, at cutoff k. Binary
 * relevance. Definitions follow EVALUATION.md §2:
 * <ul>
 *   <li>HR@k: 1 if any target is in the top k;</li>
 *   <li>Recall@k: hits / min(k, |targets|); Precision@k: hits / k;</li>
 *   <li>NDCG@k: Σ 1/log2(rank+1) over hits in the top k, divided by the ideal Σ over min(k, |targets|) ranks;</li>
 *   <li>MRR@k: 1/rank of the first hit in the top k, else 0.</li>
 * </ul>
 */
public final class RankingMetrics {
    private RankingMetrics() {}

    /** Metric values of one ranked list. */
    public record UserMetrics(double hr, double recall, double precision, double ndcg, double mrr) {}

    /** {@code ranked} best first (may be longer or shorter than k); {@code targets} distinct. */
    public static UserMetrics of(int[] ranked, int[] targets, int k) {
        if (k <= 0) {
            throw new IllegalArgumentException("k must be positive, was " + k);
        }
        if (targets.length == 0) {
            throw new IllegalArgumentException("a test user needs at least one target item");
        }
        int hits = 0;
        double dcg = 0;
        double rr = 0;
        int upTo = Math.min(k, ranked.length);
        for (int pos = 0; pos < upTo; pos++) {
            if (contains(targets, ranked[pos])) {
                hits++;
                dcg += 1.0 / log2(pos + 2);
                if (rr == 0) {
                    rr = 1.0 / (pos + 1);
                }
            }
        }
        int ideal = Math.min(k, targets.length);
        double idcg = 0;
        for (int pos = 0; pos < ideal; pos++) {
            idcg += 1.0 / log2(pos + 2);
        }
        return new UserMetrics(hits > 0 ? 1 : 0, (double) hits / ideal, (double) hits / k, dcg / idcg, rr);
    }

    private static boolean contains(int[] a, int v) {
        for (int x : a) {
            if (x == v) {
                return true;
            }
        }
        return false;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
