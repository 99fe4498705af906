package io.marketpilot.features.attribute;

import io.marketpilot.features.clv.PurchaseSummary;
import io.marketpilot.features.profile.Profile;

/** {@code expected_purchases_90d}: BG/NBD expected purchase days in the next 90 days. */
final class ExpectedPurchases implements ComputedAttribute {
    static final AttributeDefinition DEFINITION = new AttributeDefinition("expected_purchases_90d",
            "BG/NBD expected number of purchase days in the next 90 days", "number", AttributeDefinition.Refresh.ON_REFIT);

    @Override
    public AttributeDefinition definition() {
        return DEFINITION;
    }

    @Override
    public Object value(Profile p, AttributeContext c) {
        PurchaseSummary s = c.summary(p);
        return s == null || c.fit().bgNbd().isEmpty() ? null : Rounding.round(c.fit().bgNbd().get().expectedPurchases(s, 90), 3);
    }
}
