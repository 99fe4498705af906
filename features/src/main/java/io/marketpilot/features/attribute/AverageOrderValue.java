package io.marketpilot.features.attribute;

import io.marketpilot.features.profile.Profile;
import io.marketpilot.features.profile.PurchaseHistory;

/** {@code average_order_value}: net revenue (purchases − refunds) per purchase day. */
final class AverageOrderValue implements ComputedAttribute {
    static final AttributeDefinition DEFINITION = new AttributeDefinition("average_order_value",
            "net revenue (purchases - refunds) per order (purchase day)", "number", AttributeDefinition.Refresh.ON_EVENT);

    @Override
    public AttributeDefinition definition() {
        return DEFINITION;
    }

    @Override
    public Object value(Profile p, AttributeContext c) {
        PurchaseHistory h = p.purchases();
        return h.orders() == 0 ? null : Rounding.round(h.netRevenue() / h.orders(), 2);
    }
}
