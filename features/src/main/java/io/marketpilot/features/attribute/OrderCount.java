package io.marketpilot.features.attribute;

import io.marketpilot.features.profile.Profile;

/** {@code orders}: purchase days so far (the F of RFM, unscored); 0 for a customer who never bought. */
final class OrderCount implements ComputedAttribute {
    static final AttributeDefinition DEFINITION = new AttributeDefinition("orders",
            "purchase days so far (frequency before scoring)", "integer", AttributeDefinition.Refresh.ON_EVENT);

    @Override
    public AttributeDefinition definition() {
        return DEFINITION;
    }

    @Override
    public Object value(Profile p, AttributeContext c) {
        return p.purchases().orders();
    }
}
