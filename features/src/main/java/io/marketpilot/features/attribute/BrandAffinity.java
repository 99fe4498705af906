package io.marketpilot.features.attribute;

import io.marketpilot.features.profile.Profile;

/** {@code brand_affinity}: brand → share of time-decayed interest, weighted and decayed as {@code category_affinity}. */
final class BrandAffinity implements ComputedAttribute {
    static final AttributeDefinition DEFINITION = new AttributeDefinition("brand_affinity",
            "brand -> share of time-decayed interest, best first", "object", AttributeDefinition.Refresh.ON_EVENT);

    @Override
    public AttributeDefinition definition() {
        return DEFINITION;
    }

    @Override
    public Object value(Profile p, AttributeContext c) {
        return CategoryAffinity.shares(p.brandAffinities(c.vocabulary(), c.now(), c.config().affinityHalfLife()));
    }
}
