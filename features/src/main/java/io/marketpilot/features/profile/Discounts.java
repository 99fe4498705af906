package io.marketpilot.features.profile;

import io.marketpilot.core.event.Event;
import java.math.BigDecimal;

/**
 * Whether a purchase line was bought on a deal: a positive {@code properties.discount}, a {@code coupon} /
 * {@code coupon_code}, or a {@code list_price} / {@code original_price} above the price paid.
 */
final class Discounts {
    private Discounts() {}

    static boolean discounted(Event e) {
        var p = e.properties();
        if (p.get("discount") instanceof Number n && n.doubleValue() > 0) {
            return true;
        }
        if (p.get("coupon") instanceof String s && !s.isBlank() || p.get("coupon_code") instanceof String c && !c.isBlank()) {
            return true;
        }
        BigDecimal paid = e.price();
        Object list = p.getOrDefault("list_price", p.get("original_price"));
        return paid != null && list instanceof Number n && n.doubleValue() > paid.doubleValue() + 1e-9;
    }
}
