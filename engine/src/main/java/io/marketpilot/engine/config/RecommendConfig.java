package io.marketpilot.engine.config;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How the shop's recommendations are trained and served.
 *
 * @param eventWeights       weight of each event type in a (customer, item) pair; types not listed are ignored
 * @param models             the algorithms the hybrid blends (weights learned on validation data at training)
 * @param maxHistory         most recent interactions of a customer a request looks at
 * @param repeatCategories   top-level categories whose items may be recommended again after a purchase
 *                           (consumables: groceries, diapers, …); everything else bought is excluded
 * @param groupTraits        customer traits whose values get their own popularity lists for cold start
 * @param maxPerCategory     at most this many items of one leaf category in one answer (0 = no cap)
 * @param maxPerBrand        at most this many items of one brand in one answer (0 = no cap)
 * @param placements         per placement (home, product, cart, email): default rules and how much the context
 *                           item(s) weigh against the personal model
 * @param retrainEvery       scheduled retraining interval while serving ({@code null} = only on demand)
 * @param promotionTolerance a new model is promoted when its NDCG@10 on a fresh time split is at least the active
 *                           model's × (1 − tolerance); otherwise it stays a candidate
 * @param seed               seed of every random choice in training
 * @param autoEaseMaxItems   EASE joins the blend automatically when the catalogue has at most this many items
 *                           (its closed form costs items³; 0 = never)
 * @param fullScoringMaxItems catalogues up to this many items are served exactly (every item scored per request);
 *                           larger ones in two stages: retrieve about a thousand candidates, score only those
 *                           (docs/architecture.md, "Recommendation serving")
 */
public record RecommendConfig(Map<String, Float> eventWeights, List<String> models, int maxHistory,
                              List<String> repeatCategories, List<String> groupTraits, int maxPerCategory,
                              int maxPerBrand, Map<String, Placement> placements, Duration retrainEvery,
                              double promotionTolerance, long seed, int autoEaseMaxItems,
                              int fullScoringMaxItems) {
    /** Above this many items, requests are served in two stages. */
    public static final int FULL_SCORING_MAX_ITEMS = 20_000;
    /** EASE joins the blend up to this many items. */
    public static final int AUTO_EASE_MAX_ITEMS = 10_000;

    public RecommendConfig {
        eventWeights = Map.copyOf(eventWeights);
        models = List.copyOf(models);
        repeatCategories = List.copyOf(repeatCategories);
        groupTraits = List.copyOf(groupTraits);
        placements = Map.copyOf(placements);
        if (maxHistory < 1) {
            throw new IllegalArgumentException("recommend.max_history must be >= 1, was " + maxHistory);
        }
        if (!(promotionTolerance >= 0 && promotionTolerance < 1)) {
            throw new IllegalArgumentException("recommend.promotion_tolerance must be in [0, 1), was "
                + promotionTolerance);
        }
        if (models.isEmpty()) {
            throw new IllegalArgumentException("recommend.models needs at least one algorithm");
        }
        if (fullScoringMaxItems < 0) {
            throw new IllegalArgumentException("recommend.full_scoring_max_items must be >= 0, was "
                + fullScoringMaxItems);
        }
    }

    /** With the default {@link #AUTO_EASE_MAX_ITEMS} and {@link #FULL_SCORING_MAX_ITEMS}. */
    public RecommendConfig(Map<String, Float> eventWeights, List<String> models, int maxHistory,
                           List<String> repeatCategories, List<String> groupTraits, int maxPerCategory,
                           int maxPerBrand, Map<String, Placement> placements, Duration retrainEvery,
                           double promotionTolerance, long seed) {
        this(eventWeights, models, maxHistory, repeatCategories, groupTraits, maxPerCategory, maxPerBrand, placements,
            retrainEvery, promotionTolerance, seed, AUTO_EASE_MAX_ITEMS, FULL_SCORING_MAX_ITEMS);
    }

    /** The same, serving catalogues above {@code items} items in two stages. */
    public RecommendConfig withFullScoringMaxItems(int items) {
        return new RecommendConfig(eventWeights, models, maxHistory, repeatCategories, groupTraits, maxPerCategory,
            maxPerBrand, placements, retrainEvery, promotionTolerance, seed, autoEaseMaxItems, items);
    }

    /** The same, with EASE joining the blend up to {@code items} items (0 = never). */
    public RecommendConfig withAutoEaseMaxItems(int items) {
        return new RecommendConfig(eventWeights, models, maxHistory, repeatCategories, groupTraits, maxPerCategory,
            maxPerBrand, placements, retrainEvery, promotionTolerance, seed, items, fullScoringMaxItems);
    }

    /**
     * A placement's defaults.
     *
     * @param rules         rules in the request syntax (e.g. {@code in_stock=true}), applied before request rules
     * @param contextWeight weight of the context items' similarity against 1 for the personal model
     */
    public record Placement(String rules, double contextWeight) {
        public Placement {
            Objects.requireNonNull(rules, "rules");
        }
    }

    public static RecommendConfig defaults() {
        return new RecommendConfig(
            Map.of("view", 1f, "click", 1f, "add_to_cart", 3f, "purchase", 5f, "review", 2f),
            List.of("ials", "item-knn", "session-knn", "content"), 100,
            List.of("Grocery", "Baby", "Beauty", "Food", "Pet"), List.of("city", "tier"), 3, 4,
            Map.of("home", new Placement("", 0),
                "product", new Placement("", 2.0),
                "cart", new Placement("", 2.0),
                "email", new Placement("", 0)),
            null, 0.10, 42, AUTO_EASE_MAX_ITEMS, FULL_SCORING_MAX_ITEMS);
    }

    /** The same config retraining every {@code every} ({@code null}: only on demand). */
    public RecommendConfig withRetrainEvery(Duration every) {
        return new RecommendConfig(eventWeights, models, maxHistory, repeatCategories, groupTraits, maxPerCategory,
            maxPerBrand, placements, every, promotionTolerance, seed, autoEaseMaxItems, fullScoringMaxItems);
    }

    /** What the hybrid blends for a catalogue of {@code items}: the configured models, plus EASE when small enough. */
    public List<String> blendFor(int items) {
        if (autoEaseMaxItems > 0 && items <= autoEaseMaxItems && !models.contains("ease")) {
            List<String> all = new java.util.ArrayList<>(models);
            all.add("ease");
            return List.copyOf(all);
        }
        return models;
    }

    public Placement placement(String name) {
        Placement p = placements.get(name);
        if (p == null) {
            throw new IllegalArgumentException("unknown placement '" + name + "'; expected one of "
                + placements.keySet().stream().sorted().toList());
        }
        return p;
    }
}
