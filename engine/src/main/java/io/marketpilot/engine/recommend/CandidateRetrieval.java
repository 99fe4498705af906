package io.marketpilot.engine.recommend;

import io.marketpilot.engine.config.RecommendConfig;
import io.marketpilot.recommend.als.IalsModel;
import io.marketpilot.recommend.hybrid.HybridModel;
import io.marketpilot.recommend.knn.ItemKnnModel;
import io.marketpilot.recommend.model.ScoringModel;
import io.marketpilot.recommend.model.SimilarItems;
import io.marketpilot.recommend.model.SparseScores;
import io.marketpilot.recommend.model.TopItems;
import io.marketpilot.recommend.retrieval.InnerProductIndex;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * The first stage of serving a large catalogue: the eligible items worth scoring for one request, so the second
 * stage ({@link Scoring}) scores a thousand items instead of every one. Sources, each able to put an item on top:
 * the personal model's iALS factors (approximate maximum inner product over an {@link InnerProductIndex} built
 * when the models are swapped in), its item-kNN votes (the items the history's neighbour lists reach, best
 * first), items related to the customer's newest history items, the context items' related items (what
 * {@link Scoring#relatedTo} adds), the groups' popular lists (cold start), and what is trending. When fewer than
 * {@code need} of those are eligible, the best trending eligible items fill up, so rules still leave a full answer
 * whenever enough eligible items exist; when few items are eligible at all, all of them are scored.
 * Catalogues of at most {@link Policy#fullScoringMaxItems} items skip this stage: every item is scored, exactly.
 */
final class CandidateRetrieval {
    /**
     * How large each part of the first stage is.
     *
     * @param fullScoringMaxItems   catalogues up to this size score every item (exact)
     * @param personal              items taken from each personal source (iALS inner product, item-kNN votes)
     * @param probeItems            item vectors the inner-product search reads at least (recall against speed)
     * @param historyItems          newest history items whose related items are candidates …
     * @param perHistoryItem        … this many each
     * @param trending              trending items always among the candidates
     * @param scoreAllEligibleUpTo  when at most this many items are eligible, all of them are scored
     */
    record Policy(int fullScoringMaxItems, int personal, int probeItems, int historyItems, int perHistoryItem,
                  int trending, int scoreAllEligibleUpTo) {}

    static final Policy DEFAULTS = new Policy(RecommendConfig.FULL_SCORING_MAX_ITEMS, 400, 3_200, 20, 20, 200, 2_000);

    /** The defaults with the configured threshold. */
    static Policy policy(RecommendConfig config) {
        Policy d = DEFAULTS;
        return new Policy(config.fullScoringMaxItems(), d.personal(), d.probeItems(), d.historyItems(),
            d.perHistoryItem(), d.trending(), d.scoreAllEligibleUpTo());
    }

    private final ShopModels models;
    private final Policy policy;
    private final IalsModel ials;
    private final InnerProductIndex index;
    private final ItemKnnModel knn;

    private CandidateRetrieval(ShopModels models, Policy policy, IalsModel ials, InnerProductIndex index,
                               ItemKnnModel knn) {
        this.models = models;
        this.policy = policy;
        this.ials = ials;
        this.index = index;
        this.knn = knn;
    }

    /** Prepares retrieval for {@code models}: on a large catalogue, indexes the personal model's iALS factors. */
    static CandidateRetrieval of(ShopModels models, Policy policy, long seed) {
        if (models.items().size() <= policy.fullScoringMaxItems()) {
            return new CandidateRetrieval(models, policy, null, null, null);
        }
        IalsModel ials = component(models.personal(), IalsModel.class).orElse(null);
        InnerProductIndex index = ials == null ? null
            : InnerProductIndex.build(ials.copyItemFactors(), ials.itemCount(), ials.factors(), seed);
        return new CandidateRetrieval(models, policy, ials, index,
            component(models.personal(), ItemKnnModel.class).orElse(null));
    }

    /** Whether requests score candidates (large catalogue) rather than every item. */
    boolean twoStage() {
        return models.items().size() > policy.fullScoringMaxItems();
    }

    /**
     * The items to score: every item on a small catalogue; else eligible candidates from every source, at least
     * {@code need} of them when that many items are eligible.
     *
     * @param context   the request's context items and the role their related items come from
     * @param groupKeys the cold-start groups (used when the history is empty)
     */
    Candidates candidates(CustomerHistory history, List<Integer> context, String contextRole, List<String> groupKeys,
                          BitSet eligible, int need, TrendingNow.Snapshot trending) {
        int n = models.items().size();
        if (!twoStage()) {
            return Candidates.all(n);
        }
        if (eligible.cardinality() <= policy.scoreAllEligibleUpTo()) {
            return Candidates.of(eligible.stream().toArray());
        }
        Gathered g = new Gathered(eligible, n);
        if (!history.isEmpty()) {
            if (index != null) {
                g.addAll(index.search(ials.userVector(history.forModel()), policy.personal(), policy.probeItems())
                    .items());
            }
            if (knn != null) {
                g.addAll(best(knn.votes(history.forModel()), policy.personal()));
            }
            int[] items = history.forModel().items();
            Optional<SimilarItems> similar = models.related(ShopModels.SIMILAR);
            for (int k = items.length - 1; k >= Math.max(0, items.length - policy.historyItems())
                    && similar.isPresent(); k--) {
                g.addAll(similar.get().related(items[k], policy.perHistoryItem()).items());
            }
        } else {
            for (String key : groupKeys) {
                GroupPopularity.Ranked r = models.groups().byGroup().get(key);
                if (r != null) {
                    g.addAll(r.items());
                }
            }
        }
        for (int c : context) {
            g.addAll(Scoring.related(models, contextRole, c).items());
        }
        int[] order = trending.order();
        int taken = 0;
        for (int r = 0; r < order.length && (taken < policy.trending() || g.size() < need); r++) {
            if (g.add(order[r])) {
                taken++;
            }
        }
        return Candidates.of(g.items());
    }

    /** The {@code m} best-voted items. */
    private static int[] best(SparseScores votes, int m) {
        int size = votes.size();
        int[] items = new int[size];
        float[] scores = new float[size];
        for (int k = 0; k < size; k++) {
            items[k] = votes.item(k);
            scores[k] = votes.get(items[k]);
        }
        int[] top = TopItems.of(scores, m);
        for (int r = 0; r < top.length; r++) {
            top[r] = items[top[r]];
        }
        return top;
    }

    private static <T> Optional<T> component(ScoringModel personal, Class<T> type) {
        if (type.isInstance(personal)) {
            return Optional.of(type.cast(personal));
        }
        if (personal instanceof HybridModel h) {
            for (HybridModel.Component c : h.components()) {
                if (type.isInstance(c.model())) {
                    return Optional.of(type.cast(c.model()));
                }
            }
        }
        return Optional.empty();
    }

    /** Distinct eligible items in the order found. */
    private static final class Gathered {
        private final BitSet eligible;
        private final BitSet taken;
        private int[] items = new int[1024];
        private int size;

        Gathered(BitSet eligible, int n) {
            this.eligible = eligible;
            this.taken = new BitSet(n);
        }

        /** Adds the item when eligible and new; returns whether it was added. */
        boolean add(int item) {
            if (item < 0 || !eligible.get(item) || taken.get(item)) {
                return false;
            }
            taken.set(item);
            if (size == items.length) {
                items = java.util.Arrays.copyOf(items, size * 2);
            }
            items[size++] = item;
            return true;
        }

        void addAll(int[] more) {
            for (int i : more) {
                add(i);
            }
        }

        int size() {
            return size;
        }

        int[] items() {
            return java.util.Arrays.copyOf(items, size);
        }
    }
}
