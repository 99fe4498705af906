package io.marketpilot.features.attribute;

import io.marketpilot.features.profile.Profile;
import io.marketpilot.features.profile.PurchaseHistory;
import java.time.temporal.ChronoUnit;

/** {@code days_since_last_order}: whole days from the last purchase day to today (the R of RFM, unscored). */
final class DaysSinceLastOrder implements ComputedAttribute {
    static final AttributeDefinition DEFINITION = new AttributeDefinition("days_since_last_order",
            "whole days since the last purchase day (recency before scoring)", "integer",
            AttributeDefinition.Refresh.ON_EVENT);

    @Override
    public AttributeDefinition definition() {
        return DEFINITION;
    }

    @Override
    public Object value(Profile p, AttributeContext c) {
        PurchaseHistory h = p.purchases();
        return h.orders() == 0 ? null : ChronoUnit.DAYS.between(h.lastOrder(), c.today());
    }
}
