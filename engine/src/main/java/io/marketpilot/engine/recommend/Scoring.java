package io.marketpilot.engine.recommend;

import io.marketpilot.recommend.model.SimilarItems;
import io.marketpilot.recommend.model.UserHistory;
import java.util.List;
import java.util.Optional;

/**
 * One request's item scores, built from parts on a common scale (standard deviations of the personal model's
 * scores): trending as a tiny tie-break under everything (so every eligible item has a score and gaps fill with
 * what is hot), then the personal model or cold-start popularity, then relatedness to context items, then boosts.
 * Remembers which part made each item strong, for the explanation.
 */
final class Scoring {
    /** Trending under everything, weak enough to only break ties. */
    private static final float TIE_BREAK = 1e-3f;
    /** How many related items each context item contributes. */
    private static final int RELATED = 200;

    private final ShopModels models;
    private final CustomerHistory history;
    private final float[] scores;
    private final float[] trending;
    private String[] reasons;
    private String[] groups;
    private boolean personal;

    Scoring(ShopModels models, CustomerHistory history) {
        this.models = models;
        this.history = history;
        int n = models.items().size();
        this.scores = new float[n];
        this.trending = new float[n];
        long now = history == null ? Long.MIN_VALUE : history.forModel().nowMillis();
        models.trending().score(UserHistory.anonymous(new int[0]).at(now), trending);
        zScores(trending);
        for (int i = 0; i < n; i++) {
            scores[i] = TIE_BREAK * trending[i];
        }
    }

    float[] scores() {
        return scores;
    }

    /** Adds the personal model's z-scored scores for the customer's history. */
    String personal() {
        float[] p = new float[scores.length];
        models.personal().score(history.forModel(), p);
        zScores(p);
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
                int i = r.items()[k];
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
     * Adds relatedness to each context item, scaled so the most related item gains {@code weight} times the
     * strongest score so far (at least 3 standard deviations): with weight ≥ 1 related items lead, and the personal
     * model orders them.
     */
    void relatedTo(List<Integer> context, String role, double weight, boolean cart, Explainer explainer) {
        float top = 3f;
        for (float v : scores) {
            top = Math.max(top, v);
        }
        for (int c : context) {
            SimilarItems.Scored r = related(role, c);
            if (r.size() == 0) {
                r = related(ShopModels.SIMILAR, c);
            }
            if (r.size() == 0) {
                r = related(ShopModels.CONTENT, c);
            }
            if (r.size() == 0) {
                continue;
            }
            float max = r.scores()[0] > 0 ? r.scores()[0] : 1f;
            String why = cart ? explainer.boughtWith(c) : explainer.similarTo(c);
            for (int k = 0; k < r.size(); k++) {
                int i = r.items()[k];
                float add = (float) (top * weight * Math.max(0, r.scores()[k]) / max);
                scores[i] += add;
                if (add > 1) {
                    reason(i, why);
                }
            }
        }
    }

    /** Multiplies appeal: a boost factor f adds ln(f) standard deviations. */
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

    String reason(int item, CustomerHistory h, Explainer explainer) {
        String r = reasons == null ? null : reasons[item];
        if (r == null && groups != null && groups[item] != null) {
            return explainer.popularIn(groups[item]);
        }
        if (r != null) {
            return r;
        }
        if (personal) {
            Optional<String> because = explainer.because(item, h);
            if (because.isPresent()) {
                return because.get();
            }
            return trending[item] > 1 ? explainer.trending(item) : "recommended for you";
        }
        return explainer.trending(item);
    }

    private void reason(int item, String why) {
        if (reasons == null) {
            reasons = new String[scores.length];
        }
        if (reasons[item] == null) {
            reasons[item] = why;
        }
    }

    private SimilarItems.Scored related(String role, int item) {
        return models.related(role).map(m -> m.related(item, RELATED)).orElse(SimilarItems.Scored.EMPTY);
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
