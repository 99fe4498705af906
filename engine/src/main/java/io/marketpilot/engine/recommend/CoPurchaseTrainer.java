package io.marketpilot.engine.recommend;

import io.marketpilot.core.event.Event;
import io.marketpilot.core.event.EventType;
import io.marketpilot.core.model.Provenance;
import io.marketpilot.core.model.Trainer;
import io.marketpilot.core.store.EventLog;
import io.marketpilot.core.store.EventQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Learns co-purchase neighbours from the event log (bot traffic excluded). Two items are related when
 * they are bought in the same order (weight 1) or by the same customer in different orders
 * ({@code sameUserWeight}); similarity is cosine over those weights, damped when few co-purchases
 * support it. Deterministic: no randomness, ties broken by item id.
 */
public final class CoPurchaseTrainer implements Trainer<EventLog, CoPurchaseModel> {
    public static final String ALGORITHM = "co-purchase";

    private final CoPurchaseConfig config;
    private final Clock clock;
    private final String codeVersion;

    public CoPurchaseTrainer(CoPurchaseConfig config, Clock clock, String codeVersion) {
        this.config = config;
        this.clock = clock;
        this.codeVersion = codeVersion;
    }

    @Override
    public CoPurchaseModel train(EventLog log) {
        Baskets baskets = new Baskets(config.maxUserHistory());
        Instant newest = log.stats().last();
        Instant popularFrom = newest == null ? Instant.MIN : newest.minus(config.popularityWindow());
        Map<Integer, Double> popularity = new HashMap<>();
        Fingerprint fingerprint = new Fingerprint();
        log.scan(new EventQuery(Set.of(EventType.PURCHASE, EventType.ADD_TO_CART), null, null, false), e -> {
            fingerprint.add(e.id().value());
            int item = baskets.itemIndex(e.itemId().value());
            if (e.type() == EventType.PURCHASE) {
                baskets.add(basketKey(e), e.actorKey(), item);
            }
            if (!e.timestamp().isBefore(popularFrom)) {
                popularity.merge(item, e.type() == EventType.PURCHASE ? 1.0 : 0.5, Double::sum);
            }
        });
        CoOccurrence co = new CoOccurrence(baskets, config);
        Popular popular = Popular.top(popularity, baskets.items(), config.popularItems());
        Provenance provenance = new Provenance(ALGORITHM, config.asMap(), fingerprint.value(), 0L, codeVersion,
                clock.instant(), Map.of("training_events", (double) fingerprint.count, "items", (double) baskets.items().size(),
                        "orders", (double) baskets.orderCount(), "neighbour_pairs", (double) co.neighbours.length));
        return new CoPurchaseModel(baskets.items().toArray(String[]::new), co.offsets, co.neighbours, co.scores,
                popular.items(), popular.scores(), provenance);
    }

    /** The order a purchase belongs to: its order_id, else its session, else the customer's day. */
    static String basketKey(Event e) {
        Object order = e.properties().get("order_id");
        if (order != null) {
            return "o:" + order;
        }
        if (e.sessionId() != null) {
            return "s:" + e.actorKey() + '/' + e.sessionId().value();
        }
        return "d:" + e.actorKey() + '/' + e.timestamp().getEpochSecond() / 86_400;
    }

    /** Purchases grouped into orders and per-customer histories, over a dense item dictionary. */
    static final class Baskets {
        private final int maxUserHistory;
        private final Map<String, Integer> itemIndex = new HashMap<>();
        private final List<String> items = new ArrayList<>();
        final Map<String, IntBag> orders = new LinkedHashMap<>();
        final Map<String, IntBag> users = new LinkedHashMap<>();

        Baskets(int maxUserHistory) {
            this.maxUserHistory = maxUserHistory;
        }

        int itemIndex(String id) {
            return itemIndex.computeIfAbsent(id, k -> {
                items.add(k);
                return items.size() - 1;
            });
        }

        void add(String order, String user, int item) {
            orders.computeIfAbsent(order, k -> new IntBag()).addDistinct(item);
            IntBag history = users.computeIfAbsent(user, k -> new IntBag());
            history.addDistinct(item);
            history.keepLast(maxUserHistory);
        }

        List<String> items() {
            return items;
        }

        int orderCount() {
            return orders.size();
        }
    }

    /** Order-independent fingerprint of the training events (count and a sum of 64-bit id hashes). */
    static final class Fingerprint {
        private long count;
        private long sum;

        void add(String id) {
            long h = 0xcbf29ce484222325L;
            for (int i = 0; i < id.length(); i++) {
                h ^= id.charAt(i);
                h *= 0x100000001b3L;
            }
            sum += h;
            count++;
        }

        String value() {
            return "events=" + count + ";fnv-sum=" + Long.toHexString(sum);
        }
    }
}
