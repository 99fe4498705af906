package io.marketpilot.recommend.session;

import io.marketpilot.core.model.Provenance;
import io.marketpilot.recommend.model.ScoreMoments;
import io.marketpilot.recommend.model.ScoringModel;
import io.marketpilot.recommend.model.SparseScores;
import io.marketpilot.recommend.model.UserHistory;
import java.util.Arrays;

/**
 * V-SKNN with a transition blend. The query is the history's last {@code historyLength} items, weighted by
 * {@link Decay} from the newest. Among the {@code sampleSize} most recent past sessions sharing an item with the
 * query (a known user's own sessions excluded: they only hold items the user already has), the {@code neighbours}
 * most similar — cosine between the weighted query and the session's item set — vote for their items with their
 * similarity. Final score: (1 − w) · votes / max vote + w · transition probability / the row's max, with
 * transitions out of the items of the history's last time step. Items neither part reaches rank below all others, by
 * popularity.
 * Immutable and thread-safe.
 */
public final class SessionKnnModel implements ScoringModel {
    /** Longest usable query (positions are packed into 16 bits during neighbour search). */
    static final int MAX_HISTORY = 1000;

    private final int itemCount;
    private final Sessions sessions;
    private final Transitions transitions;
    private final SessionKnnConfig config;
    private final Provenance provenance;
    private final int[] itemStart;
    private final float[] popularity;
    private final NeighbourVotes votes;
    private volatile double[] fallbackSums;

    SessionKnnModel(int itemCount, Sessions sessions, Transitions transitions, SessionKnnConfig config,
                    Provenance provenance) {
        this.itemCount = itemCount;
        this.sessions = sessions;
        this.transitions = transitions;
        this.config = config;
        this.provenance = provenance;
        int[][] index = sessions.itemIndex(itemCount);
        this.itemStart = index[0];
        this.votes = new NeighbourVotes(sessions, itemStart, index[1]);
        int maxDegree = 1;
        for (int i = 0; i < itemCount; i++) {
            maxDegree = Math.max(maxDegree, itemStart[i + 1] - itemStart[i]);
        }
        this.popularity = new float[itemCount];
        for (int i = 0; i < itemCount; i++) {
            popularity[i] = (itemStart[i + 1] - itemStart[i]) / (float) maxDegree;
        }
    }

    @Override
    public int itemCount() {
        return itemCount;
    }

    @Override
    public void score(UserHistory history, float[] out) {
        Arrays.fill(out, 0f);
        Query q = Query.of(history, config.historyLength(), config.decay(), itemCount);
        if (q.size() > 0) {
            float knn = votes.vote(q, history.user(), config.sampleSize(), config.neighbours(), out);
            float keep = (float) (1 - config.transitionWeight());
            for (int i = 0; i < out.length && knn > 0; i++) {
                out[i] = out[i] / knn * keep;
            }
            addTransitions(q, out);
        }
        for (int i = 0; i < out.length; i++) {
            // scored items land in (0, ...), the rest in [-1, 0] by popularity: a lexicographic order
            out[i] = out[i] > 0 ? out[i] : popularity[i] - 1f;
        }
    }

    /**
     * The same scores as {@link #score}, with votes and transitions accumulated only for the items they reach; the
     * moments add those items' scores to the popularity fallback's sums over the catalogue.
     */
    @Override
    public ScoreMoments scoreCandidates(UserHistory history, int[] candidates, float[] out) {
        Query q = Query.of(history, config.historyLength(), config.decay(), itemCount);
        SparseScores s = new SparseScores(itemCount, (long) config.neighbours() * 16);
        if (q.size() > 0) {
            float knn = votes.vote(q, history.user(), config.sampleSize(), config.neighbours(), s);
            float keep = (float) (1 - config.transitionWeight());
            for (int k = 0; k < s.size() && knn > 0; k++) {
                int i = s.item(k);
                s.set(i, s.get(i) / knn * keep);
            }
            Summed t = transitionsOutOf(q);
            for (int k = 0; k < t.size(); k++) {
                s.add(t.items()[k], (float) (config.transitionWeight() * t.sums()[k] / t.max()));
            }
        }
        double[] base = fallbackSums();
        double sum = base[0];
        double sq = base[1];
        for (int k = 0; k < s.size(); k++) {
            int i = s.item(k);
            float v = s.get(i);
            if (v > 0) {
                float fallback = popularity[i] - 1f;
                sum += v - fallback;
                sq += (double) v * v - (double) fallback * fallback;
            }
        }
        for (int c = 0; c < candidates.length; c++) {
            int i = candidates[c];
            float v = s.get(i);
            out[c] = v > 0 ? v : popularity[i] - 1f;
        }
        return ScoreMoments.fromSums(sum, sq, itemCount);
    }

    /** Adds w · (summed transition probability out of the last step's items) / its maximum. */
    private void addTransitions(Query q, float[] out) {
        double w = config.transitionWeight();
        if (w == 0) {
            return;
        }
        Summed t = transitionsOutOf(q);
        for (int k = 0; k < t.size(); k++) {
            out[t.items()[k]] += (float) (w * t.sums()[k] / t.max());
        }
    }

    /** Items reachable by a transition, their summed probabilities, and the largest sum. */
    private record Summed(int[] items, float[] sums, int size, float max) {}

    private Summed transitionsOutOf(Query q) {
        if (config.transitionWeight() == 0) {
            return new Summed(new int[0], new float[0], 0, 0);
        }
        int[] from = q.lastStep();
        int total = 0;
        for (int i : from) {
            total += transitions.start()[i + 1] - transitions.start()[i];
        }
        long[] keyed = new long[total];
        int n = 0;
        for (int i : from) {
            for (int p = transitions.start()[i]; p < transitions.start()[i + 1]; p++) {
                keyed[n++] = ((long) transitions.item()[p] << 32) | p;
            }
        }
        Arrays.sort(keyed);
        int[] item = new int[n];
        float[] sum = new float[n];
        int distinct = 0;
        float max = 0;
        for (int k = 0; k < n; k++) {
            int it = (int) (keyed[k] >>> 32);
            float pr = transitions.prob()[(int) keyed[k]];
            if (distinct > 0 && item[distinct - 1] == it) {
                sum[distinct - 1] += pr;
            } else {
                item[distinct] = it;
                sum[distinct++] = pr;
            }
            max = Math.max(max, sum[distinct - 1]);
        }
        return new Summed(item, sum, distinct, max);
    }

    /** Σ and Σ² of the popularity fallback {@code popularity − 1} over all items (computed once). */
    private double[] fallbackSums() {
        double[] s = fallbackSums;
        if (s == null) {
            s = new double[2];
            for (float p : popularity) {
                float f = p - 1f;
                s[0] += f;
                s[1] += (double) f * f;
            }
            fallbackSums = s;
        }
        return s;
    }

    @Override
    public Provenance provenance() {
        return provenance;
    }

    Sessions sessions() {
        return sessions;
    }

    Transitions transitions() {
        return transitions;
    }

    SessionKnnConfig config() {
        return config;
    }
}
