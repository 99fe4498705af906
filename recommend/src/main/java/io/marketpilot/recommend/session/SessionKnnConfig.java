package io.marketpilot.recommend.session;

import io.marketpilot.recommend.model.AlgorithmConfig;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Hyper-parameters of {@code session-knn}.
 *
 * @param neighbours        k: past sessions whose items are scored
 * @param sampleSize        m: only the m most recent past sessions sharing an item with the query are compared
 * @param decay             weight of the query's items by position from the end
 * @param transitionWeight  share (0..1) of the final score from first-order transitions out of the last step
 * @param historyLength     the query is the last this-many items of the history
 * @param sessionGapMinutes a user's pairs (ordered by time) start a new training session after a longer gap than
 *                          this; 0 makes each user's whole history one session
 */
public record SessionKnnConfig(int neighbours, int sampleSize, Decay decay, double transitionWeight,
                               int historyLength, int sessionGapMinutes) implements AlgorithmConfig {
    public SessionKnnConfig {
        Objects.requireNonNull(decay, "decay");
        if (neighbours < 1 || sampleSize < 1 || historyLength < 1) {
            throw new IllegalArgumentException("neighbours, sampleSize and historyLength must be >= 1, were "
                + neighbours + ", " + sampleSize + ", " + historyLength);
        }
        if (historyLength > SessionKnnModel.MAX_HISTORY) {
            throw new IllegalArgumentException("historyLength must be <= " + SessionKnnModel.MAX_HISTORY + ", was "
                + historyLength);
        }
        if (!(transitionWeight >= 0 && transitionWeight <= 1)) {
            throw new IllegalArgumentException("transitionWeight must be in [0, 1], was " + transitionWeight);
        }
        if (sessionGapMinutes < 0) {
            throw new IllegalArgumentException("sessionGapMinutes must be >= 0, was " + sessionGapMinutes);
        }
    }

    /**
     * k 200, m 2000, linear decay, transitions 10 %, last 20 items, 30-minute sessions: the best of the search space
     * on UCI Online Retail ({@code loo}, NDCG@10 0.112).
     */
    public static SessionKnnConfig defaults() {
        return new SessionKnnConfig(200, 2000, Decay.linear(), 0.1, 20, 30);
    }

    public SessionKnnConfig withNeighbours(int k) {
        return new SessionKnnConfig(k, sampleSize, decay, transitionWeight, historyLength, sessionGapMinutes);
    }

    public SessionKnnConfig withSampleSize(int m) {
        return new SessionKnnConfig(neighbours, m, decay, transitionWeight, historyLength, sessionGapMinutes);
    }

    public SessionKnnConfig withDecay(Decay d) {
        return new SessionKnnConfig(neighbours, sampleSize, d, transitionWeight, historyLength, sessionGapMinutes);
    }

    public SessionKnnConfig withTransitionWeight(double w) {
        return new SessionKnnConfig(neighbours, sampleSize, decay, w, historyLength, sessionGapMinutes);
    }

    public SessionKnnConfig withHistoryLength(int n) {
        return new SessionKnnConfig(neighbours, sampleSize, decay, transitionWeight, n, sessionGapMinutes);
    }

    public SessionKnnConfig withSessionGapMinutes(int g) {
        return new SessionKnnConfig(neighbours, sampleSize, decay, transitionWeight, historyLength, g);
    }

    @Override
    public Map<String, Object> params() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("k", neighbours);
        p.put("sample_size", sampleSize);
        p.put("decay", decay.describe());
        p.put("transition_weight", transitionWeight);
        p.put("history_length", historyLength);
        p.put("session_gap_minutes", sessionGapMinutes);
        return p;
    }
}
