package io.marketpilot.features.attribute;

import io.marketpilot.features.clv.PurchaseSummary;
import io.marketpilot.features.profile.Profile;

/** {@code p_alive}: BG/NBD probability that the customer is still active (buyers only, once a model is fitted). */
final class ProbabilityAlive implements ComputedAttribute {
    static final AttributeDefinition DEFINITION = new AttributeDefinition("p_alive",
            "BG/NBD probability that the customer has not churned", "number 0-1", AttributeDefinition.Refresh.ON_REFIT);

    static Double of(Profile p, AttributeContext c) {
        PurchaseSummary s = c.summary(p);
        return s == null || c.fit().bgNbd().isEmpty() ? null : c.fit().bgNbd().get().probabilityAlive(s);
    }

    @Override
    public AttributeDefinition definition() {
        return DEFINITION;
    }

    @Override
    public Object value(Profile p, AttributeContext c) {
        Double v = of(p, c);
        return v == null ? null : Rounding.round(v, 4);
    }
}
