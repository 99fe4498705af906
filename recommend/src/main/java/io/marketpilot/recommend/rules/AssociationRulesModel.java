package io.marketpilot.recommend.rules;

import io.marketpilot.core.model.Provenance;
import io.marketpilot.recommend.model.ScoringModel;
import io.marketpilot.recommend.model.SimilarItems;
import io.marketpilot.recommend.model.UserHistory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Association rules as a recommender. A user's score for item y combines the confidences of all rules X → y whose
 * antecedent X is contained in the user's whole history: the largest one ({@link RuleScoring#MAX}) or their sum
 * ({@link RuleScoring#SUM}). Items no rule reaches rank below every rule-reached item, in order of basket
 * popularity, so a user whose history fires no rule gets popular items. Immutable and thread-safe.
 */
public final class AssociationRulesModel implements ScoringModel, SimilarItems {
    private final int baskets;
    private final int[] itemSupport;
    private final RuleScoring scoring;
    private final PairRules pairs;
    private final MultiRules multi;
    private final Provenance provenance;
    private final float maxSupport;

    AssociationRulesModel(int baskets, int[] itemSupport, RuleScoring scoring, PairRules pairs, MultiRules multi,
                          Provenance provenance) {
        this.baskets = baskets;
        this.itemSupport = itemSupport;
        this.scoring = scoring;
        this.pairs = pairs;
        this.multi = multi;
        this.provenance = provenance;
        this.maxSupport = Math.max(1, Arrays.stream(itemSupport).max().orElse(1));
    }

    @Override
    public int itemCount() {
        return itemSupport.length;
    }

    /**
     * The items most often bought with {@code item}, best first by the trained {@link RuleOrder}: at most {@code n}
     * rules (item) → y that passed the support and confidence thresholds. Empty for an unknown or rare item.
     */
    public List<BoughtTogether> boughtTogether(int item, int n) {
        if (item < 0 || item >= itemCount() || n <= 0) {
            return List.of();
        }
        int from = pairs.start()[item];
        int to = Math.min(pairs.start()[item + 1], from + n);
        List<BoughtTogether> out = new ArrayList<>(to - from);
        for (int p = from; p < to; p++) {
            out.add(new BoughtTogether(pairs.item()[p], pairs.count()[p], pairs.count()[p] / (double) baskets,
                pairs.confidence()[p], pairs.lift()[p]));
        }
        return out;
    }

    /** {@link #boughtTogether} as scores: the rule's lift (or confidence, by the trained order), best first. */
    @Override
    public SimilarItems.Scored related(int item, int n) {
        List<BoughtTogether> rules = boughtTogether(item, n);
        int[] items = new int[rules.size()];
        float[] scores = new float[rules.size()];
        for (int k = 0; k < items.length; k++) {
            items[k] = rules.get(k).item();
            scores[k] = (float) rules.size() - k;
        }
        return new SimilarItems.Scored(items, scores);
    }

    /** Number of rules in the model (single- and multi-item antecedents). */
    public int ruleCount() {
        return pairs.size() + multi.size();
    }

    @Override
    public void score(UserHistory history, float[] out) {
        Arrays.fill(out, 0f);
        // membership by index: a multi-item rule's rest is checked for every rule of every history item, which on
        // dense data (MovieLens: 1.8M itemsets) is most of the scoring time
        boolean[] has = new boolean[itemCount()];
        int[] distinct = new int[history.size()];
        int n = 0;
        for (int h : history.items()) {
            // items outside the training catalogue carry no rules
            if (h >= 0 && h < itemCount() && !has[h]) {
                has[h] = true;
                distinct[n++] = h;
            }
        }
        Arrays.sort(distinct, 0, n); // rules fire in item order, so sums do not depend on the history's order
        for (int k = 0; k < n; k++) {
            int h = distinct[k];
            for (int p = pairs.start()[h]; p < pairs.start()[h + 1]; p++) {
                fire(out, pairs.item()[p], pairs.confidence()[p]);
            }
            for (int r = multi.start()[h]; r < multi.start()[h + 1]; r++) {
                if (containsAll(has, r)) {
                    fire(out, multi.consequent()[r], multi.confidence()[r]);
                }
            }
        }
        for (int i = 0; i < out.length; i++) {
            // rule-reached items land in (1, ...), the rest in [0, 1] by popularity: a lexicographic order
            out[i] = out[i] > 0 ? 1f + out[i] : itemSupport[i] / maxSupport;
        }
    }

    private boolean containsAll(boolean[] has, int rule) {
        for (int k = multi.restStart()[rule]; k < multi.restStart()[rule + 1]; k++) {
            if (!has[multi.rest()[k]]) {
                return false;
            }
        }
        return true;
    }

    private void fire(float[] out, int item, float confidence) {
        out[item] = scoring == RuleScoring.MAX ? Math.max(out[item], confidence) : out[item] + confidence;
    }

    @Override
    public Provenance provenance() {
        return provenance;
    }

    int baskets() {
        return baskets;
    }

    int[] itemSupport() {
        return itemSupport;
    }

    RuleScoring scoring() {
        return scoring;
    }

    PairRules pairs() {
        return pairs;
    }

    MultiRules multi() {
        return multi;
    }
}
