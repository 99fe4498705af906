package io.marketpilot.recommend.content;

import io.marketpilot.core.model.Provenance;
import io.marketpilot.recommend.model.ScoreMoments;
import io.marketpilot.recommend.model.ScoringModel;
import io.marketpilot.recommend.model.SimilarItems;
import io.marketpilot.recommend.model.SparseScores;
import io.marketpilot.recommend.model.UserHistory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Content-based scoring. A user's profile is the sum of the unit vectors of the history's newest
 * {@code profileLength} items, the k-th newest weighted {@code recencyDecay^k}; an item's score is the cosine
 * between its vector and the profile. Items with no similarity (no vector, or nothing in common) rank below all
 * others, by popularity, so an empty or text-less history gets popular items. An item without interactions but with
 * a vector is scored like any other: that is the cold-start path. Immutable and thread-safe.
 */
public final class ContentModel implements ScoringModel, SimilarItems {
    private final VectorIndex index;
    private final Rows neighbours;
    private final float[] popularity;
    private final double recencyDecay;
    private final int profileLength;
    private final Provenance provenance;
    private volatile double[] fallbackSums;

    ContentModel(Rows vectors, Rows neighbours, float[] popularity, double recencyDecay, int profileLength,
                 Provenance provenance) {
        this.index = new VectorIndex(vectors);
        this.neighbours = neighbours;
        this.popularity = popularity;
        this.recencyDecay = recencyDecay;
        this.profileLength = profileLength;
        this.provenance = provenance;
    }

    @Override
    public int itemCount() {
        return popularity.length;
    }

    @Override
    public SimilarItems.Scored related(int item, int n) {
        List<SimilarItem> similar = similar(item, n);
        int[] items = new int[similar.size()];
        float[] scores = new float[similar.size()];
        for (int k = 0; k < items.length; k++) {
            items[k] = similar.get(k).item();
            scores[k] = (float) similar.get(k).similarity();
        }
        return new SimilarItems.Scored(items, scores);
    }

    /** The at most {@code n} items most similar to {@code item} by content, best first (empty when it has no text). */
    public List<SimilarItem> similar(int item, int n) {
        if (item < 0 || item >= itemCount() || n <= 0) {
            return List.of();
        }
        int from = neighbours.start()[item];
        int to = Math.min(neighbours.start()[item + 1], from + n);
        List<SimilarItem> out = new ArrayList<>(to - from);
        for (int p = from; p < to; p++) {
            out.add(new SimilarItem(neighbours.col()[p], neighbours.value()[p]));
        }
        return out;
    }

    @Override
    public void score(UserHistory history, float[] out) {
        Arrays.fill(out, 0f);
        Profile p = profile(history);
        if (p != null) {
            index.dotAll(p.dims(), p.values(), out);
        }
        for (int i = 0; i < out.length; i++) {
            // cosines land in [1, 3], items without any similarity in [-1, 0] by popularity: a lexicographic order
            out[i] = out[i] != 0 ? 2 + out[i] : popularity[i] - 1;
        }
    }

    /**
     * The same scores as {@link #score}, with the cosines accumulated only for the items sharing a term with the
     * profile; the moments add those items' scores to the popularity fallback's sums over the catalogue.
     */
    @Override
    public ScoreMoments scoreCandidates(UserHistory history, int[] candidates, float[] out) {
        Profile p = profile(history);
        SparseScores cos = new SparseScores(itemCount(), p == null ? 0 : index.postings(p.dims()));
        if (p != null) {
            index.dotAll(p.dims(), p.values(), cos);
        }
        double[] base = fallbackSums();
        double sum = base[0];
        double sq = base[1];
        for (int k = 0; k < cos.size(); k++) {
            int i = cos.item(k);
            float v = cos.get(i);
            if (v != 0) {
                float fallback = popularity[i] - 1;
                float score = 2 + v;
                sum += score - fallback;
                sq += (double) score * score - (double) fallback * fallback;
            }
        }
        for (int c = 0; c < candidates.length; c++) {
            int i = candidates[c];
            float v = cos.get(i);
            out[c] = v != 0 ? 2 + v : popularity[i] - 1;
        }
        return ScoreMoments.fromSums(sum, sq, itemCount());
    }

    /** The user's unit profile vector (sparse, dimensions ascending), or null when it has no term. */
    private Profile profile(UserHistory history) {
        Rows v = index.vectors();
        int[] items = history.items();
        int used = 0;
        int total = 0;
        for (int k = items.length - 1; k >= 0 && used < profileLength; k--, used++) {
            total += items[k] >= 0 && items[k] < itemCount() ? v.length(items[k]) : 0;
        }
        // (dimension, position) keys gather equal dimensions; weights are summed per dimension below
        long[] keyed = new long[total];
        float[] weight = new float[total];
        int n = 0;
        double w = 1;
        for (int k = items.length - 1; k >= items.length - used; k--, w *= recencyDecay) {
            int i = items[k];
            if (i < 0 || i >= itemCount()) {
                continue;
            }
            for (int p = v.start()[i]; p < v.start()[i + 1]; p++) {
                keyed[n] = ((long) v.col()[p] << 32) | n;
                weight[n++] = (float) (w * v.value()[p]);
            }
        }
        Arrays.sort(keyed, 0, n);
        int[] dims = new int[n];
        float[] values = new float[n];
        int distinct = 0;
        double sq = 0;
        for (int k = 0; k < n; ) {
            int d = (int) (keyed[k] >>> 32);
            double sum = 0;
            while (k < n && (int) (keyed[k] >>> 32) == d) {
                sum += weight[(int) keyed[k++]];
            }
            dims[distinct] = d;
            values[distinct++] = (float) sum;
            sq += sum * sum;
        }
        if (sq <= 0) {
            return null;
        }
        float inv = (float) (1 / Math.sqrt(sq));
        for (int k = 0; k < distinct; k++) {
            values[k] *= inv;
        }
        return new Profile(Arrays.copyOf(dims, distinct), Arrays.copyOf(values, distinct));
    }

    /** A sparse unit vector. */
    private record Profile(int[] dims, float[] values) {}

    /** Σ and Σ² of the popularity fallback {@code popularity − 1} over all items (computed once). */
    private double[] fallbackSums() {
        double[] s = fallbackSums;
        if (s == null) {
            s = new double[2];
            for (float p : popularity) {
                float f = p - 1;
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

    Rows vectors() {
        return index.vectors();
    }

    Rows neighbours() {
        return neighbours;
    }

    float[] popularity() {
        return popularity;
    }

    double recencyDecay() {
        return recencyDecay;
    }

    int profileLength() {
        return profileLength;
    }
}
