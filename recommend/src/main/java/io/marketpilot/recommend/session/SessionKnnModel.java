package io.marketpilot.recommend.session;

import io.marketpilot.core.model.Provenance;
import io.marketpilot.recommend.model.ScoringModel;
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

    /** Adds w · (summed transition probability out of the last step's items) / its maximum. */
    private void addTransitions(Query q, float[] out) {
        double w = config.transitionWeight();
        if (w == 0) {
            return;
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
        for (int k = 0; k < distinct; k++) {
            out[item[k]] += (float) (w * sum[k] / max);
        }
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
