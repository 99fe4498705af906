package io.marketpilot.engine.recommend;

import io.marketpilot.recommend.model.ScoreMoments;
import io.marketpilot.recommend.model.SimilarItems;
import java.util.List;
import java.util.Optional;

/**
 * One request's item scores, built from parts on a common scale (standard deviations of the personal model's
 * scores over the whole catalogue): trending as a tiny tie-break under everything (so every eligible item has a
 * score and gaps fill with what is hot), then the personal model or cold-start popularity, then relatedness to
 * context items, then boosts. Remembers which part made each item strong, for the explanation. Scores are kept by
 * {@link Candidates} position: every item on small catalogues, the retrieved candidates on large ones (where the
 * personal model scores only those, z-scored with its moments over the catalogue, so both paths agree).
 */
final class Scoring {
    /** Trending under everything, weak enough to only break ties. */
    private static final float TIE_BREAK = 1e-3f;
    /** Standard deviations the most related item gains per unit of context weight. */
    private static final float CONTEXT_SCALE = 10f;
    /** How many related items each context item contributes. */
    private static final int RELATED = 200;

    private final ShopModels models;
    private final CustomerHistory history;
    private final Candidates candidates;
    private final float[] scores;
    private final float[] trending;
    private String[] reasons;
    private String[] groups;
    private boolean personal;

    /** {@code trending} must be the snapshot at the history's request time (as of training when it is null). */
    Scoring(ShopModels models, CustomerHistory history, Candidates candidates, TrendingNow.Snapshot trending) {
        this.models = models;
        this.history = history;
        this.candidates = candidates;
        int n = candidates.size();
        this.scores = new float[n];
        this.trending = new float[n];
        for (int p = 0; p < n; p++) {
            this.trending[p] = trending.z()[candidates.item(p)];
            scores[p] = TIE_BREAK * this.trending[p];
        }
    }

    /** Scores by candidate position. */
    float[] scores() {
        return scores;
    }

    Candidates candidates() {
        return candidates;
    }

    /** Adds the personal model's z-scored scores for the customer's history. */
    String personal() {
        float[] p = new float[scores.length];
        if (candidates.isAll()) {
            models.personal().score(history.forModel(), p);
            zScores(p);
        } else {
            ScoreMoments m = models.personal().scoreCandidates(history.forModel(), candidates.items(), p);
            m.zScores(p, p.length);
        }
        for (int i = 0; i < p.length; i++) {
            scores[i] += p[i];
        }
        personal = true;
        return "personal";
    }

    /** No history: popularity in the customer's groups (city, tier, request geo), then trending. */
    String coldStart(List<String> groupKeys) {
        for (int i = 0; i < scores.length; i++) {
            scores[i] += 0.5f * trending[i];
        }
        for (String key : groupKeys) {
            GroupPopularity.Ranked r = models.groups().byGroup().get(key);
            if (r == null) {
                continue;
            }
            int len = r.items().length;
            for (int k = 0; k < len; k++) {
                int i = candidates.position(r.items()[k]);
                if (i < 0) {
                    continue;
                }
                scores[i] += 2f * (1f - (float) k / len);
                if (groups == null) {
                    groups = new String[scores.length];
                }
                if (groups[i] == null) {
                    groups[i] = key;
                }
            }
        }
        return "cold-start";
    }

    /**
     * Adds relatedness to each context item, scaled so the most related item gains {@code weight} ×
     * {@link #CONTEXT_SCALE} standard deviations of the personal score: with weight ≥ 1 related items lead (a
     * personal score rarely exceeds 10 σ), and the personal model orders items of similar relatedness. A constant
     * scale keeps exact and two-stage serving identical.
     */
    void relatedTo(List<Integer> context, String role, double weight, boolean cart, Explainer explainer) {
        float top = CONTEXT_SCALE;
        for (int c : context) {
            SimilarItems.Scored r = related(models, role, c);
            if (r.size() == 0) {
                continue;
            }
            float max = r.scores()[0] > 0 ? r.scores()[0] : 1f;
            String why = cart ? explainer.boughtWith(c) : explainer.similarTo(c);
            for (int k = 0; k < r.size(); k++) {
                int i = candidates.position(r.items()[k]);
                if (i < 0) {
                    continue;
                }
                float add = (float) (top * weight * Math.max(0, r.scores()[k]) / max);
                scores[i] += add;
                if (add > 1) {
                    reason(i, why);
                }
            }
        }
    }

    /** Multiplies appeal: a boost factor f (by position) adds ln(f) standard deviations. */
    void boost(float[] factors) {
        if (factors == null) {
            return;
        }
        for (int i = 0; i < scores.length; i++) {
            if (factors[i] != 1f) {
                scores[i] += (float) Math.log(factors[i]);
            }
        }
    }

    /** Why the candidate at {@code position} is recommended. */
    String reason(int position, CustomerHistory h, Explainer explainer) {
        String r = reasons == null ? null : reasons[position];
        if (r == null && groups != null && groups[position] != null) {
            return explainer.popularIn(groups[position]);
        }
        int item = candidates.item(position);
        if (r != null) {
            return r;
        }
        if (personal) {
            Optional<String> because = explainer.because(item, h);
            if (because.isPresent()) {
                return because.get();
            }
            return trending[position] > 1 ? explainer.trending(item) : "recommended for you";
        }
        return explainer.trending(item);
    }

    private void reason(int position, String why) {
        if (reasons == null) {
            reasons = new String[scores.length];
        }
        if (reasons[position] == null) {
            reasons[position] = why;
        }
    }

    /**
     * The items related to a context item that {@link #relatedTo} adds: the role's model, else behaviour (similar),
     * else content; retrieval takes its context candidates from here too.
     */
    static SimilarItems.Scored related(ShopModels models, String role, int item) {
        SimilarItems.Scored r = related(models.related(role), item);
        if (r.size() == 0) {
            r = related(models.related(ShopModels.SIMILAR), item);
        }
        if (r.size() == 0) {
            r = related(models.related(ShopModels.CONTENT), item);
        }
        return r;
    }

    private static SimilarItems.Scored related(Optional<SimilarItems> model, int item) {
        return model.map(m -> m.related(item, RELATED)).orElse(SimilarItems.Scored.EMPTY);
    }

    static void zScores(float[] s) {
        double sum = 0;
        double sq = 0;
        for (float v : s) {
            sum += v;
            sq += (double) v * v;
        }
        double mean = sum / Math.max(1, s.length);
        double sd = Math.sqrt(Math.max(0, sq / Math.max(1, s.length) - mean * mean));
        if (sd < 1e-12) {
            java.util.Arrays.fill(s, 0f);
            return;
        }
        for (int i = 0; i < s.length; i++) {
            s[i] = (float) ((s[i] - mean) / sd);
        }
    }
}
