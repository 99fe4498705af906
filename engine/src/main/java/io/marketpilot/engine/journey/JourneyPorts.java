package io.marketpilot.engine.journey;

import io.marketpilot.core.customer.Customer;
import io.marketpilot.core.event.Event;
import io.marketpilot.core.id.ItemId;
import io.marketpilot.core.id.UserId;
import io.marketpilot.engine.channel.MessagingService;
import io.marketpilot.engine.coupon.CouponService;
import io.marketpilot.engine.segment.SegmentService;
import io.marketpilot.store.embedded.EmbeddedStores;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ObjLongConsumer;

/**
 * What journeys use of the rest of the engine: customers (one, and all for schedules and date sweeps), computed
 * attributes, recent events and item categories (branch conditions), segment membership, messaging, coupons, the
 * customer upsert (set-trait and segment actions), the secret that derives coupon codes from idempotency keys,
 * the served uplift model (for {@code min_uplift}; its features are the customer's numeric traits and attributes),
 * and every customer's last purchase in the event log (inactivity deadlines; one aggregate query, streamed).
 */
public record JourneyPorts(Function<UserId, Optional<Customer>> customer, Consumer<Consumer<Customer>> allCustomers,
                           Function<String, Optional<Map<String, Object>>> attributes,
                           Function<UserId, List<Event>> recentEvents, Function<String, Set<String>> categories,
                           SegmentService segments, MessagingService messaging, CouponService coupons,
                           Consumer<List<Map<String, Object>>> upsertCustomers, byte[] secret,
                           Function<Map<String, Double>, Optional<Double>> uplift,
                           Consumer<ObjLongConsumer<String>> lastPurchases) {
    private static final int RECENT_EVENTS = 200;

    /** The ports over the embedded stores and the engine's services. */
    public static JourneyPorts of(EmbeddedStores stores, Function<String, Optional<Map<String, Object>>> attributes,
                                  SegmentService segments, MessagingService messaging, CouponService coupons,
                                  Consumer<List<Map<String, Object>>> upsertCustomers, byte[] secret,
                                  Function<Map<String, Double>, Optional<Double>> uplift) {
        return new JourneyPorts(stores.customers()::get, stores.customers()::forEach, attributes,
                id -> stores.events().recent(id, RECENT_EVENTS),
                new CategoryCache(item -> stores.items().get(ItemId.of(item)).map(i -> Set.copyOf(i.category()))
                        .orElse(Set.of())),
                segments, messaging, coupons, upsertCustomers, secret, uplift,
                sink -> LastPurchases.scan(stores.events(), sink));
    }
}
