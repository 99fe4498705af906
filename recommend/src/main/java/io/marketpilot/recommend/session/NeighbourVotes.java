package io.marketpilot.recommend.session;

import io.marketpilot.recommend.model.SparseScores;
import java.util.Arrays;

/**
 * The neighbour search of one query. Taking at most m sessions from each query item's list (most recent first) is
 * exact: a session among the m most recent of the union is among the m most recent of any of its items' lists.
 */
final class NeighbourVotes {
    private final Sessions sessions;
    private final int[] itemStart;
    private final int[] itemSessions;

    NeighbourVotes(Sessions sessions, int[] itemStart, int[] itemSessions) {
        this.sessions = sessions;
        this.itemStart = itemStart;
        this.itemSessions = itemSessions;
    }

    /** Adds each neighbour's similarity to its items in {@code votes}; returns the largest vote (0 if none). */
    float vote(Query q, int user, int m, int k, float[] votes) {
        Neighbours nb = neighbours(q, user, m, k);
        float max = 0;
        for (int j = 0; j < nb.size(); j++) {
            int s = nb.sessions()[j];
            float w = nb.weights()[j];
            for (int p = sessions.start()[s]; p < sessions.start()[s + 1]; p++) {
                int item = sessions.items()[p];
                votes[item] += w;
                max = Math.max(max, votes[item]);
            }
        }
        return max;
    }

    /** The same votes into a sparse accumulator (only the neighbours' items are touched). */
    float vote(Query q, int user, int m, int k, SparseScores votes) {
        Neighbours nb = neighbours(q, user, m, k);
        float max = 0;
        for (int j = 0; j < nb.size(); j++) {
            int s = nb.sessions()[j];
            float w = nb.weights()[j];
            for (int p = sessions.start()[s]; p < sessions.start()[s + 1]; p++) {
                int item = sessions.items()[p];
                votes.add(item, w);
                max = Math.max(max, votes.get(item));
            }
        }
        return max;
    }

    /** The voting sessions, most similar first, and their similarities. */
    private record Neighbours(int[] sessions, float[] weights) {
        int size() {
            return sessions.length;
        }
    }

    private Neighbours neighbours(Query q, int user, int m, int k) {
        int bound = 0;
        for (int item : q.items()) {
            bound += Math.min(m, itemStart[item + 1] - itemStart[item]);
        }
        long[] keyed = new long[bound];
        int n = 0;
        for (int qi = 0; qi < q.size(); qi++) {
            int item = q.items()[qi];
            int taken = 0;
            for (int p = itemStart[item]; p < itemStart[item + 1] && taken < m; p++) {
                int s = itemSessions[p];
                if (sessions.user()[s] != user) {
                    keyed[n++] = ((long) s << 16) | qi;
                    taken++;
                }
            }
        }
        Arrays.sort(keyed, 0, n);
        int[] cand = new int[Math.min(n, m)];
        double[] sim = new double[cand.length];
        int c = 0;
        for (int a = 0; a < n && c < cand.length; ) {
            int s = (int) (keyed[a] >>> 16);
            double dot = 0;
            while (a < n && (int) (keyed[a] >>> 16) == s) {
                dot += q.weights()[(int) (keyed[a] & 0xFFFF)];
                a++;
            }
            cand[c] = s;
            sim[c++] = dot / (q.norm() * Math.sqrt(sessions.length(s)));
        }
        Integer[] order = new Integer[c];
        for (int j = 0; j < c; j++) {
            order[j] = j;
        }
        // most similar first; among equals the more recent session (lower index)
        Arrays.sort(order, (x, y) -> sim[x] != sim[y] ? Double.compare(sim[y], sim[x]) : Integer.compare(x, y));
        int used = Math.min(k, c);
        int[] picked = new int[used];
        float[] weights = new float[used];
        for (int j = 0; j < used; j++) {
            picked[j] = cand[order[j]];
            weights[j] = (float) sim[order[j]];
        }
        return new Neighbours(picked, weights);
    }
}
