package io.marketpilot.features.attribute;

import io.marketpilot.features.profile.Profile;
import io.marketpilot.features.profile.PurchaseHistory;

/** {@code net_revenue}: purchases − refunds so far (the M of RFM, unscored); absent before the first purchase. */
final class NetRevenue implements ComputedAttribute {
    static final AttributeDefinition DEFINITION = new AttributeDefinition("net_revenue",
            "purchases - refunds so far (monetary value before scoring)", "number", AttributeDefinition.Refresh.ON_EVENT);

    @Override
    public AttributeDefinition definition() {
        return DEFINITION;
    }

    @Override
    public Object value(Profile p, AttributeContext c) {
        PurchaseHistory h = p.purchases();
        return h.orders() == 0 ? null : Rounding.round(h.netRevenue(), 2);
    }
}
