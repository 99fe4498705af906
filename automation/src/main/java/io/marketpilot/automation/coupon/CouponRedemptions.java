package io.marketpilot.automation.coupon;

import io.marketpilot.core.event.Event;
import io.marketpilot.core.event.EventType;
import io.marketpilot.core.id.EventId;
import io.marketpilot.core.id.ItemId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Recognises redemptions in purchase events: a purchase line carrying {@code properties.coupon_code} redeems that
 * code for its order ({@code properties.order_id}, else the event id). Lines of one order in one batch are summed:
 * the eligible value is the price × quantity of lines in eligible categories, checked against the minimum spend;
 * {@code properties.shipping} is what a free-shipping coupon is worth. The code must belong to the buyer and be
 * valid at the purchase time. Each redemption yields one {@code coupon_redeemed} event whose id derives from the
 * code, so replaying the purchases changes nothing.
 */
public final class CouponRedemptions {
    static final String CODE = "coupon_code";

    /** The events to store and the codes that were presented but not honoured, with why. */
    public record Report(List<Event> redeemed, List<String> rejected) { }

    private record Order(String code, String orderKey, List<Event> lines) { }

    private final CouponLedger ledger;
    private final Function<ItemId, Optional<String>> categoryOf;

    CouponRedemptions(CouponLedger ledger, Function<ItemId, Optional<String>> categoryOf) {
        this.ledger = ledger;
        this.categoryOf = categoryOf;
    }

    Report redeem(List<Event> events) {
        Map<String, Order> orders = new LinkedHashMap<>();
        for (Event e : events) {
            if (e.type() == EventType.PURCHASE && e.properties().get(CODE) instanceof String code && e.userId() != null) {
                String orderKey = e.properties().get("order_id") instanceof Object o ? o.toString() : e.id().value();
                orders.computeIfAbsent(code + "\u0000" + orderKey, k -> new Order(code, orderKey, new ArrayList<>()))
                        .lines().add(e);
            }
        }
        List<Event> redeemed = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        for (Order o : orders.values()) {
            String problem = redeemOne(o, redeemed);
            if (problem != null) {
                rejected.add(o.code() + " (order " + o.orderKey() + "): " + problem);
            }
        }
        return new Report(redeemed, rejected);
    }

    private String redeemOne(Order o, List<Event> out) {
        Event first = o.lines().getFirst();
        Optional<CouponCode> code = CouponCode.parse(o.code());
        Optional<IssuedCoupon> issued = code.flatMap(ledger::byCode);
        if (issued.isEmpty()) {
            return "unknown code";
        }
        IssuedCoupon c = issued.get();
        if (!c.customer().equals(first.userId())) {
            return "issued to another customer";
        }
        CouponDefinition d = ledger.definition(c.coupon()).orElse(null);
        if (d == null) {
            return "its coupon was deleted";
        }
        if (!d.validAt(first.timestamp())) {
            return "not valid at " + first.timestamp();
        }
        BigDecimal value = BigDecimal.ZERO;
        BigDecimal shipping = BigDecimal.ZERO;
        for (Event line : o.lines()) {
            if (line.price() != null && d.eligible(categoryOf.apply(line.itemId()).orElse(null))) {
                value = value.add(line.price().multiply(BigDecimal.valueOf(line.quantity())));
            }
            if (line.properties().get("shipping") instanceof Number n) {
                shipping = shipping.max(new BigDecimal(n.toString()));
            }
        }
        if (value.signum() == 0 || value.compareTo(d.minSpend()) < 0) {
            return "eligible value " + value.toPlainString() + " is below the minimum spend " + d.minSpend().toPlainString();
        }
        BigDecimal discount = d.discount().on(value, shipping);
        return switch (ledger.redeem(c.code(), o.orderKey(), first.timestamp(), discount)) {
            case RedeemOutcome.Redeemed r -> {
                out.add(event(r.coupon(), first, discount));
                yield null;
            }
            case RedeemOutcome.AlreadyRedeemed a -> a.sameOrder() ? null : "already redeemed by another order";
            case RedeemOutcome.Rejected r -> r.reason();
        };
    }

    private static Event event(IssuedCoupon c, Event purchase, BigDecimal discount) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("coupon_id", c.coupon().value());
        props.put(CODE, c.code().value());
        props.put("order_key", c.redemption().orElseThrow().orderKey());
        props.put("purchase_event_id", purchase.id().value());
        props.put("discount", discount);
        return new Event(EventId.of("coupon_redeemed:" + c.code().value()), EventType.COUPON_REDEEMED, purchase.userId(),
                null, null, purchase.timestamp(), 1, discount, purchase.currency(), purchase.sessionId(), Map.of(),
                props, Map.of(), false);
    }
}
