package io.marketpilot.engine.recommend;

import io.marketpilot.core.catalog.Item;
import io.marketpilot.core.customer.Customer;
import io.marketpilot.core.event.Event;
import io.marketpilot.core.id.ItemId;
import io.marketpilot.engine.config.RecommendConfig;
import io.marketpilot.recommend.model.SimilarItems;
import io.marketpilot.recommend.model.TopItems;
import java.time.Clock;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Serves recommendations from the active {@link ShopModels}, live: events ingested since training reach the next
 * request (the customer is folded in again), catalogue changes reach it too (an item out of stock disappears), and a
 * newly promoted model is swapped in atomically (requests in flight finish on the model they started with).
 * Retrieval is: eligible = sellable catalogue ∩ rules − what the customer bought (unless a repeat-purchase
 * category) − context items; on catalogues above {@code recommend.full_scoring_max_items}, {@link CandidateRetrieval}
 * narrows those to about a thousand candidates; score = personal model (z-scored over the whole catalogue) + context
 * relatedness + boosts, with trending as the tie-break that fills any gap; then diversity caps; then an explanation
 * per item.
 */
public final class LiveRecommender {
    /** An actor key no model knows: its history is empty (non-personal requests). */
    private static final String NOBODY = "anon:\u0000nobody";

    /**
     * The models being served, with their registry version, the catalogue indexed for them, retrieval for large
     * catalogues and trending by minute.
     */
    private record Serving(ShopModels models, long version, CatalogueView catalogue, long lastEventMillis,
                           CandidateRetrieval retrieval, TrendingNow trending) {}

    private final AtomicReference<Serving> serving = new AtomicReference<>();
    private final Map<String, Item> items = new ConcurrentHashMap<>();
    private volatile boolean catalogueDirty;
    private final RecentActivity recent;
    private final RecommendConfig config;
    private final Clock clock;
    private final Function<String, Optional<Customer>> customers;
    private final Diversifier diversifier;
    private final CandidateRetrieval.Policy retrieval;

    public LiveRecommender(RecommendConfig config, Clock clock, Function<String, Optional<Customer>> customers) {
        this(config, clock, customers, CandidateRetrieval.policy(config));
    }

    /** With another retrieval policy (tests force two-stage serving on small catalogues with it). */
    LiveRecommender(RecommendConfig config, Clock clock, Function<String, Optional<Customer>> customers,
                    CandidateRetrieval.Policy retrieval) {
        this.config = config;
        this.clock = clock;
        this.customers = customers;
        this.recent = new RecentActivity(config.maxHistory());
        this.diversifier = new Diversifier(config.maxPerCategory(), config.maxPerBrand());
        this.retrieval = retrieval;
    }

    /**
     * Serves {@code models} (registry version {@code version}) from now on. On a large catalogue this first builds
     * the retrieval index (about a second for 100,000 items), so requests never wait for it.
     */
    public void swap(ShopModels models, long version) {
        long last = Long.MIN_VALUE;
        for (long t : models.history().lastTimeArray()) {
            last = Math.max(last, t);
        }
        serving.set(new Serving(models, version, CatalogueView.of(models.items(), items), last,
            CandidateRetrieval.of(models, retrieval, config.seed()), new TrendingNow(models.trending())));
        catalogueDirty = false;
        recent.forgetUpTo(last);
    }

    /** The latest event time the served models learned from, when any model is served. */
    public Optional<Long> servedUpTo() {
        Serving s = serving.get();
        return s == null ? Optional.empty() : Optional.of(s.lastEventMillis());
    }

    public void catalogueChanged(Item item) {
        items.put(item.id().value(), item);
        catalogueDirty = true;
    }

    /** Durably stored events: they count from the next request on. */
    public void eventsStored(Collection<Event> events) {
        Serving s = serving.get();
        long learnedUpTo = s == null ? Long.MIN_VALUE : s.lastEventMillis();
        // an event the served models already learned from (a replay) must not count twice
        recent.record(events.stream().filter(e -> e.timestamp().toEpochMilli() > learnedUpTo).toList());
    }

    public void botsDetected(Collection<String> actorKeys) {
        recent.forgetActors(actorKeys);
    }

    /** The served model as {@code name@version}; empty before any training. */
    public Optional<String> modelName() {
        Serving s = serving.get();
        return s == null ? Optional.empty() : Optional.of(ShopModelsFormat.NAME + "@" + s.version());
    }

    public Optional<ShopModels> models() {
        Serving s = serving.get();
        return s == null ? Optional.empty() : Optional.of(s.models());
    }

    public RecommendationList recommend(RecommendationRequest request) {
        return recommend(request, true);
    }

    /**
     * With {@code personal = false} the customer gets what a newcomer with the same traits would see (popular in the
     * customer's groups, trending), still without the items they bought: the "popular" arm of an experiment.
     */
    public RecommendationList recommend(RecommendationRequest request, boolean personal) {
        Serving s = current();
        if (s == null) {
            return RecommendationList.none();
        }
        RecommendConfig.Placement placement = config.placement(request.placement());
        ItemRules rules = ItemRules.parse(placementRules(placement)).and(ItemRules.parse(request.rules()));
        Optional<Customer> customer = request.actorKey().startsWith("anon:") ? Optional.empty()
            : customers.apply(request.actorKey());
        String language = customer.map(c -> (String) stringTrait(c, "language")).orElse(null);
        CustomerHistory full = CustomerHistory.assemble(s.models(), request.actorKey(),
            recent.of(request.actorKey()), config.eventWeights(), config.maxHistory(), clock.millis());
        CustomerHistory history = personal ? full : CustomerHistory.assemble(s.models(), NOBODY, List.of(),
            config.eventWeights(), config.maxHistory(), clock.millis());
        List<Integer> context = indices(s, request.contextItems());
        if (context.isEmpty() && request.placement().equals("cart")) {
            context = cartItems(full);
        }
        BitSet eligible = rules.eligible(s.catalogue(), s.catalogue().sellable());
        excludeBought(eligible, full, s.catalogue());
        context.forEach(eligible::clear);
        boolean cart = request.placement().equals("cart");
        String contextRole = cart ? ShopModels.BOUGHT_TOGETHER : ShopModels.SIMILAR;
        List<String> groupKeys = history.isEmpty() ? groups(customer, request.geo()) : List.of();
        int want = Math.min(eligible.cardinality(), Math.max(request.n() * 4, 40));
        TrendingNow.Snapshot trending = s.trending().at(history.forModel().nowMillis());
        Candidates candidates = s.retrieval().candidates(history, context, contextRole, groupKeys, eligible, want,
            trending);
        Scoring scoring = new Scoring(s.models(), history, candidates, trending);
        String strategy = history.isEmpty() ? scoring.coldStart(groupKeys) : scoring.personal();
        Explainer explainer = new Explainer(s.catalogue(), s.models().related(ShopModels.SIMILAR), language);
        if (!context.isEmpty()) {
            scoring.relatedTo(context, contextRole, placement.contextWeight() > 0 ? placement.contextWeight() : 1.0,
                cart, explainer);
        }
        scoring.boost(rules.boostFactors(s.catalogue(), candidates));
        // retrieved candidates are eligible by construction; the whole catalogue is filtered here
        int[] ranked = candidates.isAll() ? TopItems.of(scoring.scores(), want, i -> !eligible.get(i))
            : TopItems.of(scoring.scores(), want);
        for (int r = 0; r < ranked.length; r++) {
            ranked[r] = candidates.item(ranked[r]);
        }
        int[] picked = diversifier.pick(ranked, request.n(), s.catalogue());
        List<Recommendation> out = new ArrayList<>(picked.length);
        for (int i : picked) {
            int p = candidates.position(i);
            out.add(new Recommendation(new ItemId(s.models().items().id(i)), scoring.scores()[p],
                scoring.reason(p, history, explainer)));
        }
        return new RecommendationList(out, ShopModelsFormat.NAME, s.version(), context.isEmpty() ? strategy : "related");
    }

    /** Items similar to {@code itemId}: behaviour (item-kNN) first, then content, then trending in its category. */
    public RecommendationList similar(String itemId, int n) {
        return related(itemId, n, List.of(ShopModels.SIMILAR, ShopModels.CONTENT));
    }

    /** Items frequently bought with {@code itemId}: association rules first, then behaviour, then content. */
    public RecommendationList boughtTogether(String itemId, int n) {
        return related(itemId, n, List.of(ShopModels.BOUGHT_TOGETHER, ShopModels.SIMILAR, ShopModels.CONTENT));
    }

    /** Recommendations for the customer seeded by one item ("because you viewed X"). */
    public RecommendationList because(String actorKey, String itemId, int n) {
        return recommend(new RecommendationRequest(actorKey, n, "product", List.of(itemId), List.of(), null));
    }

    private RecommendationList related(String itemId, int n, List<String> roles) {
        Serving s = current();
        if (s == null) {
            return RecommendationList.none();
        }
        int item = s.models().items().index(itemId);
        BitSet eligible = (BitSet) s.catalogue().sellable().clone();
        List<Recommendation> out = new ArrayList<>();
        if (item >= 0) {
            eligible.clear(item);
            Explainer explainer = new Explainer(s.catalogue(), Optional.empty(), null);
            for (String role : roles) {
                Optional<SimilarItems> model = s.models().related(role);
                if (model.isEmpty() || out.size() >= n) {
                    continue;
                }
                SimilarItems.Scored r = model.get().related(item, n * 3);
                for (int k = 0; k < r.size() && out.size() < n; k++) {
                    int i = r.items()[k];
                    if (eligible.get(i)) {
                        eligible.clear(i);
                        String why = role.equals(ShopModels.BOUGHT_TOGETHER) ? explainer.boughtWith(item)
                            : role.equals(ShopModels.CONTENT) ? "similar description to " + explainer.title(item)
                            : "customers who liked " + explainer.title(item) + " also liked this";
                        out.add(new Recommendation(new ItemId(s.models().items().id(i)), r.scores()[k], why));
                    }
                }
            }
        }
        if (out.size() < n) {
            Scoring fill = new Scoring(s.models(), null, Candidates.all(s.catalogue().size()),
                s.trending().at(Long.MIN_VALUE));
            if (item >= 0) {
                String cat = s.catalogue().leafCategory(item);
                if (!cat.isEmpty()) {
                    BitSet same = s.catalogue().matching(CatalogueView.CATEGORY, cat);
                    fill.boost(sameCategoryBoost(s.catalogue(), same));
                }
            }
            Explainer explainer = new Explainer(s.catalogue(), Optional.empty(), null);
            for (int i : TopItems.of(fill.scores(), n - out.size(), i -> !eligible.get(i))) {
                out.add(new Recommendation(new ItemId(s.models().items().id(i)), 0, explainer.trending(i)));
            }
        }
        return new RecommendationList(out, ShopModelsFormat.NAME, s.version(), "related");
    }

    private Serving current() {
        Serving s = serving.get();
        if (s != null && catalogueDirty) {
            synchronized (this) {
                s = serving.get();
                if (catalogueDirty) {
                    catalogueDirty = false;
                    s = new Serving(s.models(), s.version(), CatalogueView.of(s.models().items(), items),
                        s.lastEventMillis(), s.retrieval(), s.trending());
                    serving.set(s);
                }
            }
        }
        return s;
    }

    private static float[] sameCategoryBoost(CatalogueView catalogue, BitSet same) {
        float[] f = new float[catalogue.size()];
        java.util.Arrays.fill(f, 1f);
        for (int i = same.nextSetBit(0); i >= 0; i = same.nextSetBit(i + 1)) {
            f[i] = 1000f;
        }
        return f;
    }

    private void excludeBought(BitSet eligible, CustomerHistory history, CatalogueView catalogue) {
        BitSet bought = history.purchased();
        for (int i = bought.nextSetBit(0); i >= 0; i = bought.nextSetBit(i + 1)) {
            if (!config.repeatCategories().contains(catalogue.topCategory(i))) {
                eligible.clear(i);
            }
        }
    }

    private static List<Integer> cartItems(CustomerHistory history) {
        List<Integer> cart = new ArrayList<>();
        history.lastAction().forEach((item, type) -> {
            if (type == io.marketpilot.core.event.EventType.ADD_TO_CART) {
                cart.add(item);
            }
        });
        return cart;
    }

    private static List<Integer> indices(Serving s, List<String> ids) {
        List<Integer> out = new ArrayList<>();
        for (String id : ids) {
            int i = s.models().items().index(id);
            if (i >= 0) {
                out.add(i);
            }
        }
        return out;
    }

    private List<String> groups(Optional<Customer> customer, String geo) {
        List<String> keys = new ArrayList<>();
        if (geo != null && !geo.isBlank()) {
            keys.add(GroupPopularity.key("city", geo));
        }
        customer.ifPresent(c -> config.groupTraits().forEach(t -> {
            Object v = c.traits().get(t);
            if (v != null) {
                keys.add(GroupPopularity.key(t, v));
            }
        }));
        return keys;
    }

    private static Object stringTrait(Customer c, String name) {
        Object v = c.traits().get(name);
        return v instanceof String ? v : null;
    }

    private static List<Map.Entry<String, String>> placementRules(RecommendConfig.Placement p) {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        for (String part : p.rules().split("&")) {
            if (part.isBlank()) {
                continue;
            }
            int eq = part.indexOf('=');
            out.add(Map.entry(eq < 0 ? part : part.substring(0, eq), eq < 0 ? "" : part.substring(eq + 1)));
        }
        return out;
    }
}
