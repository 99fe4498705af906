package io.marketpilot.engine.journey;

import io.marketpilot.core.customer.Customer;
import io.marketpilot.core.id.UserId;
import io.marketpilot.engine.channel.MessagingService;
import io.marketpilot.engine.coupon.CouponService;
import io.marketpilot.engine.segment.SegmentService;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What journeys use of the rest of the engine: customers (one, and all for schedules and date sweeps), segment
 * membership, messaging, coupons, the customer upsert (set-trait actions), and the secret that derives coupon
 * codes from idempotency keys.
 */
public record JourneyPorts(Function<UserId, Optional<Customer>> customer, Consumer<Consumer<Customer>> allCustomers,
                           SegmentService segments, MessagingService messaging, CouponService coupons,
                           Consumer<List<Map<String, Object>>> upsertCustomers, byte[] secret) {
}
